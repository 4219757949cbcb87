#pragma once

#include "import_settings.h"
#include "import_wizard_context.h"

#include <QMessageBox>
#include <QPointer>
#include <QWizard>

class ImportDryRunPage;
class ImportFilePage;
class ImportFormatPage;
class ImportMappingPage;
class ImportReportPage;
class ImportRunPage;
class ImportUndoPage;
class ImportValidationPage;
class MemberService;
class Preferences;
class RosterDatabase;

// The bulk import of a CSV file into one workspace, step by step: file, format, mapping,
// validation, dry run, run and report (one page class each under ui/import/). Non-modal: the
// window stays usable while it runs. Closing it mid-run asks, then pauses the run, which stays
// in the journal to be resumed; closing it before the run starts forgets the dry run.
//
// The same pages serve a list of members to deactivate (the email column is all the mapping
// needs) and the undo of a run (its plan made by UndoPlanner, shown as a dry run). Before a run
// that deactivates anyone starts, the wizard asks (ImportDeactivationConsent); Cancel there
// stays on the dry run, and nothing is sent.
//
// Open it with show(); it deletes itself when closed.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        FilePageId,
        FormatPageId,
        MappingPageId,
        ValidationPageId,
        DryRunPageId,
        RunPageId,
        ReportPageId,
        UndoPageId
    };

    // The run an undo's wizard puts back.
    struct UndoOf
    {
        qint64 runId = 0;
    };

    // A new import into the service's workspace. `service` and `db` are not owned; the
    // service must stay open while the wizard lives (the wizard closes if it goes).
    ImportWizard(MemberService *service, RosterDatabase &db, QWidget *parent = nullptr);
    // A new import in `mode`: Deactivate (or Reactivate) is a list of members, by email.
    ImportWizard(MemberService *service, RosterDatabase &db, ImportSettings::Mode mode,
                 QWidget *parent = nullptr);
    // The undo of run `undo.runId`: opens on what it puts back, then its dry run.
    ImportWizard(MemberService *service, RosterDatabase &db, UndoOf undo,
                 QWidget *parent = nullptr);
    // Carries on with run `runId` of the journal (planned or stopped half-way): opens on the
    // Run page.
    ImportWizard(MemberService *service, RosterDatabase &db, qint64 runId,
                 QWidget *parent = nullptr);
    ~ImportWizard() override;

    const ImportWizardContext &context() const { return m_context; }
    // The run in the journal this wizard plans or carries out; 0 before the dry run.
    qint64 runId() const { return m_context.choices.runId; }
    QString workspaceId() const;
    // The admin's deactivation limit is read from `preferences` when the wizard asks (not
    // owned; null: the default rule).
    void setPreferences(const Preferences *preferences) { m_context.preferences = preferences; }
    // The question open before a run that deactivates members, or nullptr.
    QMessageBox *deactivationQuestion() const { return m_consent; }

    ImportFilePage *filePage() const { return m_file; }
    ImportFormatPage *formatPage() const { return m_format; }
    ImportMappingPage *mappingPage() const { return m_mapping; }
    ImportValidationPage *validationPage() const { return m_validation; }
    ImportDryRunPage *dryRunPage() const { return m_dryRun; }
    ImportRunPage *runPage() const { return m_run; }
    ImportReportPage *reportPage() const { return m_report; }
    ImportUndoPage *undoPage() const { return m_undo; }

public Q_SLOTS:
    // Cancel, Close, Esc and the window's close button: mid-run, asks and pauses first.
    void reject() override;
    // Start Import on the dry run of a plan that deactivates members asks first.
    bool validateCurrentPage() override;

protected:
    // A resumed plan that never started asks before its run starts, as Start Import does.
    void initializePage(int id) override;
    // Sends the failed rows of the run again (the Report page's button).
    void retryFailedRows();

Q_SIGNALS:
    // The File page found that this file's last import stopped half-way; the window opens a
    // wizard on that run instead.
    void resumeRequested(qint64 runId);
    void runFinished(qint64 runId);
    // The Report page's "Undo this run…": the window opens an undo's wizard on it.
    void undoRequested(qint64 runId);

private:
    void build();
    void askConsent();
    void askBeforeResuming();
    void askBeforeClosing();
    void closeNow();

    ImportWizardContext m_context;
    ImportFilePage *m_file = nullptr;
    ImportFormatPage *m_format = nullptr;
    ImportMappingPage *m_mapping = nullptr;
    ImportValidationPage *m_validation = nullptr;
    ImportDryRunPage *m_dryRun = nullptr;
    ImportRunPage *m_run = nullptr;
    ImportReportPage *m_report = nullptr;
    ImportUndoPage *m_undo = nullptr;
    QPointer<QMessageBox> m_consent;
    qint64 m_consentedRun = 0; // the planned run the admin agreed to start
    bool m_askBeforeResuming = false;
    bool m_closing = false;
};
