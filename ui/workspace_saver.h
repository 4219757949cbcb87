#pragma once

#include "workspace.h"
#include "workspace_dialog_context.h"

#include <QObject>

// Saves a workspace the way roster-cli's "workspace add" and "workspace edit" do: the key goes
// to the keychain first (asynchronously), and only once it is there is the workspace written to
// the workspaces file; a workspace that cannot be written takes its new key back out. In demo
// mode, and on saveForThisSession(), the key goes to SessionKeys only.
class WorkspaceSaver : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceSaver(const WorkspaceDialogContext &context, QObject *parent = nullptr);

    // `isNew`: add, else update by id. `key` empty (edit only): the stored key stays.
    void save(const Workspace &workspace, bool isNew, const QString &key);
    // After failed() with noKeychain: the key for this session only, the workspace saved
    // without a key in the keychain.
    void saveForThisSession(const Workspace &workspace, bool isNew, const QString &key);
    bool isBusy() const { return m_busy; }

    // The keychain's fix without roster-cli's hint about --key-stdin, for a window that offers
    // a button instead.
    static QString keychainMessage(const QString &message);

Q_SIGNALS:
    void saved(const Workspace &workspace, bool keyInKeychain);
    // Nothing was saved. `noKeychain`: no keychain answered at all, so a key for this session
    // only can be offered.
    void failed(const QString &message, bool noKeychain);

private:
    void writeWorkspace(const Workspace &workspace, bool isNew, bool keyWritten);

    WorkspaceDialogContext m_context;
    bool m_busy = false;
};
