#pragma once

#include "member_record.h"
#include "remote_member.h"

// The part of an edit that would change a member as Roster knows them, so that an edit sends
// only what changed (roster-cli member edit, the import's updates).
namespace EffectiveChanges {

// `wanted` without what `current` has already: a one-string field equal to the current value
// (emails compared normalized), a group joined or left already. A field the provider never told
// Roster (MemberRecord::optionalText unset) stays, since it may differ; so does the picture,
// which Roster cannot compare with the provider's.
MemberChanges against(MemberChanges wanted, const MemberRecord &current);

} // namespace EffectiveChanges
