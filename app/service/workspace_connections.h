#pragma once

#include "workspace.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class MemberService;
class WorkspaceOpener;

// The services of the workspaces one window works with, each made when first needed, and what
// is known of each workspace's connection: for the workspace list and the status bar.
class WorkspaceConnections : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Unknown,    // not asked yet
        Connecting, // reading the key, or testing the connection
        Connected,  // the provider accepted the key
        NoKey,      // the keychain holds no key, or cannot be reached
        Failed      // wrong key, unreachable, TLS, ...
    };
    Q_ENUM(State)

    // The opener is not owned and must outlive this object.
    explicit WorkspaceConnections(WorkspaceOpener *opener, QObject *parent = nullptr);
    ~WorkspaceConnections() override;

    using Ready = std::function<void(MemberService *service, const QString &error)>;
    // The workspace's service, opened first when needed (reading its key). `ready` runs once,
    // asynchronously, with the service or nullptr and why not.
    void service(const Workspace &workspace, Ready ready);
    // The open service, or nullptr.
    MemberService *openService(const QString &workspaceId) const;
    // Opens the service and makes one cheap call to tell the connection's state.
    void check(const Workspace &workspace);
    // Forgets the workspace's service (after an edit, a new key, or its removal).
    void close(const QString &workspaceId);

    State state(const QString &workspaceId) const;
    // Why it failed, for a tooltip; empty unless NoKey or Failed.
    QString detail(const QString &workspaceId) const;
    // The workspace whose sync is running, if one is: its transaction holds the roster
    // database's write lock, for every workspace in the file (MemberService::isSyncing()).
    std::optional<Workspace> syncingWorkspace() const;

Q_SIGNALS:
    void stateChanged(const QString &workspaceId);
    void serviceOpened(MemberService *service);
    // syncingWorkspace() may have changed.
    void syncingChanged();

private:
    struct Entry
    {
        QPointer<MemberService> service;
        State state = State::Unknown;
        QString detail;
        QList<Ready> waiting;
    };

    void setState(const QString &workspaceId, State state, const QString &detail = {});

    WorkspaceOpener *m_opener;
    QHash<QString, Entry> m_entries;
};
