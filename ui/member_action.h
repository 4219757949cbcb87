#pragma once

#include "capabilities.h"

// What an admin does to one member or a selection at once, in the window and in bulk.
enum class MemberAction
{
    Deactivate,
    Reactivate,
    AddToGroup,
    RemoveFromGroup
};

inline MemberOperation operationOf(MemberAction action)
{
    switch (action) {
    case MemberAction::Deactivate:
        return MemberOperation::Deactivate;
    case MemberAction::Reactivate:
        return MemberOperation::Reactivate;
    case MemberAction::AddToGroup:
    case MemberAction::RemoveFromGroup:
        break;
    }
    return MemberOperation::GroupMembership;
}

inline bool isGroupAction(MemberAction action)
{
    return operationOf(action) == MemberOperation::GroupMembership;
}
