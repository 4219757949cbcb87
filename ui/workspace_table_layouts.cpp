#include "workspace_table_layouts.h"

#include "member_table_layout.h"
#include "member_table_view.h"
#include "preferences.h"

WorkspaceTableLayouts::WorkspaceTableLayouts(Preferences &preferences, MemberTableView &table)
    : m_preferences(preferences), m_table(table)
{}

void WorkspaceTableLayouts::show(const QString &workspaceId, Provider provider)
{
    if (workspaceId == m_workspaceId)
        return;
    save();
    m_workspaceId = workspaceId;
    const MemberTableLayout defaults =
        MemberTableLayout::defaultFor(provider, m_table.fontMetrics());
    const std::optional<MemberTableLayout> saved =
        MemberTableLayout::fromJson(m_preferences.tableLayout(workspaceId), defaults);
    m_table.setColumnLayout(saved.value_or(defaults), provider);
}

void WorkspaceTableLayouts::save()
{
    if (!m_workspaceId.isEmpty())
        m_preferences.setTableLayout(m_workspaceId, m_table.columnLayout().toJson());
}

void WorkspaceTableLayouts::forget(const QString &workspaceId)
{
    m_preferences.removeTableLayout(workspaceId);
    if (workspaceId == m_workspaceId)
        m_workspaceId.clear();
}
