#pragma once

#include "import_journal.h"

#include <QAbstractTableModel>

// The import history's table: one row per run of a workspace, newest first as the journal gives
// them. Texts for people in the display role; RunIdRole and SortRole for the window.
class ImportHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Run,
        When, // started, and finished when it has
        User,
        Mode,
        State,
        File,
        Checksum,
        Rows,
        ColumnCount
    };
    static constexpr int RunIdRole = Qt::UserRole + 1;
    // What a column sorts by: times as times, numbers as numbers, texts folded.
    static constexpr int SortRole = Qt::UserRole + 2;
    // The run's failed rows, which "Save report…" writes.
    static constexpr int FailedRowsRole = Qt::UserRole + 3;

    explicit ImportHistoryModel(QObject *parent = nullptr);

    void setRuns(const QList<ImportRunSummary> &runs);
    const ImportRunSummary *runAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "Create only", "Create and update", "Mirror", ... for a run's settings; the id itself for
    // a mode this build does not know.
    static QString modeText(const ImportRunInfo &run);
    // "Finished", "Cancelled", "Dry run", ...
    static QString stateText(const ImportRunInfo &run);
    // "120: 100 created, 15 updated, 5 failed" (the rows, then what became of them); a plan's
    // counts before the run started.
    static QString rowsText(const ImportRunSummary &summary);
    // The date and time to the minute, in the user's locale and time zone.
    static QString timeText(const QDateTime &time);
    // "30 Sep 2026 09:12–09:33": when the run started and, when it has, ended.
    static QString whenText(const ImportRunInfo &run);

private:
    QString text(const ImportRunSummary &summary, int column) const;
    QString toolTip(const ImportRunSummary &summary, int column) const;

    QList<ImportRunSummary> m_runs;
};
