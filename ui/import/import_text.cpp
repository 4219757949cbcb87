#include "import_text.h"

#include <QLocale>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

QString ImportText::plan(ImportPlan plan)
{
    switch (plan) {
    case ImportPlan::Create:
        return tr("Create");
    case ImportPlan::Update:
        return tr("Update");
    case ImportPlan::Reactivate:
        return tr("Reactivate");
    case ImportPlan::Deactivate:
        return tr("Deactivate");
    case ImportPlan::CannotDeactivate:
        return tr("Cannot deactivate");
    case ImportPlan::Unchanged:
        return tr("Unchanged");
    case ImportPlan::Conflict:
        return tr("Conflict");
    case ImportPlan::Invalid:
        return tr("Invalid");
    case ImportPlan::Blank:
        return tr("Blank");
    }
    return {};
}

QString ImportText::plan(ImportPlan plan, Provider provider)
{
    if (plan == ImportPlan::CannotDeactivate)
        return tr("Cannot deactivate on %1").arg(providerDisplayName(provider));
    return ImportText::plan(plan);
}

QString ImportText::planCount(ImportPlan plan, qint64 count)
{
    const int n = int(qMin<qint64>(count, std::numeric_limits<int>::max()));
    switch (plan) {
    case ImportPlan::Create:
        return tr("%Ln to create", nullptr, n);
    case ImportPlan::Update:
        return tr("%Ln to update", nullptr, n);
    case ImportPlan::Reactivate:
        return tr("%Ln to reactivate", nullptr, n);
    case ImportPlan::Deactivate:
        return tr("%Ln to deactivate", nullptr, n);
    case ImportPlan::CannotDeactivate:
        return tr("%Ln that cannot be deactivated", nullptr, n);
    case ImportPlan::Unchanged:
        return tr("%Ln unchanged", nullptr, n);
    case ImportPlan::Conflict:
        return tr("%Ln conflict(s)", nullptr, n);
    case ImportPlan::Invalid:
        return tr("%Ln invalid", nullptr, n);
    case ImportPlan::Blank:
        return tr("%Ln blank", nullptr, n);
    }
    return {};
}

QString ImportText::line(qint64 line)
{
    return line < ImportRowEntry::FirstOutsideLine ? QString::number(line) : u"—"_s;
}

QString ImportText::outcome(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::None:
        return tr("Not done yet");
    case ImportOutcome::Created:
        return tr("Created");
    case ImportOutcome::Updated:
        return tr("Updated");
    case ImportOutcome::Reactivated:
        return tr("Reactivated");
    case ImportOutcome::Deactivated:
        return tr("Deactivated");
    case ImportOutcome::Skipped:
        return tr("Skipped");
    case ImportOutcome::Failed:
        return tr("Failed");
    }
    return {};
}

QString ImportText::duration(qint64 seconds)
{
    if (seconds < 0)
        return tr("unknown");
    if (seconds < 60)
        return tr("about %n s", nullptr, int(std::max<qint64>(seconds, 1)));
    if (seconds < 3600)
        return tr("about %1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("about %1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

QString ImportText::encoding(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return tr("UTF-8");
    case CsvEncoding::Utf16LE:
        return tr("UTF-16 (little endian)");
    case CsvEncoding::Utf16BE:
        return tr("UTF-16 (big endian)");
    case CsvEncoding::Windows1252:
        return tr("Windows-1252 (Western European)");
    }
    return {};
}

QString ImportText::delimiter(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return tr("Comma (,)");
    case u';':
        return tr("Semicolon (;)");
    case u'\t':
        return tr("Tab");
    case u'|':
        return tr("Vertical bar (|)");
    default:
        return QString(delimiter);
    }
}

QString ImportText::fileSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

qint64 ImportText::secondsAtRate(qint64 rows, double rate)
{
    if (rate <= 0)
        return -1;
    return qint64(std::ceil(double(rows) / rate));
}
