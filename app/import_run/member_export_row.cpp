#include "member_export_row.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace MemberExportRow {

QStringList header()
{
    // The same words as the import's automatic mapping, so that an export imports again.
    return {u"Email"_s,       u"Name"_s,    u"First name"_s, u"Last name"_s,
            u"Status"_s,      u"Role"_s,    u"Groups"_s,     u"Bio"_s,
            u"Provider ID"_s, u"Created"_s, u"Updated"_s,    u"Last synced"_s};
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
            member.providerMemberId,
            time(member.createdAt),
            time(member.updatedAt),
            time(member.lastSyncedAt)};
}

} // namespace MemberExportRow
