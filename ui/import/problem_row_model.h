#pragma once

#include "validated_row.h"

#include <QAbstractTableModel>
#include <QStringList>

// The rows of an import file that cannot be imported, as read: the line, then the file's
// columns. A cell with an issue answers IssueCellDelegate::HasIssueRole and the message
// as its tooltip; an issue about the whole row (or a constant) marks the line's cell.
class ProblemRowModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ProblemRowModel(QObject *parent = nullptr);

    void reset(const QStringList &header);
    void append(const QList<ValidatedRow> &rows);
    const ValidatedRow &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    // data() before DisplayText::escapedForRole(): cells as the file or the store has them.
    QVariant unescapedData(const QModelIndex &index, int role) const;
    // The messages of the row's issues in `column` (-1: the whole row).
    QStringList messagesAt(const ValidatedRow &row, qsizetype column) const;

    QStringList m_header;
    QList<ValidatedRow> m_rows;
    int m_columns = 1;
};
