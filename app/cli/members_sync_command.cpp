#include "members_sync_command.h"

#include "api_task.h"
#include "cli_output.h"
#include "member_service.h"

#include <QLocale>

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
    connect(service, &MemberService::syncProgress, this, &MembersSyncCommand::showProgress);
    track(service->sync([this](const Result<SyncSummary> &synced) {
        if (!synced.ok()) {
            if (synced.error.kind == ApiErrorKind::Cancelled)
                out().progress(tr("Cancelled: the local roster is as it was."));
            return failWith(synced.error);
        }
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

void MembersSyncCommand::showProgress(const ListingProgress &progress)
{
    if (m_sinceProgress.isValid() && m_sinceProgress.elapsed() < ProgressEveryMs)
        return;
    m_sinceProgress.start();
    const QLocale locale;
    QString text = tr("Reading members… %1").arg(locale.toString(progress.membersRead));
    if (progress.membersExpected > 0)
        text = tr("Reading members… %1 of %2")
                   .arg(locale.toString(progress.membersRead),
                        locale.toString(progress.membersExpected));
    else if (progress.bytesExpected > 0)
        text += u" ("_s +
                tr("%1% of the answer").arg(100 * progress.bytesRead / progress.bytesExpected) +
                u')';
    out().progressInPlace(text);
}
