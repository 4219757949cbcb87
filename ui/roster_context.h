#pragma once

#include <QObject>
#include <memory>
#include <vector>

class AvatarCache;
class HttpTrace;
class KeyProvider;
class KeyStore;
class PacerRegistry;
class Preferences;
class QNetworkAccessManager;
class RosterDatabase;
class RunLog;
class SecretClipboard;
class SessionKeys;
class WorkspaceConnections;
class WorkspaceOpener;
class WorkspaceStore;

// Where one run of the window keeps its things: the user's own files, or the demo's throwaway
// ones.
struct RosterPaths
{
    QString workspacesFile;
    QString databaseFile;
    QString settingsFile; // empty: the user's own QSettings
    bool demo = false;    // keys for this session only, never the keychain

    // Where members' pictures are kept: the user's cache directory, or beside the demo's files.
    QString avatarDirectory() const;

    static RosterPaths usersOwn();
};

// Everything the window's parts share for one run, made once at start and passed down: no
// globals. Owns the stores, the keys, the network managers and pacers, the services of the
// workspaces, the secret clipboard, the members' pictures and the log.
class RosterContext : public QObject
{
    Q_OBJECT
public:
    explicit RosterContext(const RosterPaths &paths, QObject *parent = nullptr);
    ~RosterContext() override;

    // Reads the workspaces and opens the local roster; `*error` names the file when one fails.
    bool open(QString *error);

    const RosterPaths &paths() const { return m_paths; }
    bool isDemo() const { return m_paths.demo; }
    WorkspaceStore &workspaces() { return *m_workspaces; }
    RosterDatabase &database() { return *m_database; }
    KeyStore &keyStore() { return *m_keyStore; }
    SessionKeys &sessionKeys() { return *m_sessionKeys; }
    WorkspaceOpener &opener() { return *m_opener; }
    WorkspaceConnections &connections() { return *m_connections; }
    Preferences &preferences() { return *m_preferences; }
    RunLog &log() { return *m_log; }
    SecretClipboard &clipboard() { return *m_clipboard; }
    AvatarCache &avatars() { return *m_avatars; }

private:
    RosterPaths m_paths;
    std::unique_ptr<RunLog> m_log;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<WorkspaceStore> m_workspaces;
    std::unique_ptr<RosterDatabase> m_database;
    std::unique_ptr<KeyStore> m_keyStore;
    std::unique_ptr<SessionKeys> m_sessionKeys;
    std::unique_ptr<KeyProvider> m_keyProvider;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_networks;
    std::unique_ptr<PacerRegistry> m_pacers;
    std::unique_ptr<HttpTrace> m_trace; // ROSTER_TRACE_HTTP=1
    std::unique_ptr<WorkspaceOpener> m_opener;
    std::unique_ptr<WorkspaceConnections> m_connections;
    std::unique_ptr<SecretClipboard> m_clipboard;
    std::unique_ptr<AvatarCache> m_avatars;
};
