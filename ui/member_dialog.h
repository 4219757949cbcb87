#pragma once

#include "api_task.h"
#include "member_field.h"
#include "member_record.h"

#include <QDialog>
#include <QPointer>
#include <optional>
class AvatarCache;
class InlineMessage;
class MemberForm;
#include "member_service.h"
class QDialogButtonBox;
class QLabel;
class QProgressBar;
struct ApiError;

// Adds or edits one member of the service's workspace. The fields are the provider's (see
// MemberForm), checked as the user types; OK stays disabled while one is wrong. Heartbeat's
// roles and groups load in the background, with Retry when they fail. On OK the dialog runs the
// create or update itself: busy meanwhile, Cancel cancels the call; a failure keeps it open
// with the provider's message (next to the field it names when it names one) and Retry; a
// success emits memberSaved() and closes.
//
// Open it with open() or show(); it answers through memberSaved().
class MemberDialog : public QDialog
{
    Q_OBJECT
public:
    // A new member. `service` is not owned and must outlive the dialog.
    explicit MemberDialog(MemberService *service, QWidget *parent = nullptr);
    // Edits `member` (as the local roster has it).
    MemberDialog(MemberService *service, const MemberRecord &member, QWidget *parent = nullptr);
    ~MemberDialog() override;

    MemberForm *form() const { return m_form; }
    // Edit: where the member's current picture comes from, to show it (not owned).
    void setAvatarCache(AvatarCache *cache);
    bool isBusy() const { return m_saveTask != nullptr; }

public Q_SLOTS:
    // OK: sends the create or update when the fields are valid.
    void accept() override;
    // Cancel and Esc: cancels a running create or update (the dialog stays open to say what
    // became of it); otherwise closes.
    void reject() override;
    // Loads again whichever of the roles and groups failed to load.
    void retryLoading();

Q_SIGNALS:
    void memberSaved(const MemberRecord &member);
    // Add: the user asked to open the member the local roster already holds with the typed
    // email; the dialog closes.
    void openExistingRequested(const QString &email);

private:
    void build();
    void loadRoles();
    void loadGroups();
    void showLoadFailure();
    void updateButtons();
    void setBusy(bool busy, const QString &what = {});
    void onSaved(const MemberRecord &member);
    void onSaveFailed(const ApiError &error);
    void onFieldEdited(MemberField field);
    void checkDuplicate();

    QPointer<MemberService> m_service;
    std::optional<MemberRecord> m_existing;
    MemberForm *m_form = nullptr;
    InlineMessage *m_loadMessage = nullptr;
    InlineMessage *m_saveMessage = nullptr;
    InlineMessage *m_duplicateMessage = nullptr;
    // The field the save message is about: it goes when that field changes.
    MemberField m_saveMessageField = MemberField::None;
    QString m_duplicateEmail;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_busyLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPointer<ApiTask> m_rolesTask;
    QPointer<ApiTask> m_groupsTask;
    QPointer<ApiTask> m_saveTask;
    QString m_rolesError;
    QString m_groupsError;
};
