#pragma once

#include "api_task.h"
#include "member_action.h"
#include "remote_member.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class InlineMessage;
class MemberService;
class QDialogButtonBox;
class QLabel;
class QListWidget;

// Asks which group a selection of members joins or leaves (Heartbeat): the community's groups,
// loaded in the background (MemberService::groups(), with Retry when they fail), each with how
// many of the selected members are in it already. Open it with open(); groupChosen() answers.
class GroupPickerDialog : public QDialog
{
    Q_OBJECT
public:
    // `action`: AddToGroup or RemoveFromGroup. `inGroups`: of the selected members, how many are
    // in each group (by id), as the local roster has it. `service` must outlive the dialog.
    GroupPickerDialog(MemberService *service, MemberAction action, int selected,
                      const QHash<QString, int> &inGroups, QWidget *parent = nullptr);
    ~GroupPickerDialog() override;

    QListWidget *groupList() const { return m_groups; }

public Q_SLOTS:
    void accept() override;
    void loadGroups();

Q_SIGNALS:
    void groupChosen(const NamedRef &group);

private:
    void showGroups(const QList<NamedRef> &groups);
    void updateButtons();

    QPointer<MemberService> m_service;
    MemberAction m_action;
    QHash<QString, int> m_inGroups;
    QLabel *m_question;
    QListWidget *m_groups;
    InlineMessage *m_loadMessage;
    QDialogButtonBox *m_buttons;
    QPointer<ApiTask> m_loading;
};
