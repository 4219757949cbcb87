#include "dry_run_plan.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {
// The settings' keys (ImportSettings::toJson) with the options that set them.
const QList<std::pair<QString, QString>> SettingOptions = {
    {u"columns"_s, u"--map"_s},         {u"constants"_s, u"--set"_s},
    {u"mode"_s, u"--mode"_s},           {u"pending"_s, u"--pending"_s},
    {u"introduce"_s, u"--introduce"_s}, {u"encoding"_s, u"--encoding"_s},
    {u"delimiter"_s, u"--delimiter"_s}, {u"header"_s, u"--header/--no-header"_s},
};

// `value` as the option says it; of the columns' fields, only those that differ from `other`'s
// (all of them when the two have not the same columns).
QString valueText(const QJsonValue &value, const QJsonValue &other)
{
    if (value.isUndefined())
        return DryRunPlan::tr("not given");
    if (value.isBool())
        return value.toBool() ? DryRunPlan::tr("given") : DryRunPlan::tr("not given");
    QStringList items;
    if (value.isArray()) { // the columns' fields, as --map names them
        const QJsonArray columns = value.toArray();
        const QJsonArray others = other.toArray();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (columns.size() != others.size() || columns.at(i) != others.at(i))
                items << u"#%1=%2"_s.arg(i + 1).arg(columns.at(i).toString(u"skip"_s));
        }
    } else if (value.isObject()) { // the constants, as --set names them
        const QJsonObject constants = value.toObject();
        for (auto it = constants.begin(); it != constants.end(); ++it)
            items << it.key() + u'=' + it.value().toString();
    } else {
        return value.toString();
    }
    return items.isEmpty() ? DryRunPlan::tr("none") : items.join(u' ');
}
} // namespace

QString DryRunPlan::fileChecksum(const QString &path, QString *error)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

QStringList DryRunPlan::fileChanges(const ImportRunInfo &run, const QString &path,
                                    const QString &checksum)
{
    if (QFileInfo(path).absoluteFilePath() != run.filePath)
        return {tr("the dry run planned %1, not %2").arg(run.filePath, path)};
    const QFileInfo info(path);
    QStringList changes;
    if (info.size() != run.fileSize)
        changes << tr("%1 is %2 bytes now, %3 at the dry run")
                       .arg(path, QLocale().toString(info.size()),
                            QLocale().toString(run.fileSize));
    if (info.lastModified().toUTC() != run.fileModified)
        changes << tr("%1 was modified since the dry run (at %2)")
                       .arg(path, QLocale().toString(info.lastModified(), QLocale::ShortFormat));
    if (!checksum.isEmpty() && !run.fileChecksum.isEmpty() && checksum != run.fileChecksum)
        changes << tr("the content of %1 is not what the dry run read").arg(path);
    return changes;
}

QStringList DryRunPlan::settingsChanges(const QJsonObject &planned, const QJsonObject &given)
{
    QStringList changes;
    for (const auto &[key, option] : SettingOptions) {
        const QJsonValue then = planned.value(key);
        const QJsonValue now = given.value(key);
        if (then == now)
            continue;
        changes << tr("%1 is %2 now, was %3 at the dry run")
                       .arg(option, valueText(now, then), valueText(then, now));
    }
    return changes;
}

QStringList DryRunPlan::ageProblems(const ImportRunInfo &run, const QDateTime &now)
{
    const qint64 minutes = run.createdAt.secsTo(now) / 60;
    if (minutes < MaxAgeMinutes)
        return {};
    return {tr("the plan is %1 minutes old, and a plan is run as it is for %2 minutes only: "
               "members may have changed at the provider since")
                .arg(minutes)
                .arg(MaxAgeMinutes)};
}
