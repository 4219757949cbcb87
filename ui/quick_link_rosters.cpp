#include "quick_link_rosters.h"

#include "member_table_model.h"
#include "roster_context.h"
#include "workspace_store.h"

QuickLinkRosters::QuickLinkRosters(RosterContext &context, const MemberTableModel *shown,
                                   QObject *parent)
    : QObject(parent), m_context(context), m_shown(shown)
{}

QuickLinkRosters::~QuickLinkRosters() = default;

void QuickLinkRosters::reload()
{
    const QList<Workspace> &workspaces = m_context.workspaces().workspaces();
    for (auto it = m_others.begin(); it != m_others.end();) {
        const bool gone = std::none_of(workspaces.begin(), workspaces.end(),
                                       [&](const Workspace &w) { return w.id == it->first; });
        if (gone || it->first == m_shown->workspaceId()) {
            it->second->deleteLater();
            it = m_others.erase(it);
        } else {
            ++it;
        }
    }
    for (const Workspace &workspace : workspaces) {
        if (workspace.id == m_shown->workspaceId())
            continue;
        MemberTableModel *&model = m_others[workspace.id];
        if (!model) {
            model = new MemberTableModel(this);
            connect(model, &MemberTableModel::loadFinished, this, &QuickLinkRosters::loaded);
        }
        model->load(m_context.paths().databaseFile, workspace.id);
    }
}

QList<QuickLinkRosters::Roster> QuickLinkRosters::rosters() const
{
    QList<Roster> rosters;
    const QList<Workspace> &workspaces = m_context.workspaces().workspaces();
    for (const Workspace &workspace : workspaces) {
        if (workspace.id == m_shown->workspaceId())
            rosters.prepend({workspace, m_shown});
        else if (const auto it = m_others.find(workspace.id); it != m_others.end())
            rosters.append({workspace, it->second});
    }
    return rosters;
}
