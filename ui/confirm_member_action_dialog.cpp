#include "confirm_member_action_dialog.h"

#include <QPushButton>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

ConfirmMemberActionDialog::ConfirmMemberActionDialog(MemberAction action, const QStringList &emails,
                                                     const QString &workspaceName, QWidget *parent)
    : ConfirmMemberActionDialog(action, emails, workspaceName, QString(), parent)
{}

ConfirmMemberActionDialog::ConfirmMemberActionDialog(MemberAction action, const QStringList &emails,
                                                     const QString &workspaceName,
                                                     const QString &groupName, QWidget *parent)
    : QMessageBox(parent), m_action(action), m_count(int(emails.size())), m_groupName(groupName)
{
    m_actionButton = Confirm::setUp(this, spec(action, emails, workspaceName, groupName));
    connect(m_actionButton, &QPushButton::clicked, this, &ConfirmMemberActionDialog::confirmed);
}

void ConfirmMemberActionDialog::setSelectedCount(int selected)
{
    const QString note = skippedNote(m_action, m_count, selected, m_groupName);
    if (!note.isEmpty())
        setInformativeText(note + u"\n\n"_s + informativeText());
}

QString ConfirmMemberActionDialog::skippedNote(MemberAction action, int count, int selected,
                                               const QString &groupName)
{
    const int skipped = selected - count;
    if (skipped <= 0)
        return {};
    const QString of = QString::number(count);
    const QString all = QString::number(selected);
    switch (action) {
    case MemberAction::Deactivate:
        return tr("%1 of %2 will be deactivated; %n are already deactivated.", nullptr, skipped)
            .arg(of, all);
    case MemberAction::Reactivate:
        return tr("%1 of %2 will be reactivated; %n are not deactivated.", nullptr, skipped)
            .arg(of, all);
    case MemberAction::AddToGroup:
        return tr("%1 of %2 will be added; %n are already in %3.", nullptr, skipped)
            .arg(of, all, groupName);
    case MemberAction::RemoveFromGroup:
        break;
    }
    return tr("%1 of %2 will be removed; %n are not in %3.", nullptr, skipped)
        .arg(of, all, groupName);
}

ConfirmSpec ConfirmMemberActionDialog::spec(MemberAction action, const QStringList &emails,
                                            const QString &workspaceName, const QString &groupName)
{
    const qsizetype count = emails.size();
    const int n = int(count);
    const bool one = count == 1;
    ConfirmSpec spec;
    spec.objectName = u"confirmMemberActionDialog"_s;
    spec.text = question(action, emails, workspaceName, groupName);
    spec.informativeText = consequence(action, count);
    if (count > 1)
        spec.informativeText = whoList(emails) + u"\n\n"_s + spec.informativeText;
    // English source texts without "(s)": a count of one has words of its own.
    switch (action) {
    case MemberAction::Deactivate:
        spec.title = tr("Deactivate Members?");
        spec.yesText = one ? tr("&Deactivate Member") : tr("&Deactivate %n Members", nullptr, n);
        break;
    case MemberAction::Reactivate:
        spec.title = tr("Reactivate Members?");
        spec.yesText = one ? tr("&Reactivate Member") : tr("&Reactivate %n Members", nullptr, n);
        break;
    case MemberAction::AddToGroup:
        spec.title = tr("Add Members to a Group?");
        spec.yesText = one ? tr("&Add Member") : tr("&Add %n Members", nullptr, n);
        break;
    case MemberAction::RemoveFromGroup:
        spec.title = tr("Remove Members from a Group?");
        spec.yesText = one ? tr("&Remove Member") : tr("&Remove %n Members", nullptr, n);
        break;
    }
    // Deactivation and removal are the steps to think twice about: Enter alone does not take
    // them.
    spec.destructive =
        action == MemberAction::Deactivate || action == MemberAction::RemoveFromGroup;
    spec.yesObjectName = u"confirmActionButton"_s;
    spec.noObjectName = u"cancelActionButton"_s;
    return spec;
}

QString ConfirmMemberActionDialog::question(MemberAction action, const QStringList &emails,
                                            const QString &workspaceName, const QString &groupName)
{
    const int count = int(emails.size());
    const QString one = emails.value(0);
    switch (action) {
    case MemberAction::Deactivate:
        return count == 1 ? tr("Deactivate %1 in %2?").arg(one, workspaceName)
                          : tr("Deactivate %n members of %1?", nullptr, count).arg(workspaceName);
    case MemberAction::Reactivate:
        return count == 1 ? tr("Reactivate %1 in %2?").arg(one, workspaceName)
                          : tr("Reactivate %n members of %1?", nullptr, count).arg(workspaceName);
    case MemberAction::AddToGroup:
        return count == 1 ? tr("Add %1 to the group %2 in %3?").arg(one, groupName, workspaceName)
                          : tr("Add %n members of %1 to the group %2?", nullptr, count)
                                .arg(workspaceName, groupName);
    case MemberAction::RemoveFromGroup:
        break;
    }
    return count == 1 ? tr("Remove %1 from the group %2 in %3?").arg(one, groupName, workspaceName)
                      : tr("Remove %n members of %1 from the group %2?", nullptr, count)
                            .arg(workspaceName, groupName);
}

QString ConfirmMemberActionDialog::whoList(const QStringList &emails)
{
    return whoList(emails, emails.size());
}

QString ConfirmMemberActionDialog::whoList(const QStringList &firstEmails, qint64 total)
{
    QStringList lines = firstEmails.mid(0, MaxNamed);
    const qint64 more = std::max<qint64>(total, firstEmails.size()) - lines.size();
    if (more > 0)
        lines << tr("and %n more", nullptr,
                    int(std::min<qint64>(more, std::numeric_limits<int>::max())));
    return lines.join(u'\n');
}

QString ConfirmMemberActionDialog::consequence(MemberAction action, qsizetype count)
{
    const int n = int(count);
    switch (action) {
    case MemberAction::Deactivate:
        return tr("They can no longer sign in until they are reactivated. Their profiles and "
                  "posts are kept.",
                  nullptr, n);
    case MemberAction::Reactivate:
        return tr("They can sign in again.", nullptr, n);
    case MemberAction::AddToGroup:
        return tr("The provider skips addresses that are not members of the community; Roster "
                  "reads the group back and lists them.",
                  nullptr, n);
    case MemberAction::RemoveFromGroup:
        break;
    }
    return tr("They stay members of the community; only their place in the group goes.", nullptr,
              n);
}
