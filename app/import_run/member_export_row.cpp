#include "member_export_row.h"

using namespace Qt::StringLiterals;

namespace MemberExportRow {

QStringList header()
{
    // The same words as the import's automatic mapping, so that an export imports again; the
    // columns the import has no field for ("Account status", "Avatar URL", ...) name none.
    return {u"Email"_s,          u"Name"_s,     u"First name"_s,   u"Last name"_s,
            u"Account status"_s, u"Role"_s,     u"Groups"_s,       u"Bio"_s,
            u"Status line"_s,    u"LinkedIn"_s, u"Twitter / X"_s,  u"Instagram"_s,
            u"Avatar URL"_s,     u"Admin"_s,    u"Last sign-in"_s, u"Provider ID"_s,
            u"Created"_s,        u"Updated"_s,  u"Last synced"_s};
}

QStringList cells(const MemberRecord &member)
{
    auto time = [](const QDateTime &t) {
        return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
    };
    QStringList groups;
    for (const MemberGroup &group : member.groups)
        groups << (group.name.isEmpty() ? group.id : group.name);
    return {member.email,
            member.displayName,
            member.firstName,
            member.lastName,
            memberStatusId(member.status),
            member.roleName.isEmpty() ? member.roleId : member.roleName,
            groups.join(u"; "_s),
            member.bio,
            member.text(ProfileField::StatusLine),
            member.text(ProfileField::LinkedIn),
            member.text(ProfileField::Twitter),
            member.text(ProfileField::Instagram),
            member.avatarUrl,
            member.isAdmin ? u"yes"_s : u"no"_s,
            member.neverSignedIn ? u"never"_s : time(member.lastSignInAt),
            member.providerMemberId,
            time(member.createdAt),
            time(member.updatedAt),
            time(member.lastSyncedAt)};
}

} // namespace MemberExportRow
