#include "confirm_member_action_dialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

ConfirmMemberActionDialog::ConfirmMemberActionDialog(MemberAction action, const QStringList &emails,
                                                     const QString &workspaceName, QWidget *parent)
    : QMessageBox(parent)
{
    const bool deactivating = action == MemberAction::Deactivate;
    const qsizetype count = emails.size();
    setObjectName(u"confirmMemberActionDialog"_s);
    setIcon(deactivating ? QMessageBox::Warning : QMessageBox::Question);
    setWindowTitle(deactivating ? tr("Deactivate Members?") : tr("Reactivate Members?"));
    setAccessibleName(windowTitle());
    setText(question(action, emails, workspaceName));
    QString details = consequence(action, count);
    if (count > 1)
        details = whoList(emails) + u"\n\n"_s + details;
    setInformativeText(details);

    // English source texts without "(s)": a count of one has words of its own.
    QString button;
    if (deactivating)
        button = count == 1 ? tr("&Deactivate Member")
                            : tr("&Deactivate %n Members", nullptr, int(count));
    else
        button = count == 1 ? tr("&Reactivate Member")
                            : tr("&Reactivate %n Members", nullptr, int(count));
    m_actionButton =
        addButton(button, deactivating ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
    m_actionButton->setObjectName(u"confirmActionButton"_s);
    m_actionButton->setAccessibleName(QString(m_actionButton->text()).remove(u'&'));
    QPushButton *cancel = addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"cancelActionButton"_s);
    cancel->setAccessibleName(tr("Cancel"));
    setEscapeButton(cancel);
    // Deactivation is the step to think twice about: Enter alone does not take it.
    setDefaultButton(deactivating ? cancel : m_actionButton);
    connect(m_actionButton, &QPushButton::clicked, this, &ConfirmMemberActionDialog::confirmed);
}

QString ConfirmMemberActionDialog::question(MemberAction action, const QStringList &emails,
                                            const QString &workspaceName)
{
    const int count = int(emails.size());
    if (action == MemberAction::Deactivate) {
        if (count == 1)
            return tr("Deactivate %1 in %2?").arg(emails.first(), workspaceName);
        return tr("Deactivate %n members of %1?", nullptr, count).arg(workspaceName);
    }
    if (count == 1)
        return tr("Reactivate %1 in %2?").arg(emails.first(), workspaceName);
    return tr("Reactivate %n members of %1?", nullptr, count).arg(workspaceName);
}

QString ConfirmMemberActionDialog::whoList(const QStringList &emails)
{
    QStringList lines = emails.mid(0, MaxNamed);
    const int more = int(emails.size()) - int(lines.size());
    if (more > 0)
        lines << tr("and %n more", nullptr, more);
    return lines.join(u'\n');
}

QString ConfirmMemberActionDialog::consequence(MemberAction action, qsizetype count)
{
    if (action == MemberAction::Deactivate)
        return tr("They can no longer sign in until they are reactivated. Their profiles and "
                  "posts are kept.",
                  nullptr, int(count));
    return tr("They can sign in again.", nullptr, int(count));
}
