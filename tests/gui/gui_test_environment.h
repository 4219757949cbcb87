#pragma once

#include "api_session.h"
#include "key_provider.h"
#include "key_store.h"
#include "member_service.h"
#include "roster_database.h"
#include "sandbox_process.h"
#include "session_keys.h"
#include "workspace_dialog_context.h"
#include "workspace_opener.h"
#include "workspace_store.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// What a dialog test runs against: a real roster-sandbox, the real keychain of
// tests/run-with-keyring.sh, and the workspaces file and SQLite roster in a temporary directory
// of its own (XDG_CONFIG_HOME and XDG_DATA_HOME point there too).
class GuiTestEnvironment
{
public:
    explicit GuiTestEnvironment(const QStringList &sandboxArguments = {});
    ~GuiTestEnvironment();

    // Empty when ready, else why not.
    QString start();

    SandboxProcess &sandbox() { return *m_sandbox; }
    QString apiKey() const { return QString::fromUtf8(m_sandbox->apiKey()); }
    QString root() const { return m_dir.path(); }
    QString workspacesPath() const;

    WorkspaceStore &store() { return *m_store; }
    RosterDatabase &database() { return *m_database; }
    KeyStore &keyStore() { return m_keyStore; }
    SessionKeys &sessionKeys() { return m_sessionKeys; }
    WorkspaceOpener &opener() { return *m_opener; }
    WorkspaceDialogContext context(bool demoMode = false);

    // A workspace at this sandbox's address for `provider`, with a budget that keeps tests quick.
    Workspace workspaceFor(Provider provider, const QString &name);
    QUrl apiAddress(Provider provider) const;
    // A service on the sandbox's key (or `key`), owned by the caller.
    MemberService *service(const Workspace &workspace, const QString &key = {});

    // The keychain's answer for `workspaceId`, waited for.
    KeyResult readKey(const QString &workspaceId);
    KeyResult writeKey(const QString &workspaceId, const QString &key);
    // Deletes the keychain's key for `workspaceId` when the environment goes, for keys that a
    // dialog wrote.
    void deleteKeyAtEnd(const QString &workspaceId) { m_writtenKeys << workspaceId; }
    // Every file under the temporary directory whose bytes contain `needle`.
    QStringList filesContaining(const QByteArray &needle) const;
    // Runs a service call to its end.
    template <typename T, typename Start> Result<T> wait(Start start);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<RosterDatabase> m_database;
    KeyStore m_keyStore;
    SessionKeys m_sessionKeys;
    KeyProvider m_keyProvider{&m_keyStore, &m_sessionKeys};
    PacerRegistry m_pacers;
    QNetworkAccessManager m_network;
    std::unique_ptr<WorkspaceOpener> m_opener;
    QStringList m_writtenKeys;
};

template <typename T, typename Start> Result<T> GuiTestEnvironment::wait(Start start)
{
    std::optional<Result<T>> result;
    start([&result](const Result<T> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30'000))
        qFatal("a service call did not finish");
    return *result;
}
