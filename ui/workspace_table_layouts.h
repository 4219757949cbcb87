#pragma once

#include "provider.h"

#include <QString>

class MemberTableView;
class Preferences;

// The member table's layout (MemberTableLayout) remembered per workspace: the window shows
// each workspace with the columns, order, widths and sort it last had, or its provider's
// defaults the first time.
class WorkspaceTableLayouts
{
public:
    WorkspaceTableLayouts(Preferences &preferences, MemberTableView &table);

    // Saves the shown workspace's layout, then shows the layout of `workspaceId`.
    void show(const QString &workspaceId, Provider provider);
    // Saves the shown workspace's layout.
    void save();
    // A removed workspace's layout goes with it.
    void forget(const QString &workspaceId);
    const QString &shownWorkspaceId() const { return m_workspaceId; }

private:
    Preferences &m_preferences;
    MemberTableView &m_table;
    QString m_workspaceId;
};
