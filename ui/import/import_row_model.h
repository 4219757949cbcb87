#pragma once

#include "import_journal.h"
#include "provider.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <optional>

// Rows of an import run as the journal has them: line, plan, outcome, email and the details
// (why it is not sent, what an update changes field by field, or the provider's refusal), and
// the change each makes (for ImportRowDetails). Only what the page shows is kept. Members the
// file does not hold (a mirror's deactivations) have no line: "—".
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
    // Plans are worded for this provider ("Cannot deactivate on Beam.gg"); none: generic words.
    void setProvider(Provider provider) { m_provider = provider; }
    void append(const QList<ImportRowEntry> &rows);

    struct Row
    {
        qint64 line = 0;
        ImportPlan plan = ImportPlan::Invalid;
        ImportOutcome outcome = ImportOutcome::None;
        QString email;
        QString reason;
        // The reason without "Line N, column X:", which the Line column says already.
        QString shownReason;
        std::optional<QJsonObject> change; // RowChange's JSON, when the journal has one

        bool isFromFile() const { return line < ImportRowEntry::FirstOutsideLine; }
    };
    // The row at `row` of this model (not of a proxy over it).
    const Row &row(int row) const { return m_rows.at(row); }
    QString planText(ImportPlan plan) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    // data() before DisplayText::escapedForRole(): cells as the file or the store has them.
    QVariant unescapedData(const QModelIndex &index, int role) const;
    QList<Row> m_rows;
    qsizetype m_emailColumn = -1;
    std::optional<Provider> m_provider;
};
