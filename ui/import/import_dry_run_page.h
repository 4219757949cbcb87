#pragma once

#include "import_journal.h"
#include "import_planner.h"
#include "undo_planner.h"

#include <QPointer>
#include <QWizardPage>

class ImportRowDetails;
class ImportRowLoader;
class ImportRowModel;
class InlineMessage;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
struct ImportWizardContext;

// Page 5: the dry run. ImportPlanner compares every row with the community (progress, Cancel)
// and writes the plan into the journal; the page shows it row by row (create, update,
// reactivate, deactivate, cannot deactivate, unchanged, conflict, invalid, blank; filterable)
// with the counts, what the selected row changes field by field (ImportRowDetails, under the
// table, collapsible), and how long the import will take at the workspace's budget. Nothing is
// sent before Start Import.
class ImportDryRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportDryRunPage(ImportWizardContext &context, QWidget *parent = nullptr);
    ~ImportDryRunPage() override;

    bool isPlanning() const { return m_planner != nullptr || m_undoPlanner != nullptr; }
    const ImportCounts &counts() const { return m_counts; }
    ImportRowModel *rows() const { return m_rows; }
    QSortFilterProxyModel *shownRows() const { return m_filtered; }
    QComboBox *filterCombo() const { return m_filter; }
    QTableView *planTable() const { return m_view; }
    ImportRowDetails *details() const { return m_details; }

    // Removes the planned run from the journal (nothing of it was sent): on Back, and when the
    // wizard closes before the import starts.
    void discardPlan();

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

Q_SIGNALS:
    // The plan is in the journal and on the page, or the dry run failed.
    void planEnded();

private:
    void startPlanning();
    // An undo's wizard plans the reverse of a run (UndoPlanner) instead of a file.
    void startUndoPlanning();
    void cancelPlanning();
    void onProgress(ImportPlanner::Phase phase, qint64 done, qint64 total);
    void onPlanned(qint64 runId);
    void onFailed(const QString &error);
    void fillFilter();
    void applyFilter();
    void showDetails(const QModelIndex &current);
    void loadGroupNames();
    double rate() const;

    ImportWizardContext &m_context;
    QPointer<ImportPlanner> m_planner;
    QPointer<UndoPlanner> m_undoPlanner;
    QPointer<ImportRowLoader> m_loader;
    ImportCounts m_counts;
    bool m_started = false; // Start Import was pressed: the run is no longer this page's
    // Why Start Import planned the file again instead of running the plan; shown until it ends.
    QString m_replanReason;
    QLabel *m_phase;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QComboBox *m_filter;
    ImportRowModel *m_rows;
    QSortFilterProxyModel *m_filtered;
    QTableView *m_view;
    ImportRowDetails *m_details;
    QSplitter *m_split;
    InlineMessage *m_message;
};
