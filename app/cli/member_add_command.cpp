#include "member_add_command.h"

#include "api_task.h"
#include "cli_output.h"
#include "email_address.h"
#include "email_check.h"
#include "member_format.h"
#include "member_service.h"
#include "name_split.h"

using namespace Qt::StringLiterals;

namespace {
// The role or group named `wanted` by id or by name, ignoring case.
std::optional<NamedRef> pick(const QList<NamedRef> &refs, const QString &wanted)
{
    for (const NamedRef &ref : refs) {
        if (ref.id == wanted || ref.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return ref;
    }
    return std::nullopt;
}

QString namesOf(const QList<NamedRef> &refs)
{
    QStringList names;
    for (const NamedRef &ref : refs)
        names << (ref.name.isEmpty() ? ref.id : ref.name);
    return names.join(u", "_s);
}
} // namespace

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
    parser.addOption({u"bio"_s, tr("Heartbeat: a short bio."), tr("TEXT")});
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
    return std::nullopt;
}

void MemberAddCommand::runWith(MemberService *service, const QCommandLineParser &parser)
{
    const Workspace &workspace = service->workspace();
    const Capabilities can = service->capabilities();
    m_member.email = EmailCheck::normalized(parser.positionalArguments().first());
    m_member.name = parser.value(u"name"_s).trimmed();
    m_member.firstName = parser.value(u"first-name"_s).trimmed();
    m_member.lastName = parser.value(u"last-name"_s).trimmed();
    m_member.bio = parser.value(u"bio"_s);
    m_member.pending = parser.isSet(u"pending"_s);

    if (m_member.pending && !can.supports(MemberOperation::CreatePending))
        return fail(ExitApi, can.whyNot(MemberOperation::CreatePending));
    const bool hasRoles = can.supports(MemberOperation::RolesAndGroups);
    if (!hasRoles &&
        (parser.isSet(u"role"_s) || parser.isSet(u"group"_s) || parser.isSet(u"bio"_s)))
        return fail(ExitUsage, tr("%1 has no roles, groups or bios: leave out --role, --group "
                                  "and --bio.")
                                   .arg(providerDisplayName(workspace.provider)));
    if (workspace.provider == Provider::Heartbeat) {
        if (m_member.name.isEmpty())
            m_member.name = NameSplit::join(m_member.firstName, m_member.lastName);
        if (m_member.name.isEmpty())
            return fail(ExitUsage, tr("Heartbeat needs the member's name: give --name."));
    } else {
        if (m_member.firstName.isEmpty() && m_member.lastName.isEmpty() &&
            !m_member.name.isEmpty()) {
            const NameSplit::Parts parts = NameSplit::split(m_member.name);
            m_member.firstName = parts.first;
            m_member.lastName = parts.last;
        }
        if (m_member.firstName.isEmpty() || m_member.lastName.isEmpty())
            return fail(ExitUsage, tr("%1 needs a first and a last name: give --first-name and "
                                      "--last-name, or --name with both.")
                                       .arg(providerDisplayName(workspace.provider)));
    }
    if (!hasRoles)
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
                                .arg(namesOf(roles.value)));
            const std::optional<NamedRef> role = pick(roles.value, wantedRole);
            if (!role)
                return fail(ExitUsage, tr("There is no role \"%1\"; the roles are: %2.")
                                           .arg(wantedRole, namesOf(roles.value)));
            m_member.roleId = role->id;
            resolveGroups(service, wantedGroups);
        }));
}

void MemberAddCommand::resolveGroups(MemberService *service, const QStringList &wanted)
{
    if (wanted.isEmpty())
        return create(service);
    track(service->groups([this, service, wanted](const Result<QList<NamedRef>> &groups) {
        if (!groups.ok())
            return failWith(groups.error);
        for (const QString &name : wanted) {
            const std::optional<NamedRef> group = pick(groups.value, name.trimmed());
            if (!group)
                return fail(ExitUsage, tr("There is no group \"%1\"; the groups are: %2.")
                                           .arg(name, namesOf(groups.value)));
            m_member.groupIds << group->id;
        }
        create(service);
    }));
}

void MemberAddCommand::create(MemberService *service)
{
    out().progress(tr("Creating %1 at %2…").arg(m_member.email, where(service->workspace())));
    const bool json = out().jsonWanted();
    track(service->create(m_member, [this, json](const Result<MemberRecord> &created) {
        if (!created.ok())
            return failWith(created.error);
        if (json)
            out().json(MemberFormat::toJson(created.value));
        else
            for (const QString &line : MemberFormat::details(created.value))
                out().line(line);
        finish(ExitOk);
    }));
}
