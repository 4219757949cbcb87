#include "import_row_model.h"

#include "display_text.h"
#include "import_text.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
// Each "Line 4, column “E-mail”: …" of `reason` (issues joined with "; ") without what precedes
// its first colon, when that names `line`: the text beside a Line column.
QString withoutLinePrefix(const QString &reason, qint64 line)
{
    const QRegularExpression names(u"\\b%1\\b"_s.arg(line));
    QStringList parts = reason.split(u"; "_s);
    for (QString &part : parts) {
        const qsizetype colon = part.indexOf(u": "_s);
        if (colon > 0 && colon < 80 && names.match(part.first(colon)).hasMatch()) {
            part = part.sliced(colon + 2);
        }
    }
    return parts.join(u"; "_s);
}
} // namespace

ImportRowModel::ImportRowModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportRowModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ImportRowModel::append(const QList<ImportRowEntry> &rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    for (const ImportRowEntry &entry : rows) {
        const QString email = entry.email.isEmpty() && m_emailColumn >= 0
                                  ? entry.cells.value(m_emailColumn).trimmed()
                                  : entry.email;
        m_rows.append({entry.line, entry.plan, entry.outcome, email, entry.error,
                       withoutLinePrefix(entry.error, entry.line), entry.change});
    }
    endInsertRows();
}

QString ImportRowModel::planText(ImportPlan plan) const
{
    return m_provider ? ImportText::plan(plan, *m_provider) : ImportText::plan(plan);
}

int ImportRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportRowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportRowModel::data(const QModelIndex &index, int role) const
{
    return DisplayText::escapedForRole(unescapedData(index, role), role);
}

QVariant ImportRowModel::unescapedData(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Line:
            if (role == Qt::AccessibleTextRole && !row.isFromFile())
                return tr("Not in the file");
            return ImportText::line(row.line);
        case Plan:
            return planText(row.plan);
        case Outcome:
            return ImportText::outcome(row.outcome);
        case Email:
            return row.email;
        case Reason:
            return row.shownReason;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Line && !row.isFromFile())
            return tr("Not in the file: a member at the provider whom the file does not list.");
        return index.column() == Reason && !row.reason.isEmpty() ? QVariant(row.reason)
                                                                 : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Line ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                      : QVariant();
    case PlanRole:
        return int(row.plan);
    case OutcomeRole:
        return int(row.outcome);
    default:
        return {};
    }
}

QVariant ImportRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line:
        return tr("Line");
    case Plan:
        return tr("Plan");
    case Outcome:
        return tr("Outcome");
    case Email:
        return tr("Email");
    case Reason:
        return tr("Details");
    }
    return {};
}
