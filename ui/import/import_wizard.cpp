#include "import_wizard.h"

#include "confirm.h"
#include "import_deactivation_consent.h"
#include "import_dry_run_page.h"
#include "import_file_page.h"
#include "import_format_page.h"
#include "import_journal.h"
#include "import_mapping_page.h"
#include "import_report_page.h"
#include "import_run_page.h"
#include "import_undo_page.h"
#include "import_validation_page.h"
#include "inline_message.h"
#include "member_service.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPushButton>
#include <memory>

using namespace Qt::StringLiterals;

ImportWizard::ImportWizard(MemberService *service, RosterDatabase &db, QWidget *parent)
    : QWizard(parent)
{
    m_context.service = service;
    m_context.database = &db;
    build();
}

ImportWizard::ImportWizard(MemberService *service, RosterDatabase &db, ImportSettings::Mode mode,
                           QWidget *parent)
    : QWizard(parent)
{
    m_context.service = service;
    m_context.database = &db;
    m_context.choices.mode = mode;
    build();
}

ImportWizard::ImportWizard(MemberService *service, RosterDatabase &db, UndoOf undo, QWidget *parent)
    : QWizard(parent)
{
    m_context.service = service;
    m_context.database = &db;
    m_context.choices.mode = ImportSettings::Mode::Undo;
    m_context.undo.runId = undo.runId;
    build();
    setStartId(UndoPageId);
}

ImportWizard::ImportWizard(MemberService *service, RosterDatabase &db, qint64 runId,
                           QWidget *parent)
    : QWizard(parent)
{
    m_context.service = service;
    m_context.database = &db;
    m_context.choices.runId = runId;
    QString error;
    const std::optional<ImportRunInfo> run = ImportJournal(db).run(runId, &error);
    m_askBeforeResuming = run && run->state == ImportRunState::Planned;
    build();
    setStartId(RunPageId);
}

ImportWizard::~ImportWizard() = default;

QString ImportWizard::workspaceId() const
{
    return m_context.service ? m_context.service->workspace().id : QString();
}

void ImportWizard::build()
{
    setObjectName(u"importWizard"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowModality(Qt::NonModal);
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    const Workspace &workspace = m_context.service->workspace();
    const ImportSettings::Mode mode = m_context.choices.mode;
    if (mode == ImportSettings::Mode::Undo)
        setWindowTitle(tr("Undo Import %1 in %2").arg(m_context.undo.runId).arg(workspace.name));
    else if (mode == ImportSettings::Mode::Deactivate)
        setWindowTitle(tr("Deactivate Members of %1 from a File").arg(workspace.name));
    else
        setWindowTitle(tr("Import Members into %1").arg(workspace.name));
    setAccessibleName(windowTitle());

    // An undo reads no file: its first page says which run it puts back.
    if (mode == ImportSettings::Mode::Undo) {
        m_undo = new ImportUndoPage(m_context, this);
        setPage(UndoPageId, m_undo);
    } else {
        m_file = new ImportFilePage(m_context, this);
        m_format = new ImportFormatPage(m_context, this);
        m_mapping = new ImportMappingPage(m_context, this);
        m_validation = new ImportValidationPage(m_context, this);
        setPage(FilePageId, m_file);
        setPage(FormatPageId, m_format);
        setPage(MappingPageId, m_mapping);
        setPage(ValidationPageId, m_validation);
        connect(m_file, &ImportFilePage::resumeRequested, this, &ImportWizard::resumeRequested);
    }
    m_dryRun = new ImportDryRunPage(m_context, this);
    m_run = new ImportRunPage(m_context, this);
    m_report = new ImportReportPage(m_context, this);
    setPage(DryRunPageId, m_dryRun);
    setPage(RunPageId, m_run);
    setPage(ReportPageId, m_report);

    const QList<std::tuple<WizardButton, QString, QString>> buttons = {
        {BackButton, u"backButton"_s, tr("Back")},
        {NextButton, u"nextButton"_s, tr("Next")},
        {CommitButton, u"startImportButton"_s, tr("Start the import")},
        {FinishButton, u"closeButton"_s, tr("Close")},
        {CancelButton, u"cancelButton"_s, tr("Cancel")}};
    for (const auto &[which, name, accessible] : buttons) {
        QAbstractButton *b = button(which);
        b->setObjectName(name);
        b->setAccessibleName(accessible);
    }
    setButtonText(BackButton, tr("< &Back"));
    setButtonText(NextButton, tr("&Next >"));
    setMinimumSize(860, 640);

    connect(m_run, &ImportRunPage::runFinished, this, [this] {
        Q_EMIT runFinished(m_context.choices.runId);
        if (currentId() == RunPageId)
            next();
    });
    connect(m_report, &ImportReportPage::retryRequested, this, &ImportWizard::retryFailedRows);
    connect(m_report, &ImportReportPage::undoRequested, this,
            [this] { Q_EMIT undoRequested(m_context.choices.runId); });
    // A plan made again (Try Again, or a stale plan) is asked about again.
    connect(m_dryRun, &ImportDryRunPage::planEnded, this, [this] { m_consentedRun = 0; });
    // The workspace was edited or removed: its service is gone, and with it this import.
    connect(m_context.service, &QObject::destroyed, this, &ImportWizard::closeNow);
}

void ImportWizard::retryFailedRows()
{
    if (currentId() != ReportPageId || m_report->retryableCount() == 0)
        return;
    QString error;
    if (!ImportJournal(*m_context.database).retryFailed(m_context.choices.runId, &error)) {
        QMessageBox *box = new QMessageBox(QMessageBox::Warning, tr("Retry Failed Rows"), error,
                                           QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    back();
    m_run->startRun();
}

bool ImportWizard::validateCurrentPage()
{
    const qint64 runId = m_context.choices.runId;
    if (currentId() != DryRunPageId || !m_dryRun->isComplete() || m_consentedRun == runId)
        return QWizard::validateCurrentPage();
    askConsent();
    return m_consentedRun == runId && QWizard::validateCurrentPage();
}

void ImportWizard::askConsent()
{
    if (m_consent && m_consent->isVisible())
        return m_consent->raise();
    const qint64 runId = m_context.choices.runId;
    // Answered at once when the plan deactivates nobody: the caller goes on then.
    auto asking = std::make_shared<bool>(true);
    QString error;
    m_consent = ImportDeactivationConsent::ask(
        this, *m_context.database, m_context.preferences, m_context.service->workspace(), runId,
        [this, runId, asking] {
            m_consentedRun = runId;
            if (!*asking && currentId() == DryRunPageId && m_context.choices.runId == runId)
                next();
        },
        &error);
    *asking = false;
    if (!m_consent && m_consentedRun != runId) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Start the Import"), error,
                                    QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void ImportWizard::initializePage(int id)
{
    if (id == RunPageId && std::exchange(m_askBeforeResuming, false))
        return askBeforeResuming();
    QWizard::initializePage(id);
}

void ImportWizard::askBeforeResuming()
{
    enum class Answer
    {
        Asking,
        YesAtOnce,
        Asked
    };
    auto answer = std::make_shared<Answer>(Answer::Asking);
    QString error;
    m_consent = ImportDeactivationConsent::ask(
        this, *m_context.database, m_context.preferences, m_context.service->workspace(),
        m_context.choices.runId,
        [this, answer] {
            if (*answer == Answer::Asking)
                *answer = Answer::YesAtOnce;
            else
                m_run->startRun();
        },
        &error);
    if (*answer == Answer::YesAtOnce)
        return m_run->startRun();
    *answer = Answer::Asked;
    if (!m_consent) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Resume the Import"), error,
                                    QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QDialog::finished, this, &ImportWizard::closeNow);
        box->open();
        return;
    }
    // Not agreed: nothing is sent, and the plan waits in the journal, offered again.
    // After the yes button's own handler, which starts the run.
    connect(m_consent, &QDialog::finished, this, [this] {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_run->runner())
                    closeNow();
            },
            Qt::QueuedConnection);
    });
}

void ImportWizard::reject()
{
    if (m_closing)
        return;
    if (currentId() == RunPageId && m_run->isRunning())
        return askBeforeClosing();
    if (currentId() == DryRunPageId)
        m_dryRun->discardPlan();
    QWizard::reject();
}

void ImportWizard::askBeforeClosing()
{
    ConfirmSpec spec;
    spec.objectName = u"confirmCloseWhileImporting"_s;
    spec.title = tr("Close While Importing?");
    spec.text = tr("The import is still running. Pause it and close?");
    spec.informativeText = tr("Nothing is lost: the import waits in the journal, and the "
                              "window offers to resume it.");
    spec.yesText = tr("&Pause and Close");
    spec.noText = tr("&Keep Importing");
    spec.yesObjectName = u"pauseAndCloseButton"_s;
    spec.noObjectName = u"keepImportingButton"_s;
    Confirm::ask(this, spec, [this] {
        m_closing = true;
        button(CancelButton)->setEnabled(false);
        m_run->pauseThen([this] { closeNow(); });
    });
}

void ImportWizard::closeNow()
{
    m_closing = true;
    if (currentId() == DryRunPageId)
        m_dryRun->discardPlan();
    QWizard::reject();
}
