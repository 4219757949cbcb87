#pragma once

#include <QDialog>

class BulkMemberAction;
class InlineMessage;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// Follows a BulkMemberAction (deactivation, reactivation, or group membership): progress (done of
// total), every failure with the provider's message as it comes, Cancel while it runs (Esc too),
// and at the end a summary with "Retry Failed" when some failed. A run in which every member
// succeeded closes the dialog by itself (the caller reports the result). Open it with open() or
// show(), and start the action whenever.
class BulkActionProgressDialog : public QDialog
{
    Q_OBJECT
public:
    // Takes `action` as its child, so that the run ends with the dialog at the latest.
    explicit BulkActionProgressDialog(BulkMemberAction *action, QWidget *parent = nullptr);

    BulkMemberAction *action() const { return m_action; }

public Q_SLOTS:
    // While the action runs: cancels it and stays open for the summary. Otherwise closes.
    void reject() override;
    void retryFailed();

private:
    void onProgress(int finished, int total);
    void onFailed(const QString &email, const QString &message);
    void onFinished();
    QString title() const;
    QString heading() const;
    QString summary() const;
    void setRunning(bool running);

    BulkMemberAction *m_action;
    QLabel *m_heading = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_failuresLabel = nullptr;
    QTreeWidget *m_failures = nullptr;
    InlineMessage *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};
