#pragma once

#include "workspace.h"
#include "workspace_connections.h"

#include <QAbstractListModel>
#include <QPointer>

// The workspaces in the window's sidebar: name, provider and connection state.
class WorkspaceListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        WorkspaceIdRole = Qt::UserRole + 1,
        ProviderRole, // Provider as int
        StateRole,    // WorkspaceConnections::State as int
        SubtitleRole  // "Heartbeat · connected"
    };

    explicit WorkspaceListModel(WorkspaceConnections *connections, QObject *parent = nullptr);

    void setWorkspaces(const QList<Workspace> &workspaces);
    const QList<Workspace> &workspaces() const { return m_workspaces; }
    std::optional<Workspace> workspaceAt(int row) const;
    int rowOf(const QString &workspaceId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString stateText(WorkspaceConnections::State state);

private:
    QList<Workspace> m_workspaces;
    QPointer<WorkspaceConnections> m_connections;
};
