#pragma once

#include <QString>
#include <optional>

// A member's account state, the same words for every provider. Unknown: the provider did not
// say (Heartbeat documents no state field).
enum class MemberStatus
{
    Active,
    Pending,
    Deactivated,
    Unknown
};

// "active", "pending", "deactivated", "unknown": the words on the command line and in the store.
QString memberStatusId(MemberStatus status);
std::optional<MemberStatus> memberStatusFromId(QStringView id);
