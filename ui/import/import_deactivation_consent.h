#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>

class Preferences;
class QMessageBox;
class QWidget;
class RosterDatabase;
struct Workspace;

// The question before a planned run that deactivates members starts (a mirror, a list of
// members to deactivate, a status column, an undo): above the limit (DeactivationGuard, with the
// admin's own limit from Preferences and the workspace's active members) the admin types the
// number (DeactivationConfirmation); at or below it a plain yes, naming the first members. A
// run that deactivates nobody is not asked about. Never blocks: the box is opened with open().
class ImportDeactivationConsent
{
    Q_DECLARE_TR_FUNCTIONS(ImportDeactivationConsent)
public:
    // How many members run `runId` deactivates, and the first few of them.
    struct Deactivations
    {
        qint64 count = 0;
        QStringList firstEmails;
    };
    static constexpr int FirstNamed = 10;

    // Reads the run's plan: false (and `error`) when the journal cannot be read.
    static bool read(RosterDatabase &db, qint64 runId, Deactivations *out, QString *error);

    // Asks over `parent` before run `runId` of `workspace` starts; `onYes` runs when the admin
    // agrees, at once when the run deactivates nobody, and never otherwise (Cancel leaves the
    // run planned and unsent). `preferences` may be null: the default limit. Answers the box
    // asked with, or nullptr when none was needed or the journal failed (then `error`).
    static QMessageBox *ask(QWidget *parent, RosterDatabase &db, const Preferences *preferences,
                            const Workspace &workspace, qint64 runId, std::function<void()> onYes,
                            QString *error);
};
