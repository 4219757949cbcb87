#include "import_list_command.h"

#include "cli_context.h"
#include "cli_output.h"
#include "import_journal.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
// The checksum's first characters, enough to tell files apart in a table.
constexpr int ShortChecksum = 12;

QString planWord(ImportPlan plan)
{
    switch (plan) {
    case ImportPlan::Create:
        return ImportListCommand::tr("to create");
    case ImportPlan::Update:
        return ImportListCommand::tr("to update");
    case ImportPlan::Reactivate:
        return ImportListCommand::tr("to reactivate");
    case ImportPlan::Deactivate:
        return ImportListCommand::tr("to deactivate");
    case ImportPlan::CannotDeactivate:
        return ImportListCommand::tr("cannot deactivate");
    case ImportPlan::Unchanged:
        return ImportListCommand::tr("unchanged");
    case ImportPlan::Conflict:
        return ImportListCommand::tr("conflict");
    case ImportPlan::Invalid:
        return ImportListCommand::tr("invalid");
    case ImportPlan::Blank:
        return ImportListCommand::tr("blank");
    }
    return {};
}

QString outcomeWord(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::None:
        return ImportListCommand::tr("not done");
    case ImportOutcome::Created:
        return ImportListCommand::tr("created");
    case ImportOutcome::Updated:
        return ImportListCommand::tr("updated");
    case ImportOutcome::Reactivated:
        return ImportListCommand::tr("reactivated");
    case ImportOutcome::Deactivated:
        return ImportListCommand::tr("deactivated");
    case ImportOutcome::Skipped:
        return ImportListCommand::tr("skipped");
    case ImportOutcome::Failed:
        return ImportListCommand::tr("failed");
    }
    return {};
}

QString runStateId(ImportRunState state)
{
    switch (state) {
    case ImportRunState::Planned:
        return u"planned"_s;
    case ImportRunState::Running:
        return u"running"_s;
    case ImportRunState::Finished:
        return u"finished"_s;
    case ImportRunState::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

// "dry run" for a dry run's plan that nothing has run yet; "planning cut off" for a plan a
// crash left half-written; else the run's state.
QString stateText(const ImportRunInfo &run)
{
    if (!run.planComplete)
        return ImportListCommand::tr("planning cut off");
    if (run.isWaitingDryRun())
        return ImportListCommand::tr("dry run");
    switch (run.state) {
    case ImportRunState::Planned:
        return ImportListCommand::tr("planned");
    case ImportRunState::Running:
        return ImportListCommand::tr("running");
    case ImportRunState::Finished:
        return ImportListCommand::tr("finished");
    case ImportRunState::Cancelled:
        return ImportListCommand::tr("cancelled");
    }
    return {};
}

// "10: 4 created, 1 failed" (the rows, then what became of them) once the run has started; its
// plan before.
QString countsText(const ImportRunSummary &summary)
{
    const ImportCounts &counts = summary.counts;
    QStringList parts;
    if (summary.run.state == ImportRunState::Planned) {
        for (auto it = counts.plans.cbegin(); it != counts.plans.cend(); ++it)
            parts << u"%1 %2"_s.arg(it.value()).arg(planWord(it.key()));
    } else {
        for (auto it = counts.outcomes.cbegin(); it != counts.outcomes.cend(); ++it)
            parts << u"%1 %2"_s.arg(it.value()).arg(outcomeWord(it.key()));
        if (counts.todo + counts.sending > 0)
            parts << ImportListCommand::tr("%1 not sent yet").arg(counts.todo + counts.sending);
    }
    const QString rows = QString::number(counts.total());
    return parts.isEmpty() ? rows : rows + u": "_s + parts.join(u", "_s);
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : u"-"_s;
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QString modeOf(const ImportRunInfo &run)
{
    return run.settings.value(u"mode"_s).toString();
}

QJsonObject toJson(const ImportRunSummary &summary)
{
    const ImportRunInfo &run = summary.run;
    const ImportCounts &counts = summary.counts;
    QJsonObject plans;
    for (auto it = counts.plans.cbegin(); it != counts.plans.cend(); ++it)
        plans.insert(ImportJournal::planId(it.key()), it.value());
    QJsonObject outcomes;
    for (auto it = counts.outcomes.cbegin(); it != counts.outcomes.cend(); ++it)
        outcomes.insert(ImportJournal::outcomeId(it.key()), it.value());
    return {{u"run"_s, run.id},
            {u"createdAt"_s, timeJson(run.createdAt)},
            {u"finishedAt"_s, timeJson(run.finishedAt)},
            {u"user"_s, run.osUser},
            {u"mode"_s, modeOf(run)},
            {u"state"_s, runStateId(run.state)},
            {u"dryRun"_s, run.dryRunSettings.has_value()},
            {u"planComplete"_s, run.planComplete},
            {u"file"_s,
             QJsonObject{{u"path"_s, run.filePath},
                         {u"name"_s, QFileInfo(run.filePath).fileName()},
                         {u"size"_s, run.fileSize},
                         {u"sha256"_s, run.fileChecksum.isEmpty() ? QJsonValue()
                                                                  : QJsonValue(run.fileChecksum)}}},
            {u"rows"_s, counts.total()},
            {u"notSent"_s, counts.todo + counts.sending},
            {u"plans"_s, plans},
            {u"outcomes"_s, outcomes}};
}

QStringList rowOf(const ImportRunSummary &summary)
{
    const ImportRunInfo &run = summary.run;
    return {QString::number(run.id),
            timeText(run.createdAt),
            timeText(run.finishedAt),
            run.osUser.isEmpty() ? u"-"_s : run.osUser,
            modeOf(run),
            stateText(run),
            QFileInfo(run.filePath).fileName(),
            run.fileChecksum.isEmpty() ? u"-"_s : run.fileChecksum.left(ShortChecksum),
            countsText(summary)};
}
} // namespace

void ImportListCommand::declareOptions(QCommandLineParser &parser)
{
    parser.addOption({u"limit"_s, tr("At most N runs, the newest."), tr("N")});
    parser.addOption({u"json"_s, tr("Print the runs as a JSON array, with each file's whole "
                                    "SHA-256 and the rows counted by plan and by outcome.")});
}

std::optional<QString> ImportListCommand::checkUsage(const QCommandLineParser &parser) const
{
    if (!parser.positionalArguments().isEmpty())
        return tr("import list takes no arguments besides its options.");
    if (parser.isSet(u"limit"_s)) {
        bool ok = false;
        const int limit = parser.value(u"limit"_s).toInt(&ok);
        if (!ok || limit <= 0)
            return tr("--limit is \"%1\"; expected a whole number above 0.")
                .arg(parser.value(u"limit"_s));
    }
    return std::nullopt;
}

void ImportListCommand::runLocal(const Workspace &workspace, const QCommandLineParser &parser)
{
    QString error;
    RosterDatabase *db = m_context.database(&error);
    if (!db)
        return fail(ExitFailure, error);
    const int limit = parser.isSet(u"limit"_s) ? parser.value(u"limit"_s).toInt() : 0;
    const std::optional<QList<ImportRunSummary>> runs =
        ImportJournal(*db).runs(workspace.id, limit, &error);
    if (!runs)
        return fail(ExitFailure, error);
    if (out().jsonWanted()) {
        QJsonArray array;
        for (const ImportRunSummary &run : *runs)
            array.append(toJson(run));
        out().json(array);
        return finish(ExitOk);
    }
    if (runs->isEmpty()) {
        out().progress(tr("No import has been run in %1 yet.").arg(where(workspace)));
        return finish(ExitOk);
    }
    QList<QStringList> rows;
    for (const ImportRunSummary &run : *runs)
        rows.append(rowOf(run));
    out().table({tr("RUN"), tr("STARTED"), tr("FINISHED"), tr("USER"), tr("MODE"), tr("STATE"),
                 tr("FILE"), tr("SHA-256"), tr("ROWS")},
                rows);
    finish(ExitOk);
}
