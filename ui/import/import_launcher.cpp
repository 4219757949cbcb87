#include "import_launcher.h"

#include "confirm.h"
#include "import_journal.h"
#include "import_resume_banner.h"
#include "import_wizard.h"
#include "member_service.h"
#include "status_report.h"

#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

ImportLauncher::ImportLauncher(RosterDatabase &db, StatusReport &report, QWidget *window)
    : QObject(window), m_db(db), m_report(report), m_window(window),
      m_banner(new ImportResumeBanner(window))
{
    connect(m_banner, &ImportResumeBanner::resumeClicked, this, &ImportLauncher::resume);
    connect(m_banner, &ImportResumeBanner::discardClicked, this, &ImportLauncher::discard);
}

ImportWizard *ImportLauncher::wizard() const
{
    return m_wizard;
}

void ImportLauncher::showWorkspace(const QString &workspaceId, MemberService *service)
{
    m_workspaceId = workspaceId;
    m_service = service;
    checkUnfinished();
}

void ImportLauncher::checkUnfinished()
{
    // While a wizard is open it holds the run it works on: nothing to offer meanwhile.
    if (m_wizard || m_workspaceId.isEmpty())
        return m_banner->withdraw();
    QString error;
    ImportJournal journal(m_db);
    const std::optional<ImportRunInfo> run = journal.unfinishedRun(m_workspaceId, &error);
    std::optional<ImportCounts> counts;
    if (run)
        counts = journal.counts(run->id, &error);
    if (!error.isEmpty())
        m_report.warning(error);
    if (!run || !counts)
        return m_banner->withdraw();
    if (m_banner->offeredRun() != run->id || !m_banner->isVisible())
        m_banner->offer(*run, *counts);
    m_banner->setCanResume(m_service != nullptr);
}

bool ImportLauncher::raiseOpenWizard()
{
    if (!m_wizard)
        return false;
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
    m_report.show(tr("An import is open already: finish or close it first."), StatusReport::InfoMs);
    return true;
}

void ImportLauncher::track(ImportWizard *wizard)
{
    m_wizard = wizard;
    wizard->setPreferences(m_preferences);
    m_banner->withdraw();
    connect(wizard, &QObject::destroyed, this, &ImportLauncher::checkUnfinished,
            Qt::QueuedConnection);
    connect(wizard, &ImportWizard::resumeRequested, this, [this, wizard](qint64 runId) {
        wizard->close();
        m_wizard = nullptr;
        resume(runId);
    });
    connect(wizard, &ImportWizard::undoRequested, this, [this, wizard](qint64 runId) {
        wizard->close();
        m_wizard = nullptr;
        openUndo(runId);
    });
    connect(wizard, &ImportWizard::runFinished, this, [this, wizard](qint64 runId) {
        QString error;
        const std::optional<ImportCounts> counts = ImportJournal(m_db).counts(runId, &error);
        if (!counts)
            return m_report.warning(error);
        const auto &o = counts->outcomes;
        m_report.info(tr("Import into %1: %2 created, %3 updated, %4 reactivated, %5 "
                         "deactivated, %6 skipped, %7 failed.")
                          .arg(wizard->context().service
                                   ? wizard->context().service->workspace().name
                                   : QString(),
                               QString::number(o.value(ImportOutcome::Created)),
                               QString::number(o.value(ImportOutcome::Updated)),
                               QString::number(o.value(ImportOutcome::Reactivated)),
                               QString::number(o.value(ImportOutcome::Deactivated)),
                               QString::number(o.value(ImportOutcome::Skipped)),
                               QString::number(o.value(ImportOutcome::Failed))));
    });
    wizard->show();
}

void ImportLauncher::openWizard()
{
    if (raiseOpenWizard() || !m_service)
        return;
    track(new ImportWizard(m_service, m_db, m_window));
}

void ImportLauncher::openDeactivateFromFile()
{
    if (raiseOpenWizard() || !m_service)
        return;
    track(new ImportWizard(m_service, m_db, ImportSettings::Mode::Deactivate, m_window));
}

void ImportLauncher::openUndo(qint64 runId)
{
    if (raiseOpenWizard() || !m_service)
        return;
    track(new ImportWizard(m_service, m_db, ImportWizard::UndoOf{runId}, m_window));
}

void ImportLauncher::resume(qint64 runId)
{
    if (raiseOpenWizard() || !m_service)
        return;
    m_report.info(
        tr("Resuming import %1 of %2.").arg(QString::number(runId), m_service->workspace().name));
    track(new ImportWizard(m_service, m_db, runId, m_window));
}

void ImportLauncher::discard(qint64 runId)
{
    QString error;
    ImportJournal journal(m_db);
    const std::optional<ImportRunInfo> run = journal.run(runId, &error);
    const std::optional<ImportCounts> counts = journal.counts(runId, &error);
    if (!run || !counts)
        return m_report.warning(error);
    const QLocale locale;
    const QString file = QFileInfo(run->filePath).fileName();
    ConfirmSpec spec;
    spec.objectName = u"confirmDiscardImport"_s;
    spec.title = tr("Discard the Import?");
    spec.text = tr("Discard the import of %1?").arg(file);
    spec.informativeText = tr("The %n row(s) it has not sent will stay unsent; members it "
                              "created or changed stay as they are.",
                              nullptr, int(counts->todo + counts->sending));
    if (counts->sending > 0)
        spec.informativeText +=
            u' ' + tr("%n row(s) were being sent when it stopped and may have reached the "
                      "provider: refresh the member table to see.",
                      nullptr, int(counts->sending));
    spec.yesText = tr("&Discard");
    spec.destructive = true;
    spec.yesObjectName = u"confirmDiscardButton"_s;
    spec.noObjectName = u"cancelDiscardButton"_s;
    Confirm::ask(m_window, spec, [this, runId, file, counts] {
        QString error;
        if (!ImportJournal(m_db).setRunState(runId, ImportRunState::Cancelled, &error))
            return m_report.warning(error);
        m_report.info(tr("Discarded the import of %1: the %n row(s) it had not sent stay unsent.",
                         nullptr, int(counts->todo + counts->sending))
                          .arg(file));
        checkUnfinished();
    });
}
