#include "members_sync_command.h"

#include "api_task.h"
#include "cli_output.h"
#include "member_service.h"

using namespace Qt::StringLiterals;

void MembersSyncCommand::declareOptions(QCommandLineParser &parser)
{
    parser.addOption({u"json"_s, tr("Print the figures as JSON.")});
}

void MembersSyncCommand::runWith(MemberService *service, const QCommandLineParser &)
{
    if (!service->capabilities().supports(MemberOperation::List))
        return fail(ExitApi, service->capabilities().whyNot(MemberOperation::List));
    out().progress(tr("Reading every member of %1…").arg(where(service->workspace())));
    track(service->sync([this](const Result<SyncSummary> &synced) {
        if (!synced.ok())
            return failWith(synced.error);
        const SyncSummary &s = synced.value;
        if (out().jsonWanted()) {
            out().json(QJsonObject{{u"members"_s, s.members},
                                   {u"added"_s, s.added},
                                   {u"changed"_s, s.changed},
                                   {u"unchanged"_s, s.unchanged},
                                   {u"unlisted"_s, s.unlisted},
                                   {u"complete"_s, s.complete},
                                   {u"whyIncomplete"_s, s.whyIncomplete}});
        } else {
            out().line(s.text());
        }
        finish(ExitOk);
    }));
}
