#include "workspace_remover.h"

#include "key_store.h"
#include "member_repository.h"
#include "session_keys.h"
#include "workspace_saver.h"
#include "workspace_store.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

WorkspaceRemover::WorkspaceRemover(const WorkspaceDialogContext &context, QObject *parent)
    : QObject(parent), m_context(context)
{}

void WorkspaceRemover::remove(const Workspace &workspace)
{
    QString error;
    // By its name as the file has it now, should another window have renamed it.
    const std::optional<Workspace> current = m_context.store->findById(workspace.id);
    const std::optional<Workspace> removed =
        m_context.store->removeByName(current ? current->name : workspace.name, &error);
    if (!removed) {
        QTimer::singleShot(0, this, [this, error] { Q_EMIT failed(error); });
        return;
    }
    QStringList warnings;
    if (m_context.database &&
        !MemberRepository(*m_context.database).removeWorkspace(removed->id, &error))
        warnings << tr("Its local roster could not be removed: %1").arg(error);
    m_context.sessionKeys->remove(removed->id);
    if (m_context.demoMode) {
        QTimer::singleShot(0, this, [this, removed, warnings] {
            Q_EMIT this->removed(*removed, warnings.join(u' '));
        });
        return;
    }
    QPointer<WorkspaceRemover> self(this);
    m_context.keyStore->deleteKey(removed->id, [self, removed, warnings](const KeyResult &deleted) {
        if (!self)
            return;
        QStringList all = warnings;
        if (!deleted.ok)
            all << tr("Its API key could not be deleted from the keychain: %1")
                       .arg(WorkspaceSaver::keychainMessage(deleted.message));
        Q_EMIT self->removed(*removed, all.join(u' '));
    });
}
