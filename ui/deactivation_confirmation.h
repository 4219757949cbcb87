#pragma once

#include "confirm.h"

#include <QCoreApplication>
#include <QStringList>

class DeactivationGuard;

// The question before a run that deactivates more members than DeactivationGuard lets a plain
// yes take (a mirror, a deactivation from a file, an undo): a Confirm box that names the
// workspace and the count, lists the first members, says why a yes is not enough, and has the
// admin type the number of members to deactivate.
//
//   Confirm::ask(this, DeactivationConfirmation::spec(guard, 60, firstEmails, u"Acme"_s), start);
class DeactivationConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(DeactivationConfirmation)
public:
    // `firstEmails`: the first members the run deactivates (any number; the first
    // ConfirmMemberActionDialog::MaxNamed are named); `count`: all of them.
    static ConfirmSpec spec(const DeactivationGuard &guard, qint64 count,
                            const QStringList &firstEmails, const QString &workspaceName);
    // What the admin types: the count in plain digits, "1234".
    static QString typedText(qint64 count);
};
