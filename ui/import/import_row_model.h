#pragma once

#include "import_journal.h"

#include <QAbstractTableModel>

// Rows of an import run as the journal has them: line, plan, outcome, email and the details
// (why it is not sent, what an update changes field by field, or the provider's refusal). Only
// what a table shows is kept.
class ImportRowModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Line,
        Plan,
        Outcome,
        Email,
        Reason,
        ColumnCount
    };
    // int(ImportPlan) and int(ImportOutcome), for filtering.
    static constexpr int PlanRole = Qt::UserRole + 1;
    static constexpr int OutcomeRole = Qt::UserRole + 2;

    explicit ImportRowModel(QObject *parent = nullptr);

    void clear();
    // Rows the dry run found invalid have no email of their own; this column's cell stands in
    // (-1: none).
    void setEmailColumn(qsizetype column) { m_emailColumn = column; }
    void append(const QList<ImportRowEntry> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    // data() before DisplayText::escapedForRole(): cells as the file or the store has them.
    QVariant unescapedData(const QModelIndex &index, int role) const;
    struct Row
    {
        qint64 line = 0;
        ImportPlan plan = ImportPlan::Invalid;
        ImportOutcome outcome = ImportOutcome::None;
        QString email;
        QString reason;
        // The reason without "Line N, column X:", which the Line column says already.
        QString shownReason;
    };
    QList<Row> m_rows;
    qsizetype m_emailColumn = -1;
};
