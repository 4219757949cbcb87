#include "workspace_connections.h"

#include "member_service.h"
#include "workspace_opener.h"

WorkspaceConnections::WorkspaceConnections(WorkspaceOpener *opener, QObject *parent)
    : QObject(parent), m_opener(opener)
{}

WorkspaceConnections::~WorkspaceConnections()
{
    blockSignals(true);
    for (const Entry &entry : std::as_const(m_entries))
        delete entry.service;
}

void WorkspaceConnections::service(const Workspace &workspace, Ready ready)
{
    Entry &entry = m_entries[workspace.id];
    if (entry.service) {
        QMetaObject::invokeMethod(
            this, [ready, service = entry.service] { ready(service, {}); }, Qt::QueuedConnection);
        return;
    }
    entry.waiting.append(std::move(ready));
    if (entry.waiting.size() > 1)
        return; // the key is being read already
    if (entry.state == State::Unknown)
        setState(workspace.id, State::Connecting);
    const QString id = workspace.id;
    m_opener->open(workspace, [this, id](MemberService *service, const KeyResult &key) {
        auto it = m_entries.find(id);
        if (it == m_entries.end()) { // closed meanwhile
            delete service;
            return;
        }
        const QList<Ready> waiting = std::exchange(it->waiting, {});
        if (!service) {
            setState(id, State::NoKey, key.message);
            for (const Ready &ready : waiting)
                ready(nullptr, key.message);
            return;
        }
        service->setParent(this);
        it->service = service;
        connect(service, &MemberService::syncingChanged, this,
                &WorkspaceConnections::syncingChanged);
        // A service closed mid-sync abandons its sync without a word.
        connect(service, &QObject::destroyed, this, &WorkspaceConnections::syncingChanged);
        Q_EMIT serviceOpened(service);
        for (const Ready &ready : waiting)
            ready(service, {});
    });
}

std::optional<Workspace> WorkspaceConnections::syncingWorkspace() const
{
    for (const Entry &entry : m_entries) {
        if (entry.service && entry.service->isSyncing())
            return entry.service->workspace();
    }
    return std::nullopt;
}

MemberService *WorkspaceConnections::openService(const QString &workspaceId) const
{
    const auto it = m_entries.constFind(workspaceId);
    return it == m_entries.cend() ? nullptr : it->service.data();
}

void WorkspaceConnections::check(const Workspace &workspace)
{
    setState(workspace.id, State::Connecting);
    const QString id = workspace.id;
    service(workspace, [this, id](MemberService *service, const QString &) {
        if (!service)
            return;
        QPointer<WorkspaceConnections> self(this);
        service->testConnection([self, id](const Result<bool> &tested) {
            if (!self)
                return;
            if (tested.ok())
                self->setState(id, State::Connected);
            else
                self->setState(id, State::Failed, tested.error.message);
        });
    });
}

void WorkspaceConnections::close(const QString &workspaceId)
{
    const auto it = m_entries.find(workspaceId);
    if (it == m_entries.end())
        return;
    delete it->service;
    m_entries.erase(it);
    Q_EMIT stateChanged(workspaceId);
}

WorkspaceConnections::State WorkspaceConnections::state(const QString &workspaceId) const
{
    return m_entries.value(workspaceId).state;
}

QString WorkspaceConnections::detail(const QString &workspaceId) const
{
    return m_entries.value(workspaceId).detail;
}

void WorkspaceConnections::setState(const QString &workspaceId, State state, const QString &detail)
{
    Entry &entry = m_entries[workspaceId];
    if (entry.state == state && entry.detail == detail)
        return;
    entry.state = state;
    entry.detail = detail;
    Q_EMIT stateChanged(workspaceId);
}
