#include "quick_link_rosters.h"

#include "member_service.h"
#include "member_table_model.h"
#include "roster_context.h"
#include "workspace_connections.h"
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
            m_fresh.remove(it->first);
            it = m_others.erase(it);
        } else {
            ++it;
        }
    }
    for (const Workspace &workspace : workspaces) {
        if (workspace.id == m_shown->workspaceId())
            continue;
        watch(workspace.id);
        MemberTableModel *&model = m_others[workspace.id];
        if (!model) {
            model = new MemberTableModel(this);
            const QString id = workspace.id;
            connect(model, &MemberTableModel::loadFinished, this, [this, id] {
                m_fresh.insert(id);
                Q_EMIT loaded();
            });
        }
        if (!m_fresh.contains(workspace.id) && !model->isLoading())
            model->load(m_context.paths().databaseFile, workspace.id);
    }
}

void QuickLinkRosters::watch(const QString &workspaceId)
{
    MemberService *service = m_context.connections().openService(workspaceId);
    if (!service || m_watched.contains(workspaceId))
        return;
    m_watched.insert(workspaceId);
    // What it did before it was watched is unknown.
    m_fresh.remove(workspaceId);
    auto changed = [this, workspaceId] { m_fresh.remove(workspaceId); };
    connect(service, &MemberService::memberStored, this, changed);
    connect(service, &MemberService::rosterSynced, this, changed);
    connect(service, &QObject::destroyed, this,
            [this, workspaceId] { m_watched.remove(workspaceId); });
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
