#include "member_show_command.h"

#include "api_task.h"
#include "cli_context.h"
#include "cli_output.h"
#include "email_address.h"
#include "email_check.h"
#include "member_format.h"
#include "member_repository.h"
#include "member_service.h"

using namespace Qt::StringLiterals;

void MemberShowCommand::declareOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"email"_s, tr("The member's email address."), tr("EMAIL"));
    parser.addOption({u"local"_s, tr("Show what the local roster holds, without asking the "
                                     "provider.")});
    parser.addOption({u"json"_s, tr("Print the member as JSON.")});
}

std::optional<QString> MemberShowCommand::checkUsage(const QCommandLineParser &parser) const
{
    if (parser.positionalArguments().size() != 1)
        return tr("Give exactly one email address.");
    return std::nullopt;
}

bool MemberShowCommand::needsKey(const QCommandLineParser &parser) const
{
    return !parser.isSet(u"local"_s);
}

void MemberShowCommand::show(const MemberRecord &member)
{
    MemberFormat::print(out(), member);
    finish(ExitOk);
}

void MemberShowCommand::runWith(MemberService *service, const QCommandLineParser &parser)
{
    const QString email = EmailCheck::normalized(parser.positionalArguments().first());
    const Workspace workspace = service->workspace();
    out().progress(tr("Looking up %1 at %2…").arg(email, where(workspace)));
    track(service->lookup(
        email, [this, email, workspace](const Result<std::optional<MemberRecord>> &found) {
            if (!found.ok())
                return failWith(found.error);
            if (!found.value)
                return fail(ExitApi,
                            tr("%1 has no member with the email %2.").arg(where(workspace), email));
            show(*found.value);
        }));
}

void MemberShowCommand::runLocal(const Workspace &workspace, const QCommandLineParser &parser)
{
    const QString email = EmailCheck::normalized(parser.positionalArguments().first());
    QString error;
    RosterDatabase *db = m_context.database(&error);
    if (!db)
        return fail(ExitFailure, error);
    MemberRecord member;
    switch (MemberRepository(*db).findByEmail(workspace.id, email, &member, &error)) {
    case MemberRepository::Lookup::Found:
        return show(member);
    case MemberRepository::Lookup::NotFound:
        return fail(ExitFailure, tr("The local roster of %1 has no member with the email %2.")
                                     .arg(where(workspace), email));
    case MemberRepository::Lookup::Failed:
        return fail(ExitFailure, error);
    }
}
