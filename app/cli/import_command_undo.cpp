#include "cli_context.h"
#include "cli_output.h"
#include "deactivation_consent.h"
#include "exit_codes.h"
#include "import_command.h"
#include "member_service.h"
#include "roster_database.h"
#include "undo_planner.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

ImportCommand *ImportCommand::undoCommand(CliContext &context)
{
    auto *command = new ImportCommand(context);
    command->m_undo = true;
    return command;
}

void ImportCommand::declareUndoOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"run"_s,
                                 tr("The run to undo: its number, as `import list` shows it, or "
                                    "last (the newest that ran)."),
                                 tr("RUN"));
    parser.addOption({u"dry-run"_s, tr("Only say what the undo would do, member by member.")});
    parser.addOption({u"include-created"_s,
                      tr("Deactivate the members the run created as well (never deleted).")});
    parser.addOption(
        {u"include-conflicts"_s, tr("Put back members changed again since the run as well.")});
    declareRunOutputOptions(parser);
    DeactivationConsent::declareOptions(parser);
}

std::optional<QString> ImportCommand::checkUndoUsage(const QCommandLineParser &parser) const
{
    if (parser.positionalArguments().size() != 1)
        return tr("Give one run to undo: its number, or last.");
    const QString run = parser.positionalArguments().first();
    bool number = false;
    if (run != u"last" && (run.toLongLong(&number) <= 0 || !number))
        return tr("The run is \"%1\"; expected its number, as `import list` shows it, or last.")
            .arg(run);
    return DeactivationConsent::checkUsage(parser);
}

void ImportCommand::startUndo(MemberService *service, const QCommandLineParser &parser)
{
    m_service = service;
    m_dryRun = parser.isSet(u"dry-run"_s);
    m_wait = parser.isSet(u"wait"_s);
    m_reportPath = parser.value(u"report"_s);
    m_reportUtf8 = parser.isSet(u"report-utf8"_s);
    m_consent = new DeactivationConsent(parser, out(), this);
    m_undoRun = parser.positionalArguments().first();
    m_includeCreated = parser.isSet(u"include-created"_s);
    m_includeConflicts = parser.isSet(u"include-conflicts"_s);
    m_settings.filePath = tr("undo of run %1").arg(m_undoRun);
    if (m_dryRun)
        return planUndo(service);
    lockThenStart();
}

std::optional<qint64> ImportCommand::runToUndo(const ImportJournal &journal, QString *error)
{
    if (m_undoRun != u"last")
        return m_undoRun.toLongLong();
    const std::optional<QList<ImportRunSummary>> runs =
        journal.runs(m_service->workspace().id, 0, error);
    if (!runs)
        return std::nullopt;
    for (const ImportRunSummary &summary : *runs) {
        const ImportRunState state = summary.run.state;
        if (state == ImportRunState::Finished || state == ImportRunState::Cancelled)
            return summary.run.id;
    }
    *error =
        tr("No run of %1 has run yet: there is nothing to undo.").arg(m_service->workspace().name);
    return std::nullopt;
}

void ImportCommand::planUndo(MemberService *service)
{
    QString error;
    RosterDatabase *db = m_context.database(&error);
    if (!db)
        return fail(ExitFailure, error);
    ImportJournal journal(*db);
    const std::optional<qint64> runId = runToUndo(journal, &error);
    if (!runId)
        return fail(error.isEmpty() ? ExitFailure : ExitUsage, error);
    // An undo that stopped half-way (Ctrl+C, a crash) is carried on, not planned again.
    if (!m_dryRun) {
        const std::optional<ImportRunInfo> unfinished =
            journal.unfinishedRun(service->workspace().id, &error);
        if (unfinished && unfinished->settings.value(u"undoes"_s).toInteger() == *runId) {
            out().progress(tr("Carrying on with the undo of run %1, begun %2.")
                               .arg(QString::number(*runId),
                                    unfinished->createdAt.toLocalTime().toString(Qt::ISODate)));
            return runPlan(service, unfinished->id);
        }
    }
    auto *planner = new UndoPlanner(service, *db, *runId, this);
    planner->setIncludeCreated(m_includeCreated);
    planner->setIncludeConflicts(m_includeConflicts);
    out().progress(
        tr("Comparing run %1 with %2…").arg(QString::number(*runId), where(service->workspace())));
    connect(planner, &UndoPlanner::failed, this,
            [this](const QString &why) { fail(m_interrupted ? ExitInterrupted : ExitUsage, why); });
    connect(planner, &UndoPlanner::finished, this, [this, db, service](qint64 undoId) {
        m_runId = undoId;
        QString error;
        ImportJournal journal(*db);
        const std::optional<ImportCounts> counts = journal.counts(undoId, &error);
        if (!counts)
            return fail(ExitFailure, error);
        printPlan(*counts, undoId);
        if (!m_dryRun)
            return runPlanWithConsent(service, undoId);
        // A dry run of an undo is planned again each time: its plan is not kept.
        journal.removeRun(undoId, &error);
        finish(ExitOk);
    });
    planner->start();
}
