#pragma once

#include "workspace.h"
#include "workspace_dialog_context.h"

#include <QObject>

// Removes a workspace the way roster-cli's "workspace remove" does: from the workspaces file,
// then its local roster (the audit log keeps its history), its key for this session and its key
// in the keychain (not in demo mode, where the keychain is never touched).
class WorkspaceRemover : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceRemover(const WorkspaceDialogContext &context, QObject *parent = nullptr);

    // Answers with removed() or failed(), never before returning.
    void remove(const Workspace &workspace);

Q_SIGNALS:
    // The workspace is gone from the file. `warning` says what could not be removed with it (its
    // local roster, its key), empty when everything went.
    void removed(const Workspace &workspace, const QString &warning);
    // Nothing was removed.
    void failed(const QString &message);

private:
    WorkspaceDialogContext m_context;
};
