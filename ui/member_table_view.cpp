#include "member_table_view.h"

#include "avatar_cache.h"
#include "avatar_delegate.h"
#include "member_filter_proxy.h"
#include "member_row_delegate.h"
#include "status_badge_delegate.h"

#include <QFocusEvent>
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
    // A column sized by the user (not hidden or shown, not the last one stretched to the edge)
    // keeps its width: the table stops fitting.
    connect(header, &QHeaderView::sectionResized, this, [this](int column, int before, int after) {
        const QHeaderView *header = horizontalHeader();
        int last = header->count() - 1;
        while (last > 0 && header->isSectionHidden(header->logicalIndex(last)))
            --last;
        if (!m_arranging && before > 0 && after > 0 && column != header->logicalIndex(last))
            m_fitToWidth = false;
    });
}

void MemberTableView::setProxy(MemberFilterProxy *proxy)
{
    m_proxy = proxy;
    setModel(proxy);
    setSortingEnabled(true);
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    horizontalHeader()->setSectionResizeMode(MemberTableModel::Avatar, QHeaderView::Fixed);
    setItemDelegate(new MemberRowDelegate(this));
    setItemDelegateForColumn(MemberTableModel::Status, new StatusBadgeDelegate(this));
    setColumnLayout(MemberTableLayout::defaultFor(Provider::Heartbeat, fontMetrics()));
    // The selection model drops rows the proxy hides or removes without saying so.
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &MemberTableView::checkSelection);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &MemberTableView::checkSelection);
    connect(proxy, &QAbstractItemModel::modelReset, this, &MemberTableView::checkSelection);
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (m_proxy && index.isValid())
            Q_EMIT memberOpened(m_proxy->sourceRow(index.row()));
    });
}

void MemberTableView::selectionChanged(const QItemSelection &selected,
                                       const QItemSelection &deselected)
{
    QTableView::selectionChanged(selected, deselected);
    checkSelection();
}

void MemberTableView::checkSelection()
{
    QList<int> rows = selectedSourceRows();
    if (rows == m_selectedRows)
        return;
    m_selectedRows = std::move(rows);
    Q_EMIT selectedMembersChanged();
}

void MemberTableView::focusInEvent(QFocusEvent *event)
{
    QTableView::focusInEvent(event);
    // Reached by the keyboard: a row to act on, never an invisible focus.
    const bool byKeyboard = event->reason() == Qt::TabFocusReason ||
                            event->reason() == Qt::BacktabFocusReason ||
                            event->reason() == Qt::ShortcutFocusReason;
    if (byKeyboard && m_proxy && m_proxy->rowCount() > 0 && !selectionModel()->hasSelection()) {
        const QModelIndex current = currentIndex();
        selectSourceRow(m_proxy->sourceRow(current.isValid() ? current.row() : 0));
    }
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
    MemberTableLayout layout = MemberTableLayout::of(*horizontalHeader());
    layout.fitToWidth = m_fitToWidth;
    if (m_fitToWidth) {
        for (MemberTableLayout::Column &column : layout.columns) {
            if (column.shown && MemberTableLayout::isElastic(column.column))
                column.width = m_askedWidths.value(column.column, column.width);
        }
    }
    return layout;
}

void MemberTableView::setColumnLayout(const MemberTableLayout &layout)
{
    setColumnLayout(layout, m_provider);
}

void MemberTableView::setColumnLayout(const MemberTableLayout &layout, Provider provider)
{
    m_provider = provider;
    m_fitToWidth = layout.fitToWidth;
    MemberTableLayout shown = layout;
    shown.limitTo(provider);
    m_askedWidths.clear();
    for (const MemberTableLayout::Column &column : std::as_const(shown.columns))
        m_askedWidths.insert(column.column, column.width);
    m_arranging = true;
    shown.applyTo(*horizontalHeader());
    // The picture column keeps its width whatever a saved layout says.
    horizontalHeader()->resizeSection(MemberTableModel::Avatar, MemberTableLayout::avatarWidth());
    m_arranging = false;
    fitColumns();
}

void MemberTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

void MemberTableView::fitColumns()
{
    if (!m_fitToWidth || !model())
        return;
    QHeaderView *header = horizontalHeader();
    const QFontMetrics metrics = header->fontMetrics();
    QList<int> elastic;
    int fixed = 0;
    int room = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const int asked = m_askedWidths.value(column, header->sectionSize(column));
        if (MemberTableLayout::isElastic(column)) {
            const int least = std::min(asked, MemberTableLayout::minimumWidth(column, metrics));
            elastic.append(column);
            fixed += least;
            room += asked - least;
        } else {
            fixed += column == MemberTableModel::Avatar ? MemberTableLayout::avatarWidth() : asked;
        }
    }
    const int available = viewport()->width() - 1;
    // The share of what the elastic columns could give up that they keep.
    const double kept =
        room <= 0 ? 1.0 : std::clamp(double(available - fixed) / double(room), 0.0, 1.0);
    m_arranging = true;
    for (int column : std::as_const(elastic)) {
        const int asked = m_askedWidths.value(column, header->sectionSize(column));
        const int least = std::min(asked, MemberTableLayout::minimumWidth(column, metrics));
        int width = least + int((asked - least) * kept);
        // Room to spare goes to the name and the email first, the addresses most often cut.
        const int spare = available - fixed - room;
        if (spare > 0 && (column == MemberTableModel::Name || column == MemberTableModel::Email))
            width += std::min(spare / 2, asked / 2);
        header->resizeSection(column, width);
    }
    m_arranging = false;
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

bool MemberTableView::focusFirstRow()
{
    if (!m_proxy || m_proxy->rowCount() == 0)
        return false;
    selectSourceRow(m_proxy->sourceRow(0));
    setFocus(Qt::OtherFocusReason);
    return true;
}

void MemberTableView::showColumnMenu(const QPoint &position)
{
    QMenu menu(this);
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (!MemberTableLayout::providerHas(m_provider, column))
            continue;
        QAction *action = menu.addAction(MemberTableModel::columnTitle(column));
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(column));
        action->setEnabled(!MemberTableLayout::isRequired(column));
        connect(action, &QAction::toggled, this, [this, column](bool shown) {
            setColumnHidden(column, !shown);
            fitColumns();
        });
    }
    menu.exec(horizontalHeader()->mapToGlobal(position));
}
