#pragma once

#include "validated_row.h"

#include <QAbstractTableModel>

// Every issue of the problem rows, one a row: its line, column, field and message. Each knows
// the problem row it belongs to (ProblemRowModel's row) and the cell.
class ValidationIssueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Line,
        ColumnName,
        Field,
        Message,
        ColumnCount
    };
    // The problem row's index in ProblemRowModel, and the file column (-1: the whole row).
    static constexpr int ProblemRowRole = Qt::UserRole + 1;
    static constexpr int FileColumnRole = Qt::UserRole + 2;

    explicit ValidationIssueModel(QObject *parent = nullptr);

    void clear();
    // `rows` follow the problem rows appended before.
    void append(const QList<ValidatedRow> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    // data() before DisplayText::escapedForRole(): cells as the file or the store has them.
    QVariant unescapedData(const QModelIndex &index, int role) const;
    struct Entry
    {
        RowIssue issue;
        int problemRow = 0;
    };
    QList<Entry> m_entries;
    int m_problemRows = 0;
};
