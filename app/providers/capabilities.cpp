#include "capabilities.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Capabilities", text);
}
} // namespace

Capabilities Capabilities::of(Provider provider, bool canList)
{
    return Capabilities{provider, canList};
}

bool Capabilities::supports(MemberOperation operation) const
{
    return whyNot(operation).isEmpty();
}

QString Capabilities::whyNot(MemberOperation operation) const
{
    switch (operation) {
    case MemberOperation::Lookup:
    case MemberOperation::CreateActive:
    case MemberOperation::Update:
        return {};
    case MemberOperation::List:
        if (canList)
            return {};
        return tr("Beam.gg has no API that lists members; Roster keeps the members it created "
                  "or looked up.");
    case MemberOperation::CreatePending:
        return provider == Provider::Heartbeat
                   ? QString()
                   : tr("Only Heartbeat has pending members; %1 members are active at once.")
                         .arg(providerDisplayName(provider));
    case MemberOperation::Deactivate:
    case MemberOperation::Reactivate:
        return provider == Provider::Beam
                   ? tr("Beam.gg has no API to deactivate or reactivate members.")
                   : QString();
    case MemberOperation::LoginLink:
        return {}; // Heartbeat answers with its community page instead of a one-time link
    case MemberOperation::RolesAndGroups:
    case MemberOperation::GroupMembership:
        return provider == Provider::Heartbeat
                   ? QString()
                   : tr("%1 has no roles or groups.").arg(providerDisplayName(provider));
    }
    return {};
}

bool Capabilities::tells(MemberFact fact) const
{
    switch (fact) {
    case MemberFact::Role:
    case MemberFact::Groups:
        return supports(MemberOperation::RolesAndGroups);
    case MemberFact::LastSignIn:
    case MemberFact::Admin:
        // Heartbeat's user object alone has them (NOTES.md).
        return provider == Provider::Heartbeat;
    case MemberFact::Picture:
        return canCreateWith(ProfileField::Picture);
    }
    return false;
}

QList<ProfileField> Capabilities::createFields() const
{
    using F = ProfileField;
    switch (provider) {
    case Provider::Heartbeat:
        return {F::Name,       F::Email,    F::Role,    F::Groups,    F::Bio,
                F::StatusLine, F::LinkedIn, F::Twitter, F::Instagram, F::Picture};
    case Provider::Forward:
    case Provider::Beam:
        return {F::FirstName, F::LastName, F::Email};
    }
    return {};
}

QList<ProfileField> Capabilities::editableFields() const
{
    using F = ProfileField;
    switch (provider) {
    case Provider::Heartbeat:
        return {F::Name,     F::Bio,     F::StatusLine, F::Picture,
                F::LinkedIn, F::Twitter, F::Instagram,  F::Groups};
    case Provider::Forward:
        return {F::FirstName, F::LastName, F::Email};
    case Provider::Beam:
        return {F::FirstName, F::LastName};
    }
    return {};
}

QString Capabilities::fieldList(const QList<ProfileField> &fields)
{
    QStringList ids;
    for (const ProfileField field : fields)
        ids << ProfileFields::id(field);
    return ids.join(u", "_s);
}
