#pragma once

#include "member_status.h"

#include <QString>

// A member's status as the window shows it, translated ("Active", "Pending", "Deactivated",
// "Not listed", "Unknown"), and a sentence explaining it for tool tips. A member whose state is
// Unknown but who never signed in (Heartbeat's lastLogin: null) shows "Never signed in".
QString memberStatusText(MemberStatus status, bool neverSignedIn = false);
QString memberStatusExplanation(MemberStatus status, bool neverSignedIn = false);
