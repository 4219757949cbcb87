#pragma once

#include "capabilities.h"

// What an admin does to one member or a selection at once, in the window and in bulk.
enum class MemberAction
{
    Deactivate,
    Reactivate
};

inline MemberOperation operationOf(MemberAction action)
{
    return action == MemberAction::Deactivate ? MemberOperation::Deactivate
                                              : MemberOperation::Reactivate;
}
