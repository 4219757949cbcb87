#pragma once

#include "member_action.h"

#include <QMessageBox>
#include <QStringList>

// Asks before deactivating or reactivating one member or a selection, naming who (up to
// MaxNamed addresses, then "and N more") and how many. Deactivation is worded as the
// destructive step it is, and Cancel is its default button. Open it with open(); confirmed()
// says go ahead.
class ConfirmMemberActionDialog : public QMessageBox
{
    Q_OBJECT
public:
    static constexpr int MaxNamed = 5;

    ConfirmMemberActionDialog(MemberAction action, const QStringList &emails,
                              const QString &workspaceName, QWidget *parent = nullptr);

    QPushButton *actionButton() const { return m_actionButton; }

    // "Deactivate 12 members of Acme?" / "Deactivate anna@example.com?"
    static QString question(MemberAction action, const QStringList &emails,
                            const QString &workspaceName);
    // The first MaxNamed addresses, one a line, then "and N more".
    static QString whoList(const QStringList &emails);
    // What the action does to the members.
    static QString consequence(MemberAction action, qsizetype count);

Q_SIGNALS:
    void confirmed();

private:
    QPushButton *m_actionButton = nullptr;
};
