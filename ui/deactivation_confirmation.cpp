#include "deactivation_confirmation.h"

#include "confirm_member_action_dialog.h"
#include "deactivation_guard.h"

#include <QLocale>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

ConfirmSpec DeactivationConfirmation::spec(const DeactivationGuard &guard, qint64 count,
                                           const QStringList &firstEmails,
                                           const QString &workspaceName)
{
    const int n = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    const QString shown = QLocale().toString(count);
    ConfirmSpec spec;
    spec.objectName = u"typedDeactivationConfirmation"_s;
    spec.title = tr("Deactivate %1 Members?").arg(shown);
    spec.text = tr("Deactivate %1 members of %2?", nullptr, n).arg(shown, workspaceName);
    spec.informativeText = ConfirmMemberActionDialog::whoList(firstEmails, count) + u"\n\n"_s +
                           guard.excessText(count) + u' ' + guard.ruleText() + u"\n\n"_s +
                           ConfirmMemberActionDialog::consequence(MemberAction::Deactivate, count);
    spec.yesText = tr("&Deactivate %1 Members", nullptr, n).arg(shown);
    spec.destructive = true;
    spec.yesObjectName = u"confirmActionButton"_s;
    spec.noObjectName = u"cancelActionButton"_s;
    spec.typedConfirmation = typedText(count);
    spec.typedPrompt =
        tr("To confirm, &type the number of members to deactivate (%1):").arg(typedText(count));
    return spec;
}

QString DeactivationConfirmation::typedText(qint64 count)
{
    return QString::number(count);
}
