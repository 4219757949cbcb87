#pragma once

#include "member_status.h"

#include <QString>

// A member's status as the window shows it, translated ("Active", "Pending", "Deactivated",
// "Unknown"), and a sentence explaining it for tool tips.
QString memberStatusText(MemberStatus status);
QString memberStatusExplanation(MemberStatus status);
