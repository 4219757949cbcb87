#include "link_command.h"

#include "api_task.h"
#include "cli_output.h"
#include "email_address.h"
#include "email_check.h"
#include "member_service.h"

using namespace Qt::StringLiterals;

void LinkCommand::declareOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"email"_s, tr("The member's email address."), tr("EMAIL"));
}

std::optional<QString> LinkCommand::checkUsage(const QCommandLineParser &parser) const
{
    if (parser.positionalArguments().size() != 1)
        return tr("Give exactly one email address.");
    return std::nullopt;
}

void LinkCommand::runWith(MemberService *service, const QCommandLineParser &parser)
{
    const QString email = EmailCheck::normalized(parser.positionalArguments().first());
    out().progress(
        tr("Asking %1 for a login link for %2…").arg(where(service->workspace()), email));
    track(service->loginLink(email, [this, email](const Result<LoginLink> &link) {
        if (!link.ok())
            return failWith(link.error);
        out().line(link.value.url.toString(QUrl::FullyEncoded));
        if (link.value.kind == LoginLink::Kind::CommunityPage) {
            out().warning(tr("Heartbeat issues no login links by API: %1 gets their magic link by "
                             "asking for it on this page.")
                              .arg(email));
        } else {
            out().warning(tr("This link signs %1 in once and then expires. Mail scanners that "
                             "open links can use it up before the member does: prefer a chat "
                             "message.")
                              .arg(email));
        }
        finish(ExitOk);
    }));
}
