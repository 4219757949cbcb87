#include "workspace_list_model.h"

#include "provider_icon.h"

using namespace Qt::StringLiterals;

WorkspaceListModel::WorkspaceListModel(WorkspaceConnections *connections, QObject *parent)
    : QAbstractListModel(parent), m_connections(connections)
{
    connect(connections, &WorkspaceConnections::stateChanged, this, [this](const QString &id) {
        const int row = rowOf(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row));
    });
}

void WorkspaceListModel::setWorkspaces(const QList<Workspace> &workspaces)
{
    beginResetModel();
    m_workspaces = workspaces;
    endResetModel();
}

std::optional<Workspace> WorkspaceListModel::workspaceAt(int row) const
{
    if (row < 0 || row >= m_workspaces.size())
        return std::nullopt;
    return m_workspaces.at(row);
}

int WorkspaceListModel::rowOf(const QString &workspaceId) const
{
    for (int row = 0; row < m_workspaces.size(); ++row) {
        if (m_workspaces.at(row).id == workspaceId)
            return row;
    }
    return -1;
}

int WorkspaceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_workspaces.size());
}

QString WorkspaceListModel::stateText(WorkspaceConnections::State state)
{
    switch (state) {
    case WorkspaceConnections::State::Unknown:
        return tr("not connected yet");
    case WorkspaceConnections::State::Connecting:
        return tr("connecting…");
    case WorkspaceConnections::State::Connected:
        return tr("connected");
    case WorkspaceConnections::State::NoKey:
        return tr("no API key");
    case WorkspaceConnections::State::Failed:
        return tr("connection failed");
    }
    return {};
}

QVariant WorkspaceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_workspaces.size())
        return {};
    const Workspace &workspace = m_workspaces.at(index.row());
    const WorkspaceConnections::State state =
        m_connections ? m_connections->state(workspace.id) : WorkspaceConnections::State::Unknown;
    switch (role) {
    case Qt::DisplayRole:
        return workspace.name;
    case SubtitleRole:
        return u"%1 · %2"_s.arg(providerDisplayName(workspace.provider), stateText(state));
    case Qt::ToolTipRole: {
        QString tip = u"%1\n%2\n%3"_s.arg(workspace.name, providerDisplayName(workspace.provider),
                                          workspace.apiBaseUrl.toString());
        const QString detail = m_connections ? m_connections->detail(workspace.id) : QString();
        return detail.isEmpty() ? tip : tip + u"\n\n"_s + detail;
    }
    case Qt::DecorationRole:
        return providerIcon(workspace.provider, state == WorkspaceConnections::State::NoKey ||
                                                    state == WorkspaceConnections::State::Failed);
    case Qt::AccessibleTextRole:
        return u"%1, %2, %3"_s.arg(workspace.name, providerDisplayName(workspace.provider),
                                   stateText(state));
    case WorkspaceIdRole:
        return workspace.id;
    case ProviderRole:
        return int(workspace.provider);
    case StateRole:
        return int(state);
    }
    return {};
}
