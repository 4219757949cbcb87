#include "import_report_json.h"

#include "exit_codes.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
constexpr int FailedRowsPage = 1000;

QJsonValue timestamp(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

QString ImportReportJson::failedRowsKey()
{
    return u"failedRows"_s;
}

QJsonObject ImportReportJson::summary(const ImportReportFacts &facts)
{
    const ImportRunInfo *run = facts.run ? &*facts.run : nullptr;
    QJsonObject workspace{{u"name"_s, facts.workspace}};
    if (facts.provider)
        workspace.insert(u"provider"_s, providerId(*facts.provider));
    const QString path = run ? run->filePath : facts.filePath;
    QJsonObject file{{u"path"_s, path}, {u"name"_s, QFileInfo(path).fileName()}};
    if (run && !run->fileChecksum.isEmpty())
        file.insert(u"sha256"_s, run->fileChecksum);

    QJsonObject json{{u"run"_s, run ? QJsonValue(run->id) : QJsonValue()},
                     {u"workspace"_s, workspace},
                     {u"file"_s, file},
                     {u"mode"_s, facts.mode},
                     {u"dryRun"_s, facts.dryRun},
                     {u"startedAt"_s, timestamp(facts.startedAt)},
                     {u"finishedAt"_s, timestamp(facts.finishedAt)},
                     {u"exitCode"_s, facts.exitCode},
                     {u"result"_s, resultId(facts.exitCode)},
                     {u"user"_s, run && !run->osUser.isEmpty() ? run->osUser : facts.user}};
    if (!facts.error.isEmpty())
        json.insert(u"error"_s, facts.error);
    if (facts.counts) {
        const ImportCounts &counts = *facts.counts;
        QJsonObject plans;
        for (auto it = counts.plans.cbegin(); it != counts.plans.cend(); ++it)
            plans.insert(ImportJournal::planId(it.key()), it.value());
        QJsonObject outcomes;
        for (auto it = counts.outcomes.cbegin(); it != counts.outcomes.cend(); ++it)
            outcomes.insert(ImportJournal::outcomeId(it.key()), it.value());
        json.insert(u"rows"_s, counts.total());
        json.insert(u"rowsLeft"_s, counts.todo + counts.sending);
        json.insert(u"plans"_s, plans);
        json.insert(u"outcomes"_s, outcomes);
    }
    return json;
}

QJsonObject ImportReportJson::failedRow(const ImportRowEntry &row)
{
    return QJsonObject{{u"line"_s, row.isFromFile() ? QJsonValue(row.line) : QJsonValue()},
                       {u"email"_s, row.email},
                       {u"plan"_s, ImportJournal::planId(row.plan)},
                       {u"error"_s, row.error}};
}

bool ImportReportJson::forEachFailedRow(const ImportJournal &journal, qint64 runId,
                                        const std::function<void(const QJsonObject &)> &visit,
                                        QString *error)
{
    qint64 after = 0;
    for (;;) {
        const std::optional<QList<ImportRowEntry>> page =
            journal.rowPage(runId, after, FailedRowsPage, true, error);
        if (!page)
            return false;
        for (const ImportRowEntry &row : *page)
            visit(failedRow(row));
        if (page->size() < FailedRowsPage)
            return true;
        after = page->last().line;
    }
}

bool ImportReportJson::write(const QString &path, const QJsonObject &summary,
                             const ImportJournal *journal, qint64 runId, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("Cannot write the report %1: its folder cannot be made.").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write the report %1: %2").arg(path, file.errorString());
        return false;
    }
    QByteArray head = compact(summary);
    head.chop(1); // the closing brace: the failed rows follow
    file.write(head);
    file.write(",\"" + failedRowsKey().toUtf8() + "\":[");
    bool first = true;
    if (journal && runId > 0) {
        QString rowsError;
        const bool read = forEachFailedRow(
            *journal, runId,
            [&](const QJsonObject &row) {
                file.write(first ? "\n  " : ",\n  ");
                file.write(compact(row));
                first = false;
            },
            &rowsError);
        if (!read) {
            file.cancelWriting();
            *error = tr("Cannot write the report %1: %2").arg(path, rowsError);
            return false;
        }
    }
    file.write(first ? "]}\n" : "\n]}\n");
    if (!file.commit()) {
        *error = tr("Cannot write the report %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString ImportReportJson::resultId(int exitCode)
{
    switch (exitCode) {
    case ExitOk:
        return u"done"_s;
    case ExitFailure:
        return u"local-failure"_s;
    case ExitUsage:
        return u"usage"_s;
    case ExitAuth:
        return u"key"_s;
    case ExitRowsFailed:
        return u"rows-failed"_s;
    case ExitNetwork:
        return u"provider-failure"_s;
    case ExitNeedsConsent:
        return u"needs-consent"_s;
    case ExitInterrupted:
        return u"interrupted"_s;
    }
    return u"failed"_s;
}
