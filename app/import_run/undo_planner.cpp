#include "undo_planner.h"

#include "api_task.h"
#include "capabilities.h"
#include "draft_json.h"
#include "import_settings.h"
#include "member_service.h"
#include "row_change.h"
#include "row_decision.h"

#include <QTimer>

using namespace Qt::StringLiterals;

UndoPlanner::UndoPlanner(MemberService *service, RosterDatabase &db, qint64 runId, QObject *parent)
    : QObject(parent), m_service(service), m_db(db), m_runId(runId)
{}

UndoPlanner::~UndoPlanner()
{
    if (m_sync)
        m_sync->cancel();
}

void UndoPlanner::fail(const QString &error)
{
    if (m_stopped)
        return;
    m_stopped = true;
    if (m_sync)
        m_sync->cancel();
    Q_EMIT failed(error);
}

void UndoPlanner::cancel()
{
    fail(tr("Planning the undo was cancelled."));
}

void UndoPlanner::start()
{
    QString error;
    const std::optional<ImportRunInfo> run = ImportJournal(m_db).run(m_runId, &error);
    if (!run)
        return QTimer::singleShot(0, this, [this, error] { fail(error); });
    m_run = *run;
    QString refusal;
    if (m_run.workspaceId != m_service->workspace().id)
        refusal = tr("Run %1 was made in another workspace, not in %2.")
                      .arg(QString::number(m_runId), m_service->workspace().name);
    else if (m_run.state == ImportRunState::Planned)
        refusal = tr("Run %1 never ran: there is nothing to undo.").arg(m_runId);
    else if (m_run.state == ImportRunState::Running)
        refusal = tr("Run %1 is running or stopped half-way: resume it or let it end before "
                     "undoing it.")
                      .arg(m_runId);
    if (!refusal.isEmpty())
        return QTimer::singleShot(0, this, [this, refusal] { fail(refusal); });
    if (!m_service->capabilities().supports(MemberOperation::List))
        return QTimer::singleShot(0, this, &UndoPlanner::plan);
    m_sync = m_service->sync([this](const Result<SyncSummary> &synced) {
        if (m_stopped)
            return;
        if (!synced.ok())
            return fail(tr("Cannot read the community's members to compare them with run %1: %2")
                            .arg(QString::number(m_runId), synced.error.message));
        plan();
    });
}

void UndoPlanner::plan()
{
    QString error;
    ImportJournal journal(m_db);
    const std::optional<QList<ImportRowEntry>> rows =
        journal.rows(m_runId, ImportRowState::Done, &error);
    if (!rows)
        return fail(error);
    QList<ImportRowEntry> undoRows;
    for (const ImportRowEntry &row : *rows) {
        if (row.outcome != ImportOutcome::Created && row.outcome != ImportOutcome::Updated &&
            row.outcome != ImportOutcome::Reactivated && row.outcome != ImportOutcome::Deactivated)
            continue;
        ImportRowEntry undo;
        if (!reverse(row, undo, &error))
            return fail(error);
        undoRows.append(undo);
    }
    if (undoRows.isEmpty())
        return fail(tr("Run %1 changed no member: there is nothing to undo.").arg(m_runId));
    ImportSettings settings;
    settings.filePath = m_run.filePath;
    settings.mode = ImportSettings::Mode::Undo;
    settings.undoesRun = m_runId;
    ImportRunInfo undoRun;
    undoRun.workspaceId = m_run.workspaceId;
    undoRun.filePath = m_run.filePath;
    undoRun.fileSize = m_run.fileSize;
    undoRun.fileModified = m_run.fileModified;
    undoRun.fileChecksum = m_run.fileChecksum;
    undoRun.header = m_run.header;
    undoRun.settings = settings.toJson();
    undoRun.planComplete = false;
    const std::optional<qint64> id = journal.createRun(undoRun, &error);
    if (!id)
        return fail(error);
    if (!journal.addRows(*id, undoRows, &error) || !journal.completePlan(*id, &error)) {
        QString ignored;
        journal.removeRun(*id, &ignored);
        return fail(error);
    }
    m_stopped = true;
    Q_EMIT finished(*id);
}

bool UndoPlanner::reverse(const ImportRowEntry &row, ImportRowEntry &undo, QString *error) const
{
    undo.line = row.line;
    undo.email = row.email;
    undo.cells = row.cells;
    undo.draft = DraftJson::ofEmail(row.email);
    auto leave = [&undo](ImportPlan plan, const QString &why) {
        RowDecision{plan, why, {}}.into(undo);
        return true;
    };
    if (!row.change)
        return leave(ImportPlan::Conflict,
                     tr("Run %1 kept no values from before it changed %2: it was made by an "
                        "older Roster.")
                         .arg(QString::number(m_runId), row.email));
    const std::optional<MemberRecord> current = m_service->storedMember(row.email, error);
    if (!current) {
        if (!error->isEmpty())
            return false;
        return leave(ImportPlan::Conflict, tr("%1 is no longer a member.").arg(row.email));
    }
    const RowChange done = RowChange::fromJson(*row.change);
    const Capabilities &can = m_service->capabilities();
    const bool changedSince = !done.stillAsLeft(*current);
    if (row.outcome == ImportOutcome::Created) {
        if (!can.supports(MemberOperation::Deactivate))
            return leave(
                ImportPlan::CannotDeactivate,
                tr("Run %1 created %2, and %3 cannot deactivate members.")
                    .arg(QString::number(m_runId), row.email, providerDisplayName(can.provider)));
        if (!m_includeCreated)
            return leave(ImportPlan::Unchanged,
                         tr("Run %1 created %2: deactivated only when you include the members "
                            "it created.")
                             .arg(QString::number(m_runId), row.email));
    } else if (changedSince && !m_includeConflicts) {
        return leave(ImportPlan::Conflict,
                     tr("%1 changed again since run %2: left alone unless you include the "
                        "members changed since.")
                         .arg(row.email, QString::number(m_runId)));
    }
    QStringList lost;
    const MemberChanges restore = done.restoring(&lost);
    RowChange reverse;
    if (row.outcome == ImportOutcome::Deactivated) {
        undo.plan = ImportPlan::Reactivate;
        reverse = RowChange::of(*current, std::nullopt, MemberStatus::Active);
    } else if (row.outcome == ImportOutcome::Reactivated || row.outcome == ImportOutcome::Created) {
        if (!can.supports(MemberOperation::Deactivate))
            return leave(ImportPlan::CannotDeactivate,
                         tr("%1 cannot deactivate members: %2 stays active.")
                             .arg(providerDisplayName(can.provider), row.email));
        undo.plan = ImportPlan::Deactivate;
        reverse = RowChange::of(*current, restore.isEmpty() ? std::nullopt : std::optional(restore),
                                MemberStatus::Deactivated);
    } else {
        undo.plan = ImportPlan::Update;
        if (restore.isEmpty())
            return leave(
                ImportPlan::Conflict,
                tr("Nothing of %1 can be put back: %2.").arg(row.email, lost.join(u"; "_s)));
        reverse = RowChange::of(*current, restore, std::nullopt);
    }
    undo.change = reverse.toJson();
    undo.error = reverse.describe().join(u"; "_s);
    if (!lost.isEmpty())
        undo.error += u"; "_s + tr("cannot be put back: %1").arg(lost.join(u", "_s));
    return true;
}
