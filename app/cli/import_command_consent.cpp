#include "cli_context.h"
#include "deactivation_consent.h"
#include "exit_codes.h"
#include "import_command.h"
#include "member_repository.h"
#include "member_service.h"
#include "roster_database.h"

void ImportCommand::runPlanWithConsent(MemberService *service, qint64 runId)
{
    QString error;
    RosterDatabase *db = m_context.database(&error);
    if (!db)
        return fail(ExitFailure, error);
    const std::optional<ImportCounts> counts = ImportJournal(*db).counts(runId, &error);
    if (!counts)
        return fail(ExitFailure, error);
    const qint64 deactivations = counts->plans.value(ImportPlan::Deactivate);
    if (deactivations == 0)
        return runPlan(service, runId);
    const std::optional<qint64> active =
        MemberRepository(*db).countNotDeactivated(service->workspace().id, &error);
    if (!active)
        return fail(ExitFailure, error);
    QStringList emails;
    forEachPlanRow(runId, [&emails](const ImportRowEntry &row) {
        if (row.plan == ImportPlan::Deactivate && emails.size() < 10)
            emails << row.email;
    });
    m_consent->ask(deactivations, *active, service->workspace().name, emails,
                   [this, service, runId](std::optional<QString> refusal) {
                       if (!refusal)
                           return runPlan(service, runId);
                       // The plan stays in the journal, unstarted: it is never resumed.
                       QString error;
                       if (RosterDatabase *db = m_context.database(&error))
                           ImportJournal(*db).setRunState(runId, ImportRunState::Cancelled, &error);
                       fail(ExitNeedsConsent, *refusal);
                   });
}
