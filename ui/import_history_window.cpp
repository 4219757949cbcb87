#include "import_history_window.h"

#include "failed_rows_export.h"
#include "import_history_model.h"
#include "import_run_report_dialog.h"
#include "roster_database.h"
#include "status_report.h"
#include "undo_run_check.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {
struct Loaded
{
    std::optional<QList<ImportRunSummary>> runs;
    QString error;
};

// The runs and their counts, read on a worker thread with a connection of its own.
Loaded readRuns(const QString &databasePath, const QString &workspaceId)
{
    Loaded loaded;
    RosterDatabase db(databasePath);
    if (db.open(&loaded.error))
        loaded.runs =
            ImportJournal(db).runs(workspaceId, ImportHistoryWindow::MaxShown, &loaded.error);
    return loaded;
}
} // namespace

QString ImportHistoryWindow::objectNameFor(const QString &workspaceId)
{
    return u"importHistory-"_s + workspaceId;
}

ImportHistoryWindow::ImportHistoryWindow(RosterDatabase &db, RunLog &log,
                                         const QString &workspaceId, const QString &workspaceName,
                                         QWidget *parent)
    : QDialog(parent), m_db(db), m_workspaceId(workspaceId), m_workspaceName(workspaceName),
      m_model(new ImportHistoryModel(this)), m_sorted(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)), m_count(new QLabel(this))
{
    setObjectName(objectNameFor(workspaceId));
    setWindowTitle(tr("Import History of %1").arg(workspaceName));
    setAccessibleName(windowTitle());
    setModal(false);

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ImportHistoryModel::SortRole);
    m_table->setObjectName(u"importHistoryTable"_s);
    m_table->setAccessibleName(tr("Import runs"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ImportHistoryModel::Run, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    // Each column as wide as what it typically holds; the rows' counts get the rest.
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto fit = [&](int column, const QString &sample) {
        const QString title =
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        m_table->setColumnWidth(column, std::max(metrics.horizontalAdvance(sample),
                                                 metrics.horizontalAdvance(title) + 16) +
                                            20);
    };
    ImportRunInfo sample;
    sample.createdAt = QDateTime(QDate(2026, 12, 30), QTime(22, 58));
    sample.finishedAt = sample.createdAt.addSecs(60);
    fit(ImportHistoryModel::Run, u"9999"_s);
    fit(ImportHistoryModel::When, ImportHistoryModel::whenText(sample));
    fit(ImportHistoryModel::User, u"katherine"_s);
    fit(ImportHistoryModel::Mode, ImportHistoryModel::tr("Create and update"));
    fit(ImportHistoryModel::State, ImportHistoryModel::tr("Cancelled"));
    fit(ImportHistoryModel::File, u"members-2026-q4.csv"_s);
    fit(ImportHistoryModel::Checksum, u"0123456789ab"_s);
    m_fileWidth = m_table->columnWidth(ImportHistoryModel::File);
    connect(header, &QHeaderView::sectionResized, this, [this](int section) {
        if (section == ImportHistoryModel::File && !m_fitting)
            m_fileSized = true;
    });

    m_count->setObjectName(u"importHistoryCount"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(u"importHistoryOpen"_s);
    m_open->setToolTip(tr("Show the run's report: every row with what became of it."));
    m_save = buttons->addButton(tr("&Save Report…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(u"importHistorySaveReport"_s);
    m_undo = buttons->addButton(tr("&Undo This Run…"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(u"importHistoryUndo"_s);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);

    auto *statusBar = new QStatusBar(this);
    statusBar->setObjectName(u"importHistoryStatus"_s);
    statusBar->setSizeGripEnabled(false);
    m_report = new StatusReport(statusBar, log, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    layout->addWidget(statusBar);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &ImportHistoryWindow::openSelected);
    connect(m_save, &QPushButton::clicked, this, &ImportHistoryWindow::chooseReportFile);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (const qint64 runId = selectedRunId())
            Q_EMIT undoRequested(runId);
    });
    connect(m_table, &QTableView::activated, this, &ImportHistoryWindow::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImportHistoryWindow::updateButtons);
    resize(1000, 480);
    updateButtons();
    reload();
}

ImportHistoryWindow::~ImportHistoryWindow() = default;

void ImportHistoryWindow::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitFileColumn();
}

void ImportHistoryWindow::fitFileColumn()
{
    if (m_fileSized)
        return;
    const QFontMetrics metrics = m_table->fontMetrics();
    int wanted = m_fileWidth;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString name = m_model->index(row, ImportHistoryModel::File).data().toString();
        wanted = std::max(wanted, metrics.horizontalAdvance(name) + 20);
    }
    // The rows' counts keep at least a third of the table.
    int others = 0;
    for (int column = 0; column < ImportHistoryModel::ColumnCount; ++column) {
        if (column != ImportHistoryModel::File && column != ImportHistoryModel::Rows)
            others += m_table->columnWidth(column);
    }
    const int room = m_table->viewport()->width() * 2 / 3 - others;
    m_fitting = true;
    m_table->setColumnWidth(ImportHistoryModel::File,
                            std::max(m_fileWidth, std::min(wanted, room)));
    m_fitting = false;
}

void ImportHistoryWindow::reload()
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    m_count->setText(tr("Reading the import journal…"));
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_loading = false;
        if (std::exchange(m_reloadAgain, false))
            return reload();
        const Loaded loaded = watcher->result();
        showLoaded(loaded.runs, loaded.error);
    });
    watcher->setFuture(QtConcurrent::run(readRuns, m_db.path(), m_workspaceId));
}

void ImportHistoryWindow::showLoaded(const std::optional<QList<ImportRunSummary>> &runs,
                                     const QString &error)
{
    const qint64 wasSelected = selectedRunId();
    if (!runs) {
        m_model->setRuns({});
        m_count->clear();
        m_report->error(error);
    } else {
        m_model->setRuns(*runs);
        const int count = int(runs->size());
        m_count->setText(count == 0 ? tr("No import has been run in %1 yet.").arg(m_workspaceName)
                         : count >= MaxShown
                             ? tr("The newest %1 imports.").arg(QLocale().toString(count))
                             : tr("Imports: %1").arg(QLocale().toString(count)));
        fitFileColumn();
        selectRun(wasSelected);
        if (selectedRunId() == 0 && m_sorted->rowCount() > 0)
            m_table->selectRow(0);
    }
    updateButtons();
    Q_EMIT loaded();
}

const ImportRunSummary *ImportHistoryWindow::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->runAt(m_sorted->mapToSource(rows.first()).row());
}

qint64 ImportHistoryWindow::selectedRunId() const
{
    const ImportRunSummary *run = selected();
    return run ? run->run.id : 0;
}

void ImportHistoryWindow::selectRun(qint64 runId)
{
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        if (m_sorted->index(row, 0).data(ImportHistoryModel::RunIdRole).toLongLong() == runId) {
            m_table->selectRow(row);
            return;
        }
    }
}

void ImportHistoryWindow::updateButtons()
{
    const ImportRunSummary *run = selected();
    m_open->setEnabled(run != nullptr);
    const qint64 failed = run ? run->counts.outcomes.value(ImportOutcome::Failed) : 0;
    m_save->setEnabled(failed > 0 && !m_export);
    m_save->setToolTip(
        !run         ? tr("Select a run first.")
        : failed > 0 ? tr("Save the %n failed row(s) of this run as a CSV file, with their line "
                          "and error, to fix and import again.",
                          nullptr, int(failed))
                     : tr("No row of this run failed: there is nothing to save."));
    const QString whyNoUndo =
        run ? UndoRunCheck::whyNot(run->run, run->counts) : tr("Select a run first.");
    m_undo->setEnabled(whyNoUndo.isEmpty());
    m_undo->setToolTip(whyNoUndo.isEmpty() ? UndoRunCheck::whatItDoes() : whyNoUndo);
}

void ImportHistoryWindow::openSelected()
{
    const ImportRunSummary *run = selected();
    if (!run)
        return;
    const QString name = ImportRunReportDialog::objectNameFor(run->run.id);
    auto *dialog = findChild<ImportRunReportDialog *>(name);
    if (!dialog) {
        dialog = new ImportRunReportDialog(m_db, *run, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void ImportHistoryWindow::chooseReportFile()
{
    const ImportRunSummary *run = selected();
    if (!run)
        return;
    const QFileInfo source(run->run.filePath);
    const QString suggested =
        source.absoluteDir().filePath(source.completeBaseName() + tr("-failed") + u".csv"_s);
    auto *dialog = new QFileDialog(this, tr("Save the Failed Rows of Import %1").arg(run->run.id),
                                   suggested, tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(u"importHistorySaveDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(u"csv"_s);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportHistoryWindow::saveReport);
    dialog->open();
}

void ImportHistoryWindow::saveReport(const QString &path)
{
    const qint64 runId = selectedRunId();
    if (m_export || path.isEmpty() || runId == 0)
        return;
    m_export = new FailedRowsExport(m_db, runId, path, std::nullopt, this);
    updateButtons();
    m_report->show(tr("Writing the failed rows of import %1 to %2…")
                       .arg(QString::number(runId), QDir::toNativeSeparators(path)));
    connect(m_export, &FailedRowsExport::finished, this, [this, path, runId](qint64 rows) {
        m_export->deleteLater();
        m_export = nullptr;
        updateButtons();
        m_report->info(tr("Saved %n failed row(s) of import %1 to %2, with their line and error.",
                          nullptr, int(rows))
                           .arg(QString::number(runId), QDir::toNativeSeparators(path)));
        Q_EMIT reportSaved(path, rows);
    });
    connect(m_export, &FailedRowsExport::failed, this, [this](const QString &error) {
        m_export->deleteLater();
        m_export = nullptr;
        updateButtons();
        m_report->error(error);
        Q_EMIT reportNotSaved(error);
    });
    m_export->start();
}
