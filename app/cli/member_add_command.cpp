#include "member_add_command.h"

#include "api_task.h"
#include "cli_output.h"
#include "email_address.h"
#include "email_check.h"
#include "member_format.h"
#include "member_service.h"
#include "name_split.h"
#include "named_ref_choice.h"
#include "profile_options.h"

using namespace Qt::StringLiterals;

void MemberAddCommand::declareOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"email"_s, tr("The new member's email address."), tr("EMAIL"));
    parser.addOption({u"name"_s,
                      tr("Full name (Heartbeat); split into first and last names for "
                         "Forward and Beam.gg."),
                      tr("NAME")});
    parser.addOption({u"first-name"_s, tr("First name."), tr("NAME")});
    parser.addOption({u"last-name"_s, tr("Last name."), tr("NAME")});
    parser.addOption({u"role"_s, tr("Heartbeat: the role, by name or id (required)."), tr("ROLE")});
    parser.addOption(
        {u"group"_s, tr("Heartbeat: a group, by name or id; repeat for several."), tr("GROUP")});
    ProfileOptions::declare(parser);
    parser.addOption({u"introduce"_s, tr("Heartbeat: post the bio as an introduction thread.")});
    parser.addOption({u"pending"_s, tr("Heartbeat: create a pending member, who becomes active "
                                       "at first sign-in.")});
    parser.addOption({u"json"_s, tr("Print the member as JSON.")});
}

std::optional<QString> MemberAddCommand::checkUsage(const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return tr("Give exactly one email address.");
    if (const std::optional<QString> problem = EmailAddress::problem(args.first()))
        return *problem;
    if (parser.isSet(u"introduce"_s) && parser.value(u"bio"_s).trimmed().isEmpty())
        return tr("--introduce posts the bio as an introduction thread: give --bio too.");
    if (const std::optional<QString> problem = ProfileOptions::checkIntroduce(parser))
        return problem;
    return ProfileOptions::check(parser);
}

void MemberAddCommand::runWith(MemberService *service, const QCommandLineParser &parser)
{
    const Workspace &workspace = service->workspace();
    const Capabilities can = service->capabilities();
    m_member.email = EmailCheck::normalized(parser.positionalArguments().first());
    m_member.name = parser.value(u"name"_s).trimmed();
    m_member.firstName = parser.value(u"first-name"_s).trimmed();
    m_member.lastName = parser.value(u"last-name"_s).trimmed();
    m_member.pending = parser.isSet(u"pending"_s);
    m_member.introduce = parser.isSet(u"introduce"_s);

    if (m_member.pending && !can.supports(MemberOperation::CreatePending))
        return fail(ExitApi, can.whyNot(MemberOperation::CreatePending));
    // The names are joined or split into what the provider takes; every other option must be a
    // field it takes.
    QList<ProfileOptions::Given> given = ProfileOptions::given(parser);
    const std::pair<QString, ProfileField> others[] = {{u"role"_s, ProfileField::Role},
                                                       {u"group"_s, ProfileField::Groups},
                                                       {u"introduce"_s, ProfileField::Bio}};
    for (const auto &[option, field] : others) {
        if (parser.isSet(option))
            given << ProfileOptions::Given{u"--"_s + option, field, false};
    }
    if (const std::optional<QString> problem = ProfileOptions::readInto(
            workspace.provider, can.createFields(), given, parser, m_member))
        return fail(ExitUsage, *problem);
    if (const std::optional<QString> problem = takeNames(workspace.provider))
        return fail(ExitUsage, *problem);
    if (!can.canCreateWith(ProfileField::Role))
        return create(service);

    const QString wantedRole = parser.value(u"role"_s).trimmed();
    const QStringList wantedGroups = parser.values(u"group"_s);
    out().progress(tr("Reading the roles of %1…").arg(where(workspace)));
    track(service->roles(
        [this, service, wantedRole, wantedGroups](const Result<QList<NamedRef>> &roles) {
            if (!roles.ok())
                return failWith(roles.error);
            if (wantedRole.isEmpty())
                return fail(ExitUsage,
                            tr("Heartbeat needs a role for a new member: give --role, one of: %1.")
                                .arg(NamedRefChoice::names(roles.value)));
            const std::optional<NamedRef> role = NamedRefChoice::pick(roles.value, wantedRole);
            if (!role)
                return fail(ExitUsage, tr("There is no role \"%1\"; the roles are: %2.")
                                           .arg(wantedRole, NamedRefChoice::names(roles.value)));
            m_member.roleId = role->id;
            resolveGroups(service, wantedGroups);
        }));
}

std::optional<QString> MemberAddCommand::takeNames(Provider provider)
{
    if (provider == Provider::Heartbeat) {
        if (m_member.name.isEmpty())
            m_member.name = NameSplit::join(m_member.firstName, m_member.lastName);
        if (m_member.name.isEmpty())
            return tr("Heartbeat needs the member's name: give --name.");
        return std::nullopt;
    }
    if (m_member.firstName.isEmpty() && m_member.lastName.isEmpty() && !m_member.name.isEmpty()) {
        const NameSplit::Parts parts = NameSplit::split(m_member.name);
        m_member.firstName = parts.first;
        m_member.lastName = parts.last;
    }
    if (m_member.firstName.isEmpty() || m_member.lastName.isEmpty())
        return tr("%1 needs a first and a last name: give --first-name and --last-name, or "
                  "--name with both.")
            .arg(providerDisplayName(provider));
    return std::nullopt;
}

void MemberAddCommand::resolveGroups(MemberService *service, const QStringList &wanted)
{
    if (wanted.isEmpty())
        return create(service);
    track(service->groups([this, service, wanted](const Result<QList<NamedRef>> &groups) {
        if (!groups.ok())
            return failWith(groups.error);
        QString error;
        const std::optional<QList<NamedRef>> found =
            NamedRefChoice::groups(groups.value, wanted, &error);
        if (!found)
            return fail(ExitUsage, error);
        for (const NamedRef &group : *found)
            m_member.groupIds << group.id;
        create(service);
    }));
}

void MemberAddCommand::create(MemberService *service)
{
    out().progress(tr("Creating %1 at %2…").arg(m_member.email, where(service->workspace())));
    track(service->create(m_member, [this](const Result<MemberRecord> &created) {
        if (!created.ok())
            return failWith(created.error);
        MemberFormat::print(out(), created.value);
        finish(ExitOk);
    }));
}
