#pragma once

#include "import_journal.h"

#include <QDialog>
#include <QPointer>

class FailedRowsExport;
class ImportHistoryModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class RosterDatabase;
class RunLog;
class StatusReport;

// Member → Import history…: the workspace's import runs, newest first: when, who, the mode, the
// state, the file with its SHA-256 and the rows counted. "Open" shows a run's report
// (ImportRunReportDialog), "Save Report…" writes its failed rows as the wizard's report page
// does (FailedRowsExport). The runs are read on a worker thread, with a connection of its own.
// Non-modal, one per workspace (objectName() names the workspace; see objectNameFor()).
class ImportHistoryWindow : public QDialog
{
    Q_OBJECT
public:
    // `db` and `log` are not owned and must outlive the window.
    ImportHistoryWindow(RosterDatabase &db, RunLog &log, const QString &workspaceId,
                        const QString &workspaceName, QWidget *parent = nullptr);
    ~ImportHistoryWindow() override;

    static QString objectNameFor(const QString &workspaceId);
    // The newest runs the window lists at most.
    static constexpr int MaxShown = 1000;

    ImportHistoryModel *model() const { return m_model; }
    bool isLoading() const { return m_loading; }
    // The run selected, or 0.
    qint64 selectedRunId() const;
    void selectRun(qint64 runId);

    // Reads the runs again (after an import), keeping the selection.
    void reload();
    // Shows the selected run's report.
    void openSelected();
    // Writes the selected run's failed rows to `path`, in the imported file's format.
    void saveReport(const QString &path);

Q_SIGNALS:
    void loaded();
    void reportSaved(const QString &path, qint64 rows);
    void reportNotSaved(const QString &error);
    // "Undo This Run…": the window opens an undo's wizard on the selected run.
    void undoRequested(qint64 runId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The files' names in full where the window has room, until the user sizes the column.
    void fitFileColumn();
    void showLoaded(const std::optional<QList<ImportRunSummary>> &runs, const QString &error);
    void updateButtons();
    void chooseReportFile();
    const ImportRunSummary *selected() const;

    RosterDatabase &m_db;
    QString m_workspaceId;
    QString m_workspaceName;
    ImportHistoryModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_open;
    QPushButton *m_save;
    QPushButton *m_undo;
    StatusReport *m_report;
    QPointer<FailedRowsExport> m_export;
    int m_fileWidth = 0; // as wide as a typical name
    bool m_fileSized = false;
    bool m_fitting = false;
    bool m_loading = false;
    bool m_reloadAgain = false;
};
