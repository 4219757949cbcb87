#include "validation_issue_model.h"

#include "display_text.h"

ValidationIssueModel::ValidationIssueModel(QObject *parent) : QAbstractTableModel(parent) {}

void ValidationIssueModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_problemRows = 0;
    endResetModel();
}

void ValidationIssueModel::append(const QList<ValidatedRow> &rows)
{
    QList<Entry> added;
    for (const ValidatedRow &row : rows) {
        for (const RowIssue &issue : row.issues)
            added.append({issue, m_problemRows});
        ++m_problemRows;
    }
    if (added.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + added.size() - 1));
    m_entries.append(added);
    endInsertRows();
}

int ValidationIssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ValidationIssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ValidationIssueModel::data(const QModelIndex &index, int role) const
{
    return DisplayText::escapedForRole(unescapedData(index, role), role);
}

QVariant ValidationIssueModel::unescapedData(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    const RowIssue &issue = entry.issue;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Line:
            return QString::number(issue.line);
        case ColumnName:
            return issue.column >= 0 ? issue.columnName : tr("(whole row)");
        case Field:
            return issue.field ? importFieldDisplayName(*issue.field) : QString();
        case Message:
            // The Line and Column columns say where: the problem alone (an address it starts
            // with keeps its case).
            return issue.detail.isEmpty() ? issue.message : issue.detail;
        }
        return {};
    case Qt::ToolTipRole:
        return issue.message;
    case Qt::TextAlignmentRole:
        return index.column() == Line ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                      : QVariant();
    case ProblemRowRole:
        return entry.problemRow;
    case FileColumnRole:
        return int(issue.column);
    default:
        return {};
    }
}

QVariant ValidationIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line:
        return tr("Line");
    case ColumnName:
        return tr("Column");
    case Field:
        return tr("Field");
    case Message:
        return tr("Problem");
    }
    return {};
}
