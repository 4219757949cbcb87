#pragma once

#include <QString>
#include <optional>
#include <string_view>

// A member's account state, the same words for every provider. Unknown: the provider did not
// say (Heartbeat tells no account state) and Roster has not set or seen it. Unlisted: the
// provider's last complete listing did not list the member, who was deactivated or removed
// outside Roster; the member is kept, never deleted.
enum class MemberStatus
{
    Active,
    Pending,
    Deactivated,
    Unknown,
    Unlisted
};

// "active", "pending", "deactivated", "unknown", "unlisted": the words on the command line and
// in the store.
QString memberStatusId(MemberStatus status);
std::optional<MemberStatus> memberStatusFromId(QStringView id);
// The same, from the store's UTF-8 without a QString.
std::optional<MemberStatus> memberStatusFromId(std::string_view id);

// Which state changes are worth offering: a member whose state is Unknown may be either, an
// Unlisted one was most likely deactivated outside Roster.
constexpr bool memberMayBeReactivated(MemberStatus status)
{
    return status == MemberStatus::Deactivated || status == MemberStatus::Unlisted ||
           status == MemberStatus::Unknown;
}
// Known to be out: deactivated, or no longer listed by a complete listing (deactivated or
// removed outside Roster).
constexpr bool memberIsInactive(MemberStatus status)
{
    return status == MemberStatus::Deactivated || status == MemberStatus::Unlisted;
}
constexpr bool memberMayBeDeactivated(MemberStatus status)
{
    return status == MemberStatus::Active || status == MemberStatus::Pending ||
           status == MemberStatus::Unknown;
}
