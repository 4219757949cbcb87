#include "member_table_view.h"

#include "avatar_cache.h"
#include "avatar_delegate.h"
#include "member_filter_proxy.h"

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
    horizontalHeader()->setSectionResizeMode(MemberTableModel::Avatar, QHeaderView::Fixed);
    setColumnLayout(MemberTableLayout::defaultFor(Provider::Heartbeat, fontMetrics()));
}

void MemberTableView::setAvatarCache(AvatarCache *cache)
{
    setItemDelegateForColumn(MemberTableModel::Avatar, new AvatarDelegate(cache, this));
    // A picture that arrives is drawn in every row on screen that shows it.
    if (cache)
        connect(cache, &AvatarCache::avatarReady, viewport(), qOverload<>(&QWidget::update));
}

void MemberTableView::setDensity(Preferences::Density density)
{
    const int text = fontMetrics().height();
    verticalHeader()->setDefaultSectionSize(density == Preferences::Density::Compact ? text + 4
                                                                                     : text + 12);
}

MemberTableLayout MemberTableView::columnLayout() const
{
    return MemberTableLayout::of(*horizontalHeader());
}

void MemberTableView::setColumnLayout(const MemberTableLayout &layout)
{
    layout.applyTo(*horizontalHeader());
    // The picture column keeps its width whatever a saved layout says.
    horizontalHeader()->resizeSection(MemberTableModel::Avatar, MemberTableLayout::avatarWidth());
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
        QAction *action = menu.addAction(MemberTableModel::columnTitle(column));
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(column));
        action->setEnabled(!MemberTableLayout::isRequired(column));
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { setColumnHidden(column, !shown); });
    }
    menu.exec(horizontalHeader()->mapToGlobal(position));
}
