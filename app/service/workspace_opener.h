#pragma once

#include "key_result.h"
#include "workspace.h"

#include <QObject>
#include <functional>

class HttpTrace;
class KeyProvider;
class MemberService;
class PacerRegistry;
class QNetworkAccessManager;
class RosterDatabase;

// Makes a workspace ready for use: reads its API key (a key for this run, else the keychain)
// and builds its MemberService on the injected network manager, with the pacer of that key, so
// that every workspace and window using one key shares one pace.
class WorkspaceOpener : public QObject
{
    Q_OBJECT
public:
    // Qt 6.4 opens at most six HTTP/1.1 connections to a host per network manager: more
    // requests in flight would only wait inside Qt, where their timeouts already run.
    static constexpr int ConnectionsPerNetwork = 6;

    // None is owned; all must outlive the opener and the services it makes. Each service spreads
    // its requests over `networks` (at least one), for more connections to its provider.
    WorkspaceOpener(const QList<QNetworkAccessManager *> &networks, KeyProvider *keys,
                    PacerRegistry *pacers, RosterDatabase &db, QObject *parent = nullptr);

    // `done` gets the service, owned by the caller, or nullptr and the keychain's failure.
    // Answers asynchronously, and only while the opener lives.
    using Opened = std::function<void(MemberService *service, const KeyResult &key)>;
    void open(const Workspace &workspace, Opened done);

    // A service on a key the caller already holds (the demo mode, a key just typed in).
    MemberService *openWithKey(const Workspace &workspace, const QString &key,
                               QObject *parent = nullptr);

    // The services opened from now on trace every request and answer there (--trace-http);
    // not owned, may be null.
    void setTrace(const HttpTrace *trace) { m_trace = trace; }

private:
    QList<QNetworkAccessManager *> m_networks;
    KeyProvider *m_keys;
    PacerRegistry *m_pacers;
    RosterDatabase &m_db;
    const HttpTrace *m_trace = nullptr;
};
