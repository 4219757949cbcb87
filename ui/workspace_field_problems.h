#pragma once

#include "workspace.h"

#include <QStringList>

// Workspace::problems() sorted by the field each is about, so that a form shows each next to
// its field. A problem belongs to a field when it goes away once that field alone holds a good
// value; what belongs to no field is in `other`.
struct WorkspaceFieldProblems
{
    QStringList name;
    QStringList apiAddress;
    QStringList communityAddress;
    QStringList businessId;
    QStringList requestBudget;
    QStringList other;

    bool isEmpty() const;
    static WorkspaceFieldProblems of(const Workspace &workspace);
};
