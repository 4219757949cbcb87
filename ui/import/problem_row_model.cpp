#include "problem_row_model.h"

#include "display_text.h"
#include "issue_cell_delegate.h"

using namespace Qt::StringLiterals;

namespace {
// A cell longer than this shows its start; the tooltip and the failed-rows file have it whole.
constexpr qsizetype ShownCellLength = 200;
} // namespace

ProblemRowModel::ProblemRowModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProblemRowModel::reset(const QStringList &header)
{
    beginResetModel();
    m_header = header;
    m_rows.clear();
    m_columns = int(header.size()) + 1;
    endResetModel();
}

void ProblemRowModel::append(const QList<ValidatedRow> &rows)
{
    if (rows.isEmpty())
        return;
    int widest = m_columns;
    for (const ValidatedRow &row : rows)
        widest = std::max(widest, int(row.record.size()) + 1);
    if (widest > m_columns) {
        beginInsertColumns({}, m_columns, widest - 1);
        m_columns = widest;
        endInsertColumns();
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
}

int ProblemRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProblemRowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QStringList ProblemRowModel::messagesAt(const ValidatedRow &row, qsizetype column) const
{
    QStringList messages;
    for (const RowIssue &issue : row.issues) {
        if (issue.column == column)
            messages << issue.message;
    }
    return messages;
}

QVariant ProblemRowModel::data(const QModelIndex &index, int role) const
{
    return DisplayText::escapedForRole(unescapedData(index, role), role);
}

QVariant ProblemRowModel::unescapedData(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ValidatedRow &row = m_rows.at(index.row());
    const qsizetype column = index.column() - 1; // -1: the line
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        if (column < 0)
            return QString::number(row.line());
        const QStringView cell = row.record.field(column);
        QString text = cell.size() > ShownCellLength ? cell.first(ShownCellLength).toString() + u'…'
                                                     : cell.toString();
        text.replace(u'\n', u' ').replace(u'\r', u' ');
        return text;
    }
    case Qt::ToolTipRole: {
        const QStringList messages =
            column < 0 ? row.errorText().split(u"; "_s) : messagesAt(row, column);
        return messages.isEmpty() ? QVariant() : QVariant(messages.join(u'\n'));
    }
    case IssueCellDelegate::HasIssueRole:
        return !messagesAt(row, column).isEmpty();
    case Qt::TextAlignmentRole:
        return column < 0 ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant ProblemRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Line");
    return section - 1 < m_header.size() ? DisplayText::escaped(m_header.at(section - 1))
                                         : tr("Column %1").arg(section);
}
