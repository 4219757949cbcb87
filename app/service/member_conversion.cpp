#include "member_conversion.h"

#include "email_check.h"

namespace MemberConversion {

MemberRecord toRecord(const RemoteMember &member, const QString &workspaceId)
{
    MemberRecord record;
    record.workspaceId = workspaceId;
    record.providerMemberId = member.id;
    record.email = EmailCheck::normalized(member.email);
    record.firstName = member.firstName;
    record.lastName = member.lastName;
    record.displayName = member.name.isEmpty()
                             ? QString(member.firstName + u' ' + member.lastName).trimmed()
                             : member.name;
    record.status = member.status;
    record.roleId = member.role.id;
    record.roleName = member.role.name;
    for (const NamedRef &group : member.groups)
        record.groups.append(MemberGroup{group.id, group.name});
    record.bio = member.bio;
    record.createdAt = member.createdAt;
    record.lastSignInAt = member.lastSignIn;
    record.neverSignedIn = member.neverSignedIn;
    record.statusLine = member.statusLine;
    record.linkedin = member.linkedin;
    record.twitter = member.twitter;
    record.instagram = member.instagram;
    record.avatarUrl = member.avatarUrl;
    record.isAdmin = member.isAdmin;
    record.lastSyncedAt = QDateTime::currentDateTimeUtc();
    return record;
}

RemoteMember toRemote(const MemberRecord &record)
{
    RemoteMember member;
    member.id = record.providerMemberId;
    member.email = record.email;
    member.name = record.displayName;
    member.firstName = record.firstName;
    member.lastName = record.lastName;
    member.status = record.status;
    member.role = NamedRef{record.roleId, record.roleName};
    for (const MemberGroup &group : record.groups)
        member.groups.append(NamedRef{group.id, group.name});
    member.bio = record.bio;
    member.statusLine = record.statusLine;
    member.linkedin = record.linkedin;
    member.twitter = record.twitter;
    member.instagram = record.instagram;
    member.avatarUrl = record.avatarUrl;
    member.isAdmin = record.isAdmin;
    member.createdAt = record.createdAt;
    member.lastSignIn = record.lastSignInAt;
    member.neverSignedIn = record.neverSignedIn;
    return member;
}

} // namespace MemberConversion
