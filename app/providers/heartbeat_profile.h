#pragma once

#include "remote_member.h"

#include <QJsonObject>

// Heartbeat's member as JSON, both ways: the user object of its answers (the live shape of
// NOTES.md), and the profile fields of its create and update bodies.
namespace HeartbeatProfile {

// A user object: role as its name, groups as [{name, id}], lastLogin null for a member who
// never signed in, the avatar's URL, socialLinks, and no account state (Unknown). The status
// line is read where an answer has one ("status"); the live object has none.
std::optional<RemoteMember> memberFrom(const QJsonValue &value);

// The member as a create leaves it, for when Heartbeat cannot be asked.
RemoteMember memberFromNew(const NewMember &member, const QString &name);

// The optional profile fields of a create: each one given (never an empty one).
void addProfile(QJsonObject &body, const NewMember &member);
// The profile fields `changes` sets, an empty string to clear one (live).
void addChanges(QJsonObject &body, const MemberChanges &changes);
// Whether a pending create must be followed by an update: PUT /pendingUser takes the picture
// and the bio, but not the status line or the social links, which are these changes.
bool pendingCreateLeavesOut(const NewMember &member);
MemberChanges leftOutOfPendingCreate(const NewMember &member);

// `read` (the member as Heartbeat tells after a write) with what the write set where the
// answer is silent or cannot be trusted to show it yet: the fields `changes` sent.
RemoteMember withChanges(RemoteMember read, const MemberChanges &changes);

} // namespace HeartbeatProfile
