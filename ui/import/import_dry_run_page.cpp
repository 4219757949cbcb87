#include "import_dry_run_page.h"

#include "api_session.h"
#include "dry_run_plan.h"
#include "import_requirements.h"
#include "import_row_details.h"
#include "import_row_loader.h"
#include "import_row_model.h"
#include "import_table_style.h"
#include "import_text.h"
#include "import_wizard_context.h"
#include "inline_message.h"
#include "request_pacer.h"
#include "undo_planner.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr ImportPlan Plans[] = {
    ImportPlan::Create,     ImportPlan::Update,           ImportPlan::Reactivate,
    ImportPlan::Deactivate, ImportPlan::CannotDeactivate, ImportPlan::Unchanged,
    ImportPlan::Conflict,   ImportPlan::Invalid,          ImportPlan::Blank};
constexpr int AllPlans = -1;
} // namespace

ImportDryRunPage::ImportDryRunPage(ImportWizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_phase(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_cancel(new QPushButton(tr("S&top"), this)),
      m_summary(new QLabel(this)), m_filter(new QComboBox(this)), m_rows(new ImportRowModel(this)),
      m_filtered(new QSortFilterProxyModel(this)), m_view(new QTableView(this)),
      m_details(new ImportRowDetails(this)), m_split(new QSplitter(Qt::Vertical, this)),
      m_message(new InlineMessage(this))
{
    setObjectName(u"importDryRunPage"_s);
    setTitle(tr("Dry Run"));
    const Workspace &workspace = context.service->workspace();
    setSubTitle(tr("Each row compared with the members of %1. Nothing is sent to %2 until you "
                   "start the import.")
                    .arg(workspace.name, providerDisplayName(workspace.provider)));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Start Import"));

    m_phase->setObjectName(u"planPhaseLabel"_s);
    m_phase->setAccessibleName(tr("What the dry run does"));
    m_phase->setWordWrap(true);
    m_progress->setObjectName(u"planProgress"_s);
    m_progress->setAccessibleName(tr("Dry run progress"));
    m_progress->setFormat(tr("%p%"));
    m_cancel->setObjectName(u"stopPlanButton"_s);
    m_cancel->setAccessibleName(tr("Stop the dry run"));
    m_cancel->setAutoDefault(false);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    m_summary->setObjectName(u"planSummaryLabel"_s);
    m_summary->setAccessibleName(tr("Rows by plan"));
    m_summary->setWordWrap(true);
    auto *filterLabel = new QLabel(tr("S&how:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setObjectName(u"planFilterCombo"_s);
    m_filter->setAccessibleName(tr("Show the rows of one plan"));
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_summary, 1);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);

    m_rows->setProvider(workspace.provider);
    m_filtered->setSourceModel(m_rows);
    m_filtered->setFilterRole(ImportRowModel::PlanRole);
    m_filtered->setFilterKeyColumn(ImportRowModel::Plan);
    m_view->setObjectName(u"planTable"_s);
    m_view->setAccessibleName(tr("The plan, row by row"));
    m_view->setModel(m_filtered);
    ImportTableStyle::apply(m_view);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->hideColumn(ImportRowModel::Outcome);
    m_view->setColumnWidth(ImportRowModel::Line, 60);
    m_view->setColumnWidth(ImportRowModel::Plan, 100);
    m_view->setColumnWidth(ImportRowModel::Email, 240);

    // The table over what its selected row changes; the details can be dragged away.
    m_split->setObjectName(u"planSplitter"_s);
    m_split->addWidget(m_view);
    m_split->addWidget(m_details);
    m_split->setChildrenCollapsible(false);
    m_split->setCollapsible(1, true);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 0);
    m_details->setMinimumHeight(m_details->fontMetrics().height() * 4);

    m_message->setObjectName(u"planMessage"_s);
    m_message->setAccessibleName(tr("What starting the import does"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_phase);
    layout->addLayout(progressRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_split, 1);
    layout->addWidget(m_message);

    connect(m_cancel, &QPushButton::clicked, this, &ImportDryRunPage::cancelPlanning);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ImportDryRunPage::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ImportDryRunPage::showDetails);
    connect(m_rows, &QAbstractItemModel::modelReset, m_details, &ImportRowDetails::clear);
}

ImportDryRunPage::~ImportDryRunPage()
{
    if (m_planner)
        m_planner->cancel();
}

void ImportDryRunPage::initializePage()
{
    m_started = false;
    startPlanning();
}

void ImportDryRunPage::cleanupPage()
{
    discardPlan();
}

void ImportDryRunPage::discardPlan()
{
    if (m_loader)
        m_loader->cancel();
    if (m_planner) {
        // Cancelling removes whatever it began in the journal.
        m_planner->disconnect(this);
        m_planner->cancel();
        m_planner->deleteLater();
        m_planner = nullptr;
    }
    if (m_undoPlanner) {
        m_undoPlanner->disconnect(this);
        m_undoPlanner->cancel();
        m_undoPlanner->deleteLater();
        m_undoPlanner = nullptr;
    }
    ImportChoices &choices = m_context.choices;
    if (choices.runId > 0 && !m_started) {
        QString error;
        ImportJournal(*m_context.database).removeRun(choices.runId, &error);
        choices.runId = 0;
    }
}

void ImportDryRunPage::startPlanning()
{
    discardPlan();
    m_rows->clear();
    m_counts = {};
    m_filter->clear();
    m_summary->clear();
    m_message->clear();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_phase->setText(tr("Reading the community's roles and members…"));
    if (m_context.undo.runId > 0)
        return startUndoPlanning();
    m_planner = new ImportPlanner(m_context.service, *m_context.database,
                                  m_context.choices.settings(), this);
    // The page shows the diff the user asked for: rows a provider cannot list are looked up.
    m_planner->setLookUpUnknownRows(true);
    connect(m_planner, &ImportPlanner::progress, this, &ImportDryRunPage::onProgress);
    connect(m_planner, &ImportPlanner::finished, this, &ImportDryRunPage::onPlanned);
    connect(m_planner, &ImportPlanner::failed, this, &ImportDryRunPage::onFailed);
    m_planner->start();
    Q_EMIT completeChanged();
}

void ImportDryRunPage::startUndoPlanning()
{
    const ImportWizardContext::Undo &undo = m_context.undo;
    m_undoPlanner = new UndoPlanner(m_context.service, *m_context.database, undo.runId, this);
    m_undoPlanner->setIncludeCreated(undo.includeCreated);
    m_undoPlanner->setIncludeConflicts(undo.includeConflicts);
    auto done = [this] {
        m_undoPlanner->deleteLater();
        m_undoPlanner = nullptr;
    };
    connect(m_undoPlanner, &UndoPlanner::finished, this, [this, done](qint64 runId) {
        done();
        onPlanned(runId);
    });
    connect(m_undoPlanner, &UndoPlanner::failed, this, [this, done](const QString &error) {
        done();
        onFailed(error);
    });
    m_undoPlanner->start();
    Q_EMIT completeChanged();
}

void ImportDryRunPage::cancelPlanning()
{
    if (m_planner)
        m_planner->cancel(); // answers failed()
    if (m_undoPlanner)
        m_undoPlanner->cancel();
}

void ImportDryRunPage::onProgress(ImportPlanner::Phase phase, qint64 done, qint64 total)
{
    const QLocale locale;
    switch (phase) {
    case ImportPlanner::Phase::Preparing:
        m_phase->setText(tr("Reading the community's roles and members…"));
        break;
    case ImportPlanner::Phase::Reading:
        m_phase->setText(tr("Comparing each row with the members…"));
        break;
    case ImportPlanner::Phase::LookingUp:
        m_phase->setText(
            tr("Looking up %1 of %Ln members at %2 (it cannot list them)…", nullptr, int(total))
                .arg(locale.toString(done), providerDisplayName(m_context.provider())));
        break;
    }
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000 * done / total));
    } else {
        m_progress->setRange(0, 0);
    }
}

void ImportDryRunPage::onPlanned(qint64 runId)
{
    if (m_planner)
        m_planner->deleteLater();
    m_planner = nullptr;
    m_context.choices.runId = runId;
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_progress->hide();
    m_cancel->hide();
    QString error;
    const std::optional<ImportCounts> counts =
        ImportJournal(*m_context.database).counts(runId, &error);
    if (!counts)
        return onFailed(error);
    m_counts = *counts;
    const QLocale locale;
    QStringList parts;
    for (const ImportPlan plan : Plans) {
        if (const qint64 n = m_counts.plans.value(plan))
            parts << ImportText::planCount(plan, n);
    }
    m_phase->setText(tr("The dry run is done. Nothing has been sent yet."));
    m_summary->setText(
        tr("%n row(s): %1.", nullptr, int(m_counts.total())).arg(parts.join(u", "_s)));
    fillFilter();

    const qint64 toSend = m_counts.toSend();
    const Workspace &workspace = m_context.service->workspace();
    // Start Import runs this plan as it is, looking nothing up again, while it is young.
    // An undo reads no file, and its plan is run as it is.
    const QString reuse =
        m_context.undo.runId > 0
            ? QString()
            : tr("Start Import runs this plan as it is, looking no member up again, if you start "
                 "it within %1 minutes and the file stays as it is; otherwise it plans again "
                 "first.")
                  .arg(DryRunPlan::MaxAgeMinutes);
    const QString replanned = std::exchange(m_replanReason, {});
    // Why the plan deactivates nobody (a mirror after an incomplete listing, a file without a
    // valid row), as the planner noted it.
    const std::optional<ImportRunInfo> run = ImportJournal(*m_context.database).run(runId, &error);
    const QString note = run && !run->note.isEmpty() ? run->note + u' ' : QString();
    const InlineMessage::Type tone =
        note.isEmpty() ? InlineMessage::Type::Information : InlineMessage::Type::Warning;
    if (toSend == 0) {
        m_message->showMessage(tone, note + replanned +
                                         tr("No row needs sending: Start Import only records the "
                                            "outcome, and the report lists the rows that failed."));
    } else {
        m_message->showMessage(
            tone,
            note + replanned +
                tr("Start Import sends %n row(s) to %1 at the workspace's budget of %2 "
                   "requests/s: %3. You can pause it, cancel it, or close this window and resume "
                   "later.",
                   nullptr, int(toSend))
                    .arg(providerDisplayName(workspace.provider), locale.toString(rate(), 'g', 3),
                         ImportText::duration(ImportText::secondsAtRate(toSend, rate()))) +
                (reuse.isEmpty() ? QString() : u' ' + reuse));
    }
    m_rows->setEmailColumn(m_context.choices.mapping.columnOf(ImportField::Email));
    loadGroupNames();
    m_loader = new ImportRowLoader(*m_context.database, runId, false, this);
    connect(m_loader, &ImportRowLoader::rowsLoaded, m_rows, &ImportRowModel::append);
    connect(m_loader, &ImportRowLoader::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &ImportRowLoader::failed, this, [this](const QString &why) {
        m_message->showMessage(InlineMessage::Type::Error, why);
    });
    m_loader->start();
    Q_EMIT completeChanged();
    Q_EMIT planEnded();
}

void ImportDryRunPage::onFailed(const QString &error)
{
    if (m_planner)
        m_planner->deleteLater();
    m_planner = nullptr;
    m_progress->hide();
    m_cancel->hide();
    m_phase->setText(tr("The dry run did not finish."));
    m_message->showMessage(InlineMessage::Type::Error, error);
    QPushButton *again = m_message->addButton(tr("Try &Again"), u"retryPlanButton"_s);
    connect(again, &QPushButton::clicked, this, &ImportDryRunPage::startPlanning);
    Q_EMIT completeChanged();
    Q_EMIT planEnded();
}

void ImportDryRunPage::fillFilter()
{
    const QLocale locale;
    m_filter->blockSignals(true);
    m_filter->clear();
    m_filter->addItem(tr("All rows (%1)").arg(locale.toString(m_counts.total())), AllPlans);
    for (const ImportPlan plan : Plans) {
        if (const qint64 n = m_counts.plans.value(plan))
            m_filter->addItem(u"%1 (%2)"_s.arg(ImportText::plan(plan), locale.toString(n)),
                              int(plan));
    }
    m_filter->blockSignals(false);
    applyFilter();
}

void ImportDryRunPage::applyFilter()
{
    const int plan = m_filter->currentData().toInt();
    m_filtered->setFilterRegularExpression(
        plan == AllPlans ? QRegularExpression() : QRegularExpression(u"^%1$"_s.arg(plan)));
}

void ImportDryRunPage::showDetails(const QModelIndex &current)
{
    const QModelIndex row = m_filtered->mapToSource(current);
    if (!row.isValid())
        return m_details->clear();
    const ImportRowModel::Row &shown = m_rows->row(row.row());
    m_details->showRow(shown, m_rows->planText(shown.plan));
}

void ImportDryRunPage::loadGroupNames()
{
    // A change names groups by id; the planner read the community's groups, so the service
    // answers from memory.
    MemberService *service = m_context.service;
    if (!service || !ImportRequirements::uses(service->workspace().provider, ImportField::Role))
        return;
    QPointer<ImportDryRunPage> self(this);
    service->groups([self](const Result<QList<NamedRef>> &groups) {
        if (!self || !groups.ok())
            return;
        QHash<QString, QString> names;
        for (const NamedRef &group : groups.value)
            names.insert(group.id, group.name);
        self->m_details->setGroupNames(names);
        self->showDetails(self->m_view->currentIndex());
    });
}

double ImportDryRunPage::rate() const
{
    const RequestPacer *pacer = m_context.service->session()->pacer();
    return pacer ? pacer->effectiveRate() : m_context.service->workspace().requestBudget;
}

bool ImportDryRunPage::isComplete() const
{
    return !m_planner && !m_undoPlanner && m_context.choices.runId > 0;
}

bool ImportDryRunPage::validatePage()
{
    if (!isComplete())
        return false;
    // A plan too old, or of a file changed since, is made again rather than run (DryRunPlan).
    QString error;
    const std::optional<ImportRunInfo> run =
        ImportJournal(*m_context.database).run(m_context.choices.runId, &error);
    const QStringList stale =
        run ? (m_context.undo.runId > 0 ? QStringList() // an undo reads no file
                                        : DryRunPlan::fileChanges(*run, run->filePath, {})) +
                  DryRunPlan::ageProblems(*run, QDateTime::currentDateTimeUtc())
            : QStringList{error};
    if (!stale.isEmpty()) {
        startPlanning();
        m_replanReason = tr("Planned again, since %1.").arg(stale.join(u"; "_s)) + u' ';
        m_message->showMessage(
            InlineMessage::Type::Warning,
            tr("Planning again before the import, since %1.").arg(stale.join(u"; "_s)));
        return false;
    }
    m_started = true;
    return true;
}
