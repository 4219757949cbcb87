#pragma once

#include "workspace.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <memory>

class SandboxHost;

// `roster --demo`: the sandbox inside Roster on 127.0.0.1, three demo communities (one per
// provider) full of demo members, and a throwaway directory for the workspaces file and the local
// roster, so that nothing of the demo reaches the user's own files. The demo key is random, held
// in memory only and never given to the keychain.
class DemoEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(DemoEnvironment)
public:
    static constexpr int MembersPerProvider = 200;

    DemoEnvironment();
    ~DemoEnvironment();
    Q_DISABLE_COPY_MOVE(DemoEnvironment)

    // Starts the sandbox (`port` 0 picks a free one), writes the demo workspaces into the
    // throwaway directory and fills the local roster of the Beam.gg community, which cannot be
    // listed, with its members as if looked up.
    bool start(quint16 port, QString *error);

    QString key() const;
    QString baseUrl() const;
    const QList<Workspace> &workspaces() const { return m_workspaces; }
    QString workspacesFile() const;
    QString databaseFile() const;

private:
    bool seedBeamRoster(const Workspace &beam, QString *error);

    QTemporaryDir m_directory;
    std::unique_ptr<SandboxHost> m_host;
    QList<Workspace> m_workspaces;
};
