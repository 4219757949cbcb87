#include "member_edit_command.h"

#include "api_task.h"
#include "cli_output.h"
#include "effective_changes.h"
#include "email_address.h"
#include "email_check.h"
#include "member_format.h"
#include "member_service.h"
#include "named_ref_choice.h"
#include "profile_options.h"

using namespace Qt::StringLiterals;

namespace {
// The options of fields outside ProfileOptions, with the field each changes.
const std::pair<QString, ProfileField> EditOptions[] = {
    {u"name"_s, ProfileField::Name},          {u"first-name"_s, ProfileField::FirstName},
    {u"last-name"_s, ProfileField::LastName}, {u"email"_s, ProfileField::Email},
    {u"add-group"_s, ProfileField::Groups},   {u"remove-group"_s, ProfileField::Groups}};

QList<ProfileOptions::Given> givenOptions(const QCommandLineParser &parser)
{
    QList<ProfileOptions::Given> given;
    for (const auto &[option, field] : EditOptions) {
        if (parser.isSet(option))
            given << ProfileOptions::Given{u"--"_s + option, field, false};
    }
    return given + ProfileOptions::given(parser);
}
} // namespace

void MemberEditCommand::declareOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"email"_s, tr("The member's email address."), tr("EMAIL"));
    parser.addOption({u"name"_s, tr("New full name (Heartbeat)."), tr("NAME")});
    parser.addOption({u"first-name"_s, tr("New first name (Forward, Beam.gg)."), tr("NAME")});
    parser.addOption({u"last-name"_s, tr("New last name (Forward, Beam.gg)."), tr("NAME")});
    parser.addOption({u"email"_s, tr("New email address (Forward)."), tr("EMAIL")});
    ProfileOptions::declare(parser);
    ProfileOptions::declareClear(parser);
    parser.addOption({u"add-group"_s,
                      tr("Heartbeat: add the member to a group, by name or id; repeat for "
                         "several."),
                      tr("GROUP")});
    parser.addOption({u"remove-group"_s,
                      tr("Heartbeat: remove the member from a group, by name or id; repeat for "
                         "several."),
                      tr("GROUP")});
    parser.addOption({u"json"_s, tr("Print the member as JSON.")});
}

std::optional<QString> MemberEditCommand::checkUsage(const QCommandLineParser &parser) const
{
    if (parser.positionalArguments().size() != 1)
        return tr("Give exactly one email address.");
    if (givenOptions(parser).isEmpty())
        return tr("Say what to change: --name, --first-name, --last-name, --email, --bio, "
                  "--status, --linkedin, --twitter, --instagram, --picture, --clear, "
                  "--add-group or --remove-group.");
    if (parser.isSet(u"email"_s))
        if (const std::optional<QString> problem = EmailAddress::problem(parser.value(u"email"_s)))
            return problem;
    return ProfileOptions::check(parser);
}

void MemberEditCommand::runWith(MemberService *service, const QCommandLineParser &parser)
{
    const Capabilities can = service->capabilities();
    if (const std::optional<QString> problem =
            ProfileOptions::readInto(service->workspace().provider, can.editableFields(),
                                     givenOptions(parser), parser, m_changes))
        return fail(ExitUsage, *problem);
    auto take = [&parser](const QString &option, std::optional<QString> &field) {
        if (parser.isSet(option))
            field = parser.value(option).trimmed();
    };
    take(u"name"_s, m_changes.name);
    take(u"first-name"_s, m_changes.firstName);
    take(u"last-name"_s, m_changes.lastName);
    take(u"email"_s, m_changes.email);
    m_email = EmailCheck::normalized(parser.positionalArguments().first());
    resolveGroups(service, parser.values(u"add-group"_s), parser.values(u"remove-group"_s));
}

void MemberEditCommand::resolveGroups(MemberService *service, const QStringList &adds,
                                      const QStringList &removes)
{
    if (adds.isEmpty() && removes.isEmpty())
        return lookUp(service);
    track(service->groups([this, service, adds, removes](const Result<QList<NamedRef>> &groups) {
        if (!groups.ok())
            return failWith(groups.error);
        QString error;
        const std::optional<QList<NamedRef>> added =
            NamedRefChoice::groups(groups.value, adds, &error);
        const std::optional<QList<NamedRef>> removed =
            added ? NamedRefChoice::groups(groups.value, removes, &error) : std::nullopt;
        if (!added || !removed)
            return fail(ExitUsage, error);
        for (const NamedRef &group : *added) {
            if (removed->contains(group))
                return fail(ExitUsage, tr("Give the group \"%1\" to --add-group or to "
                                          "--remove-group, not both.")
                                           .arg(group.name));
            m_changes.addGroupIds << group.id;
        }
        for (const NamedRef &group : *removed)
            m_changes.removeGroupIds << group.id;
        lookUp(service);
    }));
}

void MemberEditCommand::lookUp(MemberService *service)
{
    out().progress(tr("Looking up %1 at %2…").arg(m_email, where(service->workspace())));
    track(
        service->lookup(m_email, [this, service](const Result<std::optional<MemberRecord>> &found) {
            if (!found.ok())
                return failWith(found.error);
            if (!found.value)
                return fail(ExitApi, tr("%1 has no member with the email %2.")
                                         .arg(where(service->workspace()), m_email));
            const MemberChanges changes = EffectiveChanges::against(m_changes, *found.value);
            if (changes.isEmpty()) {
                out().progress(tr("%1 is as asked already: nothing was sent.").arg(m_email));
                MemberFormat::print(out(), *found.value);
                return finish(ExitOk);
            }
            update(service, changes);
        }));
}

void MemberEditCommand::update(MemberService *service, const MemberChanges &changes)
{
    out().progress(
        tr("Changing %1 of %2 at %3…")
            .arg(Capabilities::fieldList(changes.fields()), m_email, where(service->workspace())));
    track(service->update(m_email, changes, [this](const Result<MemberRecord> &updated) {
        if (!updated.ok())
            return failWith(updated.error);
        MemberFormat::print(out(), updated.value);
        finish(ExitOk);
    }));
}
