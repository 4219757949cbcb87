#pragma once

#include "import_choices.h"
#include "member_service.h"

#include <QPointer>

class RosterDatabase;

// What every page of the import wizard works with: the workspace's service, the local roster
// (whose journal holds the runs) and the choices made so far. The wizard owns it.
struct ImportWizardContext
{
    QPointer<MemberService> service;
    RosterDatabase *database = nullptr;
    ImportChoices choices;

    Provider provider() const
    {
        return service ? service->workspace().provider : Provider::Heartbeat;
    }
};
