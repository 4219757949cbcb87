#pragma once

#include "member_record.h"
#include "remote_member.h"

// Between what a provider tells (RemoteMember) and what the local roster keeps (MemberRecord).
namespace MemberConversion {

// The member as the provider describes it, to keep in workspace `workspaceId`, synced now. An
// Unknown status stays Unknown: MemberMerge keeps what Roster knew.
MemberRecord toRecord(const RemoteMember &member, const QString &workspaceId);
// What a client needs to address a stored member: its provider id (may be empty) and email.
RemoteMember toRemote(const MemberRecord &record);

} // namespace MemberConversion
