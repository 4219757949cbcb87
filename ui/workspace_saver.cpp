#include "workspace_saver.h"

#include "key_store.h"
#include "keychain_failure.h"
#include "session_keys.h"
#include "workspace_store.h"

#include <QPointer>
#include <QTimer>

WorkspaceSaver::WorkspaceSaver(const WorkspaceDialogContext &context, QObject *parent)
    : QObject(parent), m_context(context)
{}

QString WorkspaceSaver::keychainMessage(const QString &message)
{
    QString text = message;
    text.remove(KeychainFailure::forThisRunHint());
    return text.trimmed();
}

void WorkspaceSaver::save(const Workspace &workspace, bool isNew, const QString &key)
{
    if (m_context.demoMode || key.isEmpty()) {
        if (!key.isEmpty())
            return saveForThisSession(workspace, isNew, key);
        m_busy = true;
        // Answered on the next turn, like every other path through here.
        QTimer::singleShot(0, this,
                           [this, workspace, isNew] { writeWorkspace(workspace, isNew, false); });
        return;
    }
    m_busy = true;
    QPointer<WorkspaceSaver> self(this);
    KeyStore *keys = m_context.keyStore;
    const QString id = workspace.id;
    keys->writeKey(id, key, [self, keys, workspace, isNew, id](const KeyResult &stored) {
        if (!self) {
            // Nobody waits for this key any more: leave no key without its workspace.
            if (stored.ok && isNew)
                keys->deleteKey(id, [](const KeyResult &) {});
            return;
        }
        if (!stored.ok) {
            self->m_busy = false;
            Q_EMIT self->failed(keychainMessage(stored.message),
                                stored.error == KeyResult::Error::NoKeychain);
            return;
        }
        // The keychain's key is the one to use from now on.
        self->m_context.sessionKeys->remove(id);
        self->writeWorkspace(workspace, isNew, true);
    });
}

void WorkspaceSaver::saveForThisSession(const Workspace &workspace, bool isNew, const QString &key)
{
    m_busy = true;
    m_context.sessionKeys->setKey(workspace.id, key);
    QTimer::singleShot(0, this,
                       [this, workspace, isNew] { writeWorkspace(workspace, isNew, false); });
}

void WorkspaceSaver::writeWorkspace(const Workspace &workspace, bool isNew, bool keyWritten)
{
    QString error;
    const bool written = isNew ? m_context.store->add(workspace, &error)
                               : m_context.store->update(workspace, &error);
    m_busy = false;
    if (written) {
        Q_EMIT saved(workspace, keyWritten);
        return;
    }
    if (isNew) {
        m_context.sessionKeys->remove(workspace.id);
        if (keyWritten) {
            // Take the key back out, so that no key is left without its workspace.
            m_context.keyStore->deleteKey(workspace.id, [](const KeyResult &) {});
        }
    }
    Q_EMIT failed(error, false);
}
