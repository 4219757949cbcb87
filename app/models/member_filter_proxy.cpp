#include "member_filter_proxy.h"

#include "member_facets.h"
#include "member_sort.h"

#include <algorithm>
#include <numeric>

MemberFilterProxy::MemberFilterProxy(QObject *parent) : QAbstractProxyModel(parent)
{
    connect(&m_sorter, &MemberSortWorker::finished, this, &MemberFilterProxy::sorted);
}

void MemberFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    auto *memberModel = qobject_cast<MemberTableModel *>(model);
    if (model && !memberModel) {
        qWarning("MemberFilterProxy: the source model must be a MemberTableModel");
        return;
    }
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_model = memberModel;
    QAbstractProxyModel::setSourceModel(memberModel);
    if (memberModel) {
        m_connections = {
            connect(memberModel, &QAbstractItemModel::modelAboutToBeReset, this,
                    &MemberFilterProxy::beginResetModel),
            connect(memberModel, &QAbstractItemModel::modelReset, this,
                    &MemberFilterProxy::sourceReset),
            connect(memberModel, &QAbstractItemModel::rowsInserted, this,
                    &MemberFilterProxy::sourceRowsInserted),
            connect(memberModel, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    &MemberFilterProxy::sourceRowsAboutToBeRemoved),
            connect(memberModel, &QAbstractItemModel::rowsRemoved, this,
                    &MemberFilterProxy::sourceRowsRemoved),
            connect(memberModel, &QAbstractItemModel::dataChanged, this,
                    &MemberFilterProxy::sourceDataChanged),
        };
    }
    forgetOrders();
    if (m_model) {
        syncTableFilters(true);
        matchAll();
        chooseAppliedOrder();
        computeOrder();
    } else {
        m_matches.clear();
        m_order.clear();
    }
    rebuildShown();
    endResetModel();
    notifyShownCount();
    if (m_model && m_appliedColumn != m_sortColumn)
        startSort();
}

void MemberFilterProxy::sourceReset()
{
    forgetOrders();
    syncTableFilters(true);
    matchAll();
    chooseAppliedOrder();
    computeOrder();
    rebuildShown();
    endResetModel();
    notifyShownCount();
    if (m_appliedColumn != m_sortColumn)
        startSort();
}

void MemberFilterProxy::forgetOrders()
{
    ++m_version;
    m_sortedByColumn.clear();
}

bool MemberFilterProxy::canSortNow() const
{
    return m_sortColumn < 0 || MemberSort::isInstant(m_sortColumn) ||
           m_sortedByColumn.contains(m_sortColumn) || members().size() < m_backgroundSortRows;
}

void MemberFilterProxy::chooseAppliedOrder()
{
    const bool now = canSortNow();
    m_appliedColumn = now ? m_sortColumn : -1;
    m_appliedOrder = now ? m_sortOrder : Qt::AscendingOrder;
    if (now)
        setSorting(false);
}

void MemberFilterProxy::startSort()
{
    const bool wasSorting = isSorting();
    m_pendingTicket = ++m_lastTicket;
    m_pendingVersion = m_version;
    m_pendingColumn = m_sortColumn;
    m_sorter.start(m_pendingTicket, MemberSort::sortJob(members(), m_sortColumn));
    if (!wasSorting)
        Q_EMIT sortingChanged(true);
}

void MemberFilterProxy::setSorting(bool sorting)
{
    if (sorting == isSorting())
        return;
    if (!sorting)
        m_pendingTicket = 0;
    Q_EMIT sortingChanged(sorting);
}

void MemberFilterProxy::sorted(quint64 ticket, const QList<quint32> &rows)
{
    if (ticket != m_pendingTicket || !m_model)
        return;
    if (m_pendingVersion != m_version || rows.size() != members().size()) {
        startSort(); // the members changed meanwhile
        return;
    }
    m_sortedByColumn.insert(m_pendingColumn, rows);
    m_appliedColumn = m_sortColumn;
    m_appliedOrder = m_sortOrder;
    computeOrder();
    relayout(QAbstractItemModel::VerticalSortHint);
    setSorting(false);
}

void MemberFilterProxy::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    SearchQuery query(text);
    const bool narrowing = query.narrows(m_query);
    m_searchText = text;
    m_query = std::move(query);
    if (!m_model)
        return;
    if (narrowing)
        narrowMatches();
    else
        matchAll();
    relayout(QAbstractItemModel::NoLayoutChangeHint);
}

void MemberFilterProxy::setStatusFilter(StatusFilter filter)
{
    if (filter == m_statusFilter)
        return;
    m_statusFilter = filter;
    refilter();
}

void MemberFilterProxy::setRoleFilter(const QString &role)
{
    if (role == m_roleFilter)
        return;
    m_roleFilter = role;
    refilter();
}

void MemberFilterProxy::setGroupFilter(const QString &groupKey)
{
    if (groupKey == m_groupFilter)
        return;
    m_groupFilter = groupKey;
    refilter();
}

void MemberFilterProxy::refilter()
{
    m_filtersTables = !m_roleFilter.isEmpty() || !m_groupFilter.isEmpty();
    if (!m_model)
        return;
    syncTableFilters(true);
    relayout(QAbstractItemModel::NoLayoutChangeHint);
}

void MemberFilterProxy::syncTableFilters(bool anew)
{
    if (anew) {
        m_roleShown.clear();
        m_groupSetShown.clear();
    }
    const MemberStorage &all = members();
    for (auto index = m_roleShown.size(); index < all.roleCount(); ++index)
        m_roleShown.append(m_roleFilter.isEmpty() ||
                           all.roleAt(quint32(index)).text() == m_roleFilter);
    for (auto index = m_groupSetShown.size(); index < all.groupSetCount(); ++index)
        m_groupSetShown.append(
            m_groupFilter.isEmpty() ||
            MemberFacets::hasGroup(all.groupSetGroups(quint32(index)), m_groupFilter));
}

void MemberFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= MemberTableModel::ColumnCount)
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_model)
        return;
    if (!canSortNow()) {
        if (!isSorting() || m_pendingColumn != column)
            startSort(); // the other direction comes from the same ascending order
        return;
    }
    setSorting(false);
    m_appliedColumn = column;
    m_appliedOrder = order;
    computeOrder();
    relayout(QAbstractItemModel::VerticalSortHint);
}

void MemberFilterProxy::matchAll()
{
    const MemberStorage &all = members();
    const qsizetype rows = all.size();
    m_matches.resize(rows);
    if (m_query.isEmpty()) {
        std::fill(m_matches.begin(), m_matches.end(), quint8(1));
        return;
    }
    for (qsizetype row = 0; row < rows; ++row)
        m_matches[row] = m_query.matches(all.searchText(row));
}

void MemberFilterProxy::narrowMatches()
{
    const MemberStorage &all = members();
    const qsizetype rows = all.size();
    for (qsizetype row = 0; row < rows; ++row) {
        if (m_matches.at(row))
            m_matches[row] = m_query.matches(all.searchText(row));
    }
}

void MemberFilterProxy::computeOrder()
{
    if (m_appliedColumn < 0) {
        m_order.resize(members().size());
        std::iota(m_order.begin(), m_order.end(), 0u);
        return;
    }
    const int column = m_appliedColumn;
    const int key = m_appliedOrder == Qt::AscendingOrder ? column : -1 - column;
    if (const auto cached = m_sortedByColumn.constFind(key); cached != m_sortedByColumn.cend()) {
        m_order = *cached;
        return;
    }
    const auto ascending = m_sortedByColumn.constFind(column);
    const QList<quint32> sorted = ascending != m_sortedByColumn.cend()
                                      ? *ascending
                                      : MemberSort::sortedRows(members(), column);
    m_sortedByColumn.insert(column, sorted);
    if (m_appliedOrder == Qt::AscendingOrder) {
        m_order = sorted;
    } else {
        m_order = MemberSort::descending(members(), column, sorted);
        m_sortedByColumn.insert(key, m_order);
    }
}

bool MemberFilterProxy::before(quint32 a, quint32 b) const
{
    if (m_appliedColumn >= 0) {
        int order = MemberSort::compare(members(), m_appliedColumn, a, b);
        if (m_appliedOrder == Qt::DescendingOrder)
            order = -order;
        if (order != 0)
            return order < 0;
    }
    return a < b;
}

void MemberFilterProxy::relayout(QAbstractItemModel::LayoutChangeHint hint)
{
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList persistent = persistentIndexList();
    QList<std::pair<int, int>> sourceCells;
    sourceCells.reserve(persistent.size());
    for (const QModelIndex &index : persistent)
        sourceCells.append({sourceRow(index.row()), index.column()});
    rebuildShown();
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (const auto &[row, column] : std::as_const(sourceCells)) {
        const int shownRow = m_proxyOf.at(row);
        moved.append(shownRow < 0 ? QModelIndex() : createIndex(shownRow, column));
    }
    changePersistentIndexList(persistent, moved);
    Q_EMIT layoutChanged({}, hint);
    notifyShownCount();
}

void MemberFilterProxy::rebuildShown()
{
    m_shown.clear();
    if (!m_model) {
        m_proxyOf.clear();
        return;
    }
    m_shown.reserve(m_order.size());
    for (const quint32 row : std::as_const(m_order)) {
        if (isShown(row))
            m_shown.append(row);
    }
    rebuildProxyOf();
}

void MemberFilterProxy::rebuildProxyOf()
{
    m_proxyOf.resize(m_model ? members().size() : 0);
    std::fill(m_proxyOf.begin(), m_proxyOf.end(), -1);
    for (qsizetype i = 0; i < m_shown.size(); ++i)
        m_proxyOf[m_shown.at(i)] = qint32(i);
}

void MemberFilterProxy::notifyShownCount()
{
    const int shown = int(m_shown.size());
    const int total = int(m_order.size());
    if (shown == m_lastShownCount && total == m_lastTotal)
        return;
    m_lastShownCount = shown;
    m_lastTotal = total;
    Q_EMIT shownCountChanged(shown, total);
}

void MemberFilterProxy::insertInOrder(quint32 sourceRow)
{
    const auto at = std::partition_point(m_order.cbegin(), m_order.cend(),
                                         [&](quint32 row) { return before(row, sourceRow); });
    m_order.insert(at - m_order.cbegin(), sourceRow);
}

void MemberFilterProxy::removeFromOrder(quint32 sourceRow)
{
    m_order.removeOne(sourceRow);
}

void MemberFilterProxy::showRow(quint32 sourceRow)
{
    const auto at = std::partition_point(m_shown.cbegin(), m_shown.cend(),
                                         [&](quint32 row) { return before(row, sourceRow); });
    const int position = int(at - m_shown.cbegin());
    beginInsertRows(QModelIndex(), position, position);
    m_shown.insert(position, sourceRow);
    rebuildProxyOf();
    endInsertRows();
}

void MemberFilterProxy::hideRow(quint32 sourceRow)
{
    const int position = m_proxyOf.at(sourceRow);
    beginRemoveRows(QModelIndex(), position, position);
    m_shown.remove(position);
    rebuildProxyOf();
    endRemoveRows();
}

void MemberFilterProxy::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    forgetOrders();
    syncTableFilters(false);
    const auto count = quint32(last - first + 1);
    for (QList<quint32> *rows : {&m_order, &m_shown}) {
        for (quint32 &row : *rows) {
            if (row >= quint32(first))
                row += count;
        }
    }
    m_matches.insert(first, count, 0);
    for (int row = first; row <= last; ++row) {
        m_matches[row] = m_query.matches(members().searchText(row));
        insertInOrder(quint32(row));
    }
    rebuildProxyOf();
    for (int row = first; row <= last; ++row) {
        if (isShown(row))
            showRow(quint32(row));
    }
    notifyShownCount();
}

void MemberFilterProxy::sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    forgetOrders();
    for (int row = last; row >= first; --row) {
        if (m_proxyOf.at(row) >= 0)
            hideRow(quint32(row));
        removeFromOrder(quint32(row));
    }
}

void MemberFilterProxy::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const auto count = quint32(last - first + 1);
    for (QList<quint32> *rows : {&m_order, &m_shown}) {
        for (quint32 &row : *rows) {
            if (row > quint32(last))
                row -= count;
        }
    }
    m_matches.remove(first, count);
    rebuildProxyOf();
    notifyShownCount();
}

void MemberFilterProxy::sourceDataChanged(const QModelIndex &topLeft,
                                          const QModelIndex &bottomRight, const QList<int> &)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    forgetOrders();
    syncTableFilters(false);
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const auto sourceRow = quint32(row);
        m_matches[row] = m_query.matches(members().searchText(row));
        removeFromOrder(sourceRow);
        insertInOrder(sourceRow);
        const bool wasShown = m_proxyOf.at(row) >= 0;
        const bool shown = isShown(row);
        if (wasShown && !shown) {
            hideRow(sourceRow);
        } else if (!wasShown && shown) {
            showRow(sourceRow);
        } else if (shown) {
            const int from = m_proxyOf.at(row);
            m_shown.remove(from);
            const auto at =
                std::partition_point(m_shown.cbegin(), m_shown.cend(),
                                     [&](quint32 other) { return before(other, sourceRow); });
            const int to = int(at - m_shown.cbegin());
            m_shown.insert(from, sourceRow);
            if (to != from) {
                // beginMoveRows counts the destination before the move.
                beginMoveRows(QModelIndex(), from, from, QModelIndex(), to > from ? to + 1 : to);
                m_shown.remove(from);
                m_shown.insert(to, sourceRow);
                rebuildProxyOf();
                endMoveRows();
            }
            const int at2 = m_proxyOf.at(row);
            Q_EMIT dataChanged(index(at2, topLeft.column()), index(at2, bottomRight.column()));
        }
    }
    notifyShownCount();
}

QModelIndex MemberFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_shown.size() || column < 0 ||
        column >= columnCount())
        return QModelIndex();
    return createIndex(row, column);
}

QModelIndex MemberFilterProxy::parent(const QModelIndex &) const
{
    return QModelIndex();
}

int MemberFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int MemberFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_model ? 0 : MemberTableModel::ColumnCount;
}

bool MemberFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_shown.isEmpty();
}

QModelIndex MemberFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.row() >= m_shown.size())
        return QModelIndex();
    return m_model->index(int(m_shown.at(proxyIndex.row())), proxyIndex.column());
}

QModelIndex MemberFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid() || sourceIndex.row() >= m_proxyOf.size())
        return QModelIndex();
    const int row = m_proxyOf.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex MemberFilterProxy::sibling(int row, int column, const QModelIndex &index) const
{
    return this->index(row, column, index.parent());
}
