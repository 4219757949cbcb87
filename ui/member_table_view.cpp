#include "member_table_view.h"

#include "member_filter_proxy.h"
#include "member_status_text.h"

#include <QHeaderView>
#include <QMenu>

using namespace Qt::StringLiterals;

MemberTableView::MemberTableView(QWidget *parent) : QTableView(parent)
{
    setObjectName(u"memberTable"_s);
    setAccessibleName(tr("Members"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTabKeyNavigation(false);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            &MemberTableView::showColumnMenu);
    // A million rows: QTableView must not measure them.
    header->setSectionResizeMode(QHeaderView::Interactive);
}

void MemberTableView::setProxy(MemberFilterProxy *proxy)
{
    m_proxy = proxy;
    setModel(proxy);
    setSortingEnabled(true);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    const int widths[] = {200, 260, 100, 110, 180, 150, 140, 140, 140};
    for (int column = 0; column < MemberTableModel::ColumnCount; ++column)
        setColumnWidth(column, widths[column]);
    // Wide enough for every status word in the user's language ("Never signed in").
    int widest = 0;
    for (MemberStatus status : {MemberStatus::Active, MemberStatus::Pending,
                                MemberStatus::Deactivated, MemberStatus::Unlisted})
        widest = std::max(widest, fontMetrics().horizontalAdvance(memberStatusText(status)));
    widest = std::max(
        widest, fontMetrics().horizontalAdvance(memberStatusText(MemberStatus::Unknown, true)));
    setColumnWidth(
        MemberTableModel::Status,
        std::max(widths[MemberTableModel::Status], widest + 3 * fontMetrics().averageCharWidth()));
    for (int column : {MemberTableModel::ProviderId, MemberTableModel::Created,
                       MemberTableModel::Updated, MemberTableModel::LastSynced})
        setColumnHidden(column, true);
}

void MemberTableView::setDensity(Preferences::Density density)
{
    const int text = fontMetrics().height();
    verticalHeader()->setDefaultSectionSize(density == Preferences::Density::Compact ? text + 4
                                                                                     : text + 12);
}

QByteArray MemberTableView::headerState() const
{
    return horizontalHeader()->saveState();
}

void MemberTableView::restoreHeaderState(const QByteArray &state)
{
    if (!state.isEmpty())
        horizontalHeader()->restoreState(state);
}

QList<int> MemberTableView::selectedSourceRows() const
{
    QList<int> rows;
    if (!m_proxy)
        return rows;
    QModelIndexList selected = selectionModel()->selectedRows();
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(selected))
        rows.append(m_proxy->sourceRow(index.row()));
    return rows;
}

int MemberTableView::currentSourceRow() const
{
    const QModelIndex current = currentIndex();
    if (!m_proxy || !current.isValid() || !selectionModel()->isRowSelected(current.row()))
        return -1;
    return m_proxy->sourceRow(current.row());
}

void MemberTableView::selectSourceRow(int sourceRow)
{
    if (!m_proxy || sourceRow < 0)
        return;
    const int row = m_proxy->proxyRow(sourceRow);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->index(row, 0);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    scrollTo(index);
}

void MemberTableView::showColumnMenu(const QPoint &position)
{
    QMenu menu(this);
    for (int column = 0; column < model()->columnCount(); ++column) {
        QAction *action = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(column));
        // The name and the email stay: a table without them identifies nobody.
        action->setEnabled(column != MemberTableModel::Name && column != MemberTableModel::Email);
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { setColumnHidden(column, !shown); });
    }
    menu.exec(horizontalHeader()->mapToGlobal(position));
}
