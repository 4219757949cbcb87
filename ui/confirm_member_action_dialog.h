#pragma once

#include "confirm.h"
#include "member_action.h"

#include <QMessageBox>
#include <QStringList>

// Asks before deactivating, reactivating, adding to a group or removing from a group one member
// or a selection, naming who (up to MaxNamed addresses, then "and N more") and how many: a
// Confirm box (ConfirmSpec) with the member's words. Deactivation and removal from a group are
// worded as the destructive steps they are, and Cancel is their default button. Open it with
// open(); confirmed() says go ahead.
class ConfirmMemberActionDialog : public QMessageBox
{
    Q_OBJECT
public:
    static constexpr int MaxNamed = 5;

    // Deactivate or Reactivate.
    ConfirmMemberActionDialog(MemberAction action, const QStringList &emails,
                              const QString &workspaceName, QWidget *parent = nullptr);
    // AddToGroup or RemoveFromGroup, for the group called `groupName`.
    ConfirmMemberActionDialog(MemberAction action, const QStringList &emails,
                              const QString &workspaceName, const QString &groupName,
                              QWidget *parent = nullptr);

    QPushButton *actionButton() const { return m_actionButton; }
    // Of `selected` members, those beyond the ones asked about are left alone: says how many
    // and why, first ("184 of 200 will be deactivated; 16 are already deactivated.").
    void setSelectedCount(int selected);

    // The words of setSelectedCount(), or nothing when none is left alone.
    static QString skippedNote(MemberAction action, int count, int selected,
                               const QString &groupName = {});

    static ConfirmSpec spec(MemberAction action, const QStringList &emails,
                            const QString &workspaceName, const QString &groupName = {});
    // "Deactivate 12 members of Acme?" / "Deactivate anna@example.com in Acme?" / "Add 12
    // members of Acme to the group Mentors?"
    static QString question(MemberAction action, const QStringList &emails,
                            const QString &workspaceName, const QString &groupName = {});
    // The first MaxNamed addresses, one a line, then "and N more".
    static QString whoList(const QStringList &emails);
    // The same of `total` members, of whom `firstEmails` are the first (any number of them).
    static QString whoList(const QStringList &firstEmails, qint64 total);
    // What the action does to the members.
    static QString consequence(MemberAction action, qsizetype count);

Q_SIGNALS:
    void confirmed();

private:
    QPushButton *m_actionButton = nullptr;
    MemberAction m_action;
    int m_count = 0;
    QString m_groupName;
};
