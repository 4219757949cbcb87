#pragma once

#include <QObject>
#include <QPointer>

class ImportResumeBanner;
class ImportWizard;
class MemberService;
class Preferences;
class QWidget;
class RosterDatabase;
class StatusReport;

// The window's side of the bulk import: opens the ImportWizard for the shown workspace (one at
// a time), and offers, in a banner above the member table, to resume or discard an import of
// that workspace which stopped half-way (after a crash, or a wizard closed mid-run).
class ImportLauncher : public QObject
{
    Q_OBJECT
public:
    // `db` and `report` are not owned and must outlive the launcher; `window` is the wizards'
    // parent. What the launcher did goes to `report`.
    ImportLauncher(RosterDatabase &db, StatusReport &report, QWidget *window);

    ImportResumeBanner *banner() const { return m_banner; }
    // The open wizard, or nullptr.
    ImportWizard *wizard() const;
    // The wizards read the admin's deactivation limit here (not owned; null: the default rule).
    void setPreferences(const Preferences *preferences) { m_preferences = preferences; }

    // The workspace the window shows, and its service once open (nullptr until then): looks in
    // the journal for an unfinished import of it.
    void showWorkspace(const QString &workspaceId, MemberService *service);

public Q_SLOTS:
    // A new import into the shown workspace.
    void openWizard();
    // A list of members of the shown workspace to deactivate, from a file.
    void openDeactivateFromFile();
    // The undo of run `runId` of the shown workspace: its plan as a dry run first.
    void openUndo(qint64 runId);
    // Carries on with `runId` of the shown workspace.
    void resume(qint64 runId);
    void discard(qint64 runId);
    // Looks in the journal again and shows or withdraws the offer.
    void checkUnfinished();

private:
    bool raiseOpenWizard();
    void track(ImportWizard *wizard);

    RosterDatabase &m_db;
    StatusReport &m_report;
    QWidget *m_window;
    ImportResumeBanner *m_banner;
    QPointer<ImportWizard> m_wizard;
    QString m_workspaceId;
    QPointer<MemberService> m_service;
    const Preferences *m_preferences = nullptr;
};
