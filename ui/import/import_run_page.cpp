#include "import_run_page.h"

#include "confirm.h"
#include "import_runner.h"
#include "import_text.h"
#include "import_wizard_context.h"
#include "inline_message.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int TickMs = 500;
// Failures listed as they come; the report lists them all.
constexpr int MaxFailuresListed = 1000;
} // namespace

ImportRunPage::ImportRunPage(ImportWizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_heading(new QLabel(this)),
      m_planNote(new QLabel(this)), m_progress(new QProgressBar(this)), m_done(new QLabel(this)),
      m_rate(new QLabel(this)), m_left(new QLabel(this)), m_failed(new QLabel(this)),
      m_pause(new QPushButton(tr("&Pause"), this)),
      m_cancel(new QPushButton(tr("Cancel &Import…"), this)), m_message(new InlineMessage(this)),
      m_failuresLabel(new QLabel(tr("&Failed so far:"), this)), m_failures(new QTreeWidget(this)),
      m_tick(new QTimer(this))
{
    setObjectName(u"importRunPage"_s);
    setTitle(tr("Importing"));
    setSubTitle(tr("Rows go to %1 at the workspace's budget. The window stays usable meanwhile.")
                    .arg(providerDisplayName(context.provider())));
    setButtonText(QWizard::CancelButton, tr("&Close"));

    m_heading->setObjectName(u"runHeading"_s);
    m_heading->setAccessibleName(tr("What is imported"));
    m_heading->setWordWrap(true);
    m_planNote->setObjectName(u"runPlanNote"_s);
    m_planNote->setAccessibleName(tr("Whose plan is run"));
    m_planNote->setWordWrap(true);
    m_planNote->setForegroundRole(QPalette::PlaceholderText);
    m_progress->setObjectName(u"runProgress"_s);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setFormat(tr("%p%"));

    const QList<std::tuple<QString, QLabel *, QString, QString>> figures = {
        {tr("Rows done:"), m_done, u"rowsDoneLabel"_s, tr("Rows done")},
        {tr("Rate:"), m_rate, u"rateLabel"_s, tr("Rows a second")},
        {tr("Time left:"), m_left, u"timeLeftLabel"_s, tr("Time left")},
        {tr("Failed:"), m_failed, u"failedSoFarLabel"_s, tr("Rows failed so far")}};
    auto *grid = new QGridLayout;
    int row = 0;
    for (const auto &[caption, label, name, accessible] : figures) {
        auto *captionLabel = new QLabel(caption, this);
        captionLabel->setForegroundRole(QPalette::PlaceholderText);
        label->setObjectName(name);
        label->setAccessibleName(accessible);
        label->setTextFormat(Qt::PlainText);
        grid->addWidget(captionLabel, row % 2, (row / 2) * 2);
        grid->addWidget(label, row % 2, (row / 2) * 2 + 1);
        ++row;
    }
    grid->setColumnMinimumWidth(1, 160);
    grid->setColumnStretch(3, 1);
    grid->setHorizontalSpacing(12);

    m_pause->setObjectName(u"pauseButton"_s);
    m_pause->setAccessibleName(tr("Pause or resume the import"));
    m_pause->setAutoDefault(false);
    m_cancel->setObjectName(u"cancelImportButton"_s);
    m_cancel->setAccessibleName(tr("Cancel the import"));
    m_cancel->setAutoDefault(false);
    auto *figuresRow = new QHBoxLayout;
    figuresRow->addLayout(grid, 1);
    figuresRow->addWidget(m_pause, 0, Qt::AlignTop);
    figuresRow->addWidget(m_cancel, 0, Qt::AlignTop);

    m_message->setObjectName(u"runMessage"_s);
    m_message->setAccessibleName(tr("The import's state"));
    m_failures->setObjectName(u"runFailures"_s);
    m_failures->setAccessibleName(tr("Rows that failed, with the provider's reason"));
    m_failures->setHeaderLabels({tr("Line"), tr("Provider's reason")});
    m_failures->setRootIsDecorated(false);
    m_failures->setAlternatingRowColors(true);
    m_failures->header()->setStretchLastSection(true);
    m_failures->setColumnWidth(0, 70);
    m_failuresLabel->setBuddy(m_failures);
    m_failuresLabel->hide();
    m_failures->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_planNote);
    layout->addWidget(m_progress);
    layout->addLayout(figuresRow);
    layout->addWidget(m_message);
    layout->addWidget(m_failuresLabel);
    // The list takes the room once a row fails; until then the figures stay at the top.
    layout->addWidget(m_failures, 100);
    layout->addStretch(1);
    auto *note = new QLabel(tr("Closing this window pauses the import; the main window then "
                               "offers to resume it where it stopped."),
                            this);
    note->setObjectName(u"closeNoteLabel"_s);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);

    m_tick->setInterval(TickMs);
    connect(m_tick, &QTimer::timeout, this, &ImportRunPage::refreshFigures);
    connect(m_pause, &QPushButton::clicked, this, [this] { isPaused() ? resume() : pause(); });
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::askToCancel);
}

ImportRunPage::~ImportRunPage() = default;

bool ImportRunPage::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

bool ImportRunPage::isPaused() const
{
    return m_runner && m_runner->isPaused();
}

void ImportRunPage::initializePage()
{
    startRun();
}

void ImportRunPage::startRun()
{
    if (m_runner)
        m_runner->deleteLater();
    m_finished = false;
    m_cancelling = false;
    m_stopped = false;
    m_failures->clear();
    m_failures->hide();
    m_failuresLabel->hide();
    m_message->clear();
    const qint64 runId = m_context.choices.runId;
    QString error;
    const std::optional<ImportRunInfo> run = ImportJournal(*m_context.database).run(runId, &error);
    const Workspace &workspace = m_context.service->workspace();
    const QString file = run ? QFileInfo(run->filePath).fileName() : QString();
    const QString provider = providerDisplayName(workspace.provider);
    switch (m_context.choices.mode) {
    case ImportSettings::Mode::Undo:
        m_heading->setText(
            tr("Undoing import %1 in %2 (%3).")
                .arg(QString::number(m_context.undo.runId), workspace.name, provider));
        break;
    case ImportSettings::Mode::Deactivate:
        m_heading->setText(tr("Deactivating the members listed in %1, in %2 (%3).")
                               .arg(file, workspace.name, provider));
        break;
    default:
        m_heading->setText(tr("Importing %1 into %2 (%3).").arg(file, workspace.name, provider));
        break;
    }
    if (run && run->state == ImportRunState::Planned)
        m_planNote->setText(tr("This runs the dry run's plan of %1 as it is: no member is "
                               "looked up again.")
                                .arg(QLocale().toString(run->createdAt.toLocalTime().time(),
                                                        QLocale::ShortFormat)));
    else if (run && run->state == ImportRunState::Running)
        m_planNote->setText(
            tr("This carries on the import planned %1 where it stopped.")
                .arg(QLocale().toString(run->createdAt.toLocalTime(), QLocale::ShortFormat)));
    else
        m_planNote->clear();
    m_planNote->setVisible(!m_planNote->text().isEmpty());
    // One writer per workspace: another import or a bulk action in it (here or in another
    // process) stops this one before it sends anything; the run waits in the journal.
    if (!m_lock)
        m_lock = std::make_unique<WorkspaceLock>(*m_context.database, workspace.id);
    WorkspaceLockHolder holder;
    switch (m_lock->tryTake(WorkspaceWork::Import,
                            run ? QFileInfo(run->filePath).fileName() : QString(), &holder,
                            &error)) {
    case WorkspaceLock::Outcome::Held:
        return onFailed(holder.describe(workspace.name));
    case WorkspaceLock::Outcome::Failed:
        return onFailed(error);
    case WorkspaceLock::Outcome::Taken:
        break;
    }
    m_runner = new ImportRunner(m_context.service, *m_context.database, runId, this);
    connect(m_runner, &ImportRunner::progress, this, &ImportRunPage::onProgress);
    connect(m_runner, &ImportRunner::rowFinished, this, &ImportRunPage::onRowFinished);
    connect(m_runner, &ImportRunner::pausedChanged, this, &ImportRunPage::onPausedChanged);
    connect(m_runner, &ImportRunner::idle, this, &ImportRunPage::onIdle);
    connect(m_runner, &ImportRunner::finished, this, &ImportRunPage::onFinished);
    connect(m_runner, &ImportRunner::failed, this, &ImportRunPage::onFailed);
    m_runner->start();
    m_tick->start();
    refreshFigures();
    updateButtons();
    Q_EMIT completeChanged();
}

void ImportRunPage::pause()
{
    if (!isRunning() || isPaused())
        return;
    m_runner->pause();
}

void ImportRunPage::resume()
{
    if (!isRunning() || !isPaused())
        return;
    m_runner->resume();
}

void ImportRunPage::pauseThen(std::function<void()> done)
{
    if (!isRunning() || (isPaused() && !m_runner->isBusy()))
        return done();
    m_whenIdle = std::move(done);
    if (!isPaused())
        m_runner->pause();
}

void ImportRunPage::askToCancel()
{
    if (!isRunning() || m_cancelling)
        return;
    const qint64 left = m_runner->total() - m_runner->finishedCount();
    ConfirmSpec spec;
    spec.objectName = u"confirmCancelImport"_s;
    spec.title = tr("Cancel the Import?");
    spec.text = tr("Cancel the import of the %n row(s) not sent yet?", nullptr, int(left));
    spec.informativeText = tr("Rows in flight finish; the others are skipped and recorded as "
                              "such, not lost: the report lists them, and importing the file "
                              "again sends them.");
    spec.yesText = tr("Cancel &Import");
    spec.destructive = true;
    spec.noText = tr("&Keep Importing");
    spec.yesObjectName = u"confirmCancelButton"_s;
    spec.noObjectName = u"keepImportingButton"_s;
    Confirm::ask(this, spec, [this] {
        if (!isRunning())
            return;
        m_cancelling = true;
        m_runner->cancel();
        m_message->showMessage(InlineMessage::Type::Information,
                               tr("Cancelling: the rows in flight finish, the others are "
                                  "skipped."));
        updateButtons();
    });
}

void ImportRunPage::onProgress(qint64, qint64)
{
    refreshFigures();
}

void ImportRunPage::refreshFigures()
{
    if (!m_runner)
        return;
    const QLocale locale;
    const qint64 total = m_runner->total();
    const qint64 done = m_runner->finishedCount();
    m_progress->setRange(0, int(std::max<qint64>(total, 1)));
    m_progress->setValue(int(total == 0 && m_finished ? 1 : done));
    m_done->setText(tr("%1 of %2").arg(locale.toString(done), locale.toString(total)));
    m_rate->setText(tr("%1 rows/s").arg(locale.toString(m_runner->rowsPerSecond(), 'f', 1)));
    m_left->setText(m_finished || done == total ? tr("none")
                    : isPaused()                ? tr("paused")
                                                : ImportText::duration(m_runner->secondsLeft()));
    m_failed->setText(locale.toString(m_runner->failedCount()));
}

void ImportRunPage::onRowFinished(qint64 line, ImportOutcome outcome, const QString &error)
{
    if (outcome != ImportOutcome::Failed || m_failures->topLevelItemCount() >= MaxFailuresListed)
        return;
    m_failuresLabel->show();
    m_failures->show();
    auto *item = new QTreeWidgetItem(m_failures, {ImportText::line(line), error});
    item->setToolTip(1, error);
    item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
}

void ImportRunPage::onPausedChanged(bool paused)
{
    if (paused)
        m_message->showMessage(InlineMessage::Type::Information,
                               tr("Pausing: the rows in flight finish, nothing new is sent."));
    else
        m_message->clear();
    refreshFigures();
    updateButtons();
}

void ImportRunPage::onIdle()
{
    if (!m_cancelling)
        m_message->showMessage(InlineMessage::Type::Information,
                               tr("Paused: nothing is being sent. Resume when you are ready; if "
                                  "you close the wizard, the import waits in the journal to be "
                                  "resumed."));
    updateButtons();
    if (m_whenIdle)
        std::exchange(m_whenIdle, {})();
}

void ImportRunPage::onFinished()
{
    m_lock.reset();
    m_finished = true;
    m_tick->stop();
    refreshFigures();
    updateButtons();
    Q_EMIT completeChanged();
    Q_EMIT runFinished();
}

void ImportRunPage::onFailed(const QString &error)
{
    m_lock.reset();
    m_stopped = true;
    m_tick->stop();
    m_message->showMessage(InlineMessage::Type::Error,
                           tr("The import stopped: %1 It waits in the journal; resume it from "
                              "the window once the problem is solved.")
                               .arg(error));
    updateButtons();
    if (m_whenIdle)
        std::exchange(m_whenIdle, {})();
}

void ImportRunPage::updateButtons()
{
    const bool running = isRunning() && !m_stopped;
    m_pause->setEnabled(running && !m_cancelling);
    m_pause->setText(isPaused() ? tr("&Resume") : tr("&Pause"));
    m_cancel->setEnabled(running && !m_cancelling);
}

bool ImportRunPage::isComplete() const
{
    return m_finished;
}
