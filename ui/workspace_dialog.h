#pragma once

#include "api_error.h"
#include "workspace.h"
#include "workspace_dialog_context.h"

#include <QDialog>
#include <optional>

class ConnectionTester;
class InlineMessage;
class QDialogButtonBox;
class QProgressBar;
class QPushButton;
class WorkspaceForm;
class WorkspaceRemover;
class WorkspaceSaver;

// Adds or edits a workspace: its fields with their problems shown inline (OK stays disabled
// while any is left), "Test connection" on the key typed or the stored one, and on OK the key
// to the keychain first and the workspace to the workspaces file once the key is there. When no
// keychain answers it offers to keep the key for this session only. On edit, "Remove…" removes
// the workspace, its key and its local roster after a confirmation naming it.
//
// Open it with open() or show(); it answers through its signals and closes itself once saved.
class WorkspaceDialog : public QDialog
{
    Q_OBJECT
public:
    // A new workspace.
    explicit WorkspaceDialog(const WorkspaceDialogContext &context, QWidget *parent = nullptr);
    // Edits `existing`: its provider is fixed; an empty key field keeps the stored key.
    WorkspaceDialog(const WorkspaceDialogContext &context, const Workspace &existing,
                    QWidget *parent = nullptr);
    ~WorkspaceDialog() override;

    WorkspaceForm *form() const { return m_form; }

public Q_SLOTS:
    // OK: saves when the form is valid, and closes once saved.
    void accept() override;
    // Cancel and Esc: stops a running connection test first, then closes.
    void reject() override;
    void testConnection();

Q_SIGNALS:
    // The workspace is in the workspaces file; `keyInKeychain` is false when its key is kept for
    // this session only (the demo mode, or no keychain) or was left as it was.
    void workspaceSaved(const Workspace &workspace, bool keyInKeychain);
    // The workspace is gone from the workspaces file (with its key and local roster, unless
    // `warning` says otherwise).
    void workspaceRemoved(const Workspace &workspace, const QString &warning);

private:
    void build();
    void updateButtons();
    void setSaving(bool saving);
    void onTestSucceeded(const QString &message);
    void onTestFailed(ApiErrorKind kind, const QString &message);
    void onSaveFailed(const QString &message, bool noKeychain);
    void useKeyForThisSession();
    void confirmRemove();
    void onRemoved(const Workspace &workspace, const QString &warning);

    WorkspaceDialogContext m_context;
    std::optional<Workspace> m_existing;
    WorkspaceForm *m_form = nullptr;
    ConnectionTester *m_tester = nullptr;
    WorkspaceSaver *m_saver = nullptr;
    WorkspaceRemover *m_remover = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_cancelTestButton = nullptr;
    QProgressBar *m_testBusy = nullptr;
    InlineMessage *m_testResult = nullptr;
    InlineMessage *m_saveMessage = nullptr;
    QProgressBar *m_saveBusy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_removeButton = nullptr;
    bool m_saving = false;
    bool m_removed = false;
};
