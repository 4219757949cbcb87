#pragma once

#include "import_choices.h"
#include "member_service.h"

#include <QPointer>

class Preferences;
class RosterDatabase;

// What every page of the import wizard works with: the workspace's service, the local roster
// (whose journal holds the runs) and the choices made so far. The wizard owns it.
struct ImportWizardContext
{
    QPointer<MemberService> service;
    RosterDatabase *database = nullptr;
    ImportChoices choices;
    // The admin's limit on deactivations without typing the number; null: the default rule.
    const Preferences *preferences = nullptr;

    // The wizard of an undo: the run it puts back (UndoPlanner plans the dry run instead of
    // ImportPlanner), and what the admin includes besides the run's changes.
    struct Undo
    {
        qint64 runId = 0;
        bool includeCreated = false;   // deactivate the members the run created
        bool includeConflicts = false; // put back members changed again since the run
    };
    Undo undo;

    Provider provider() const
    {
        return service ? service->workspace().provider : Provider::Heartbeat;
    }
};
