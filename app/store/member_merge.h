#pragma once

#include "member_record.h"

#include <optional>

// What the local roster keeps of a member the provider just described (`fresh`), given what it
// held (`stored`): the provider's word wins, except where it says nothing. Heartbeat tells no
// account state (live), so the state Roster set or saw stays, an Unlisted member listed again
// becomes Unknown; a role that comes by name only keeps the stored id of that name; sign-ins,
// provider id and times the provider does not tell stay as stored. lastSyncedAt is the
// stored one: the caller stamps what it writes.
namespace MemberMerge {

MemberRecord withStored(const MemberRecord &fresh, const std::optional<MemberRecord> &stored);

} // namespace MemberMerge
