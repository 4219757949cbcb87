#pragma once

#include "member_sort_worker.h"
#include "member_table_model.h"
#include "search_query.h"

#include <QAbstractProxyModel>
#include <QHash>
#include <QPointer>

// The Roster window's view of a MemberTableModel: search as you type over name and email,
// filters by status, role and group, and a sort by any column, fast at a million members.
//
// Why not QSortFilterProxyModel: it calls filterAcceptsRow() once per row, then sorts what
// remains through lessThan() on QModelIndex pairs, every keystroke (member_table_benchmark
// --compare-qsfpm times both over the same model). This proxy reads the model's MemberStorage
// directly; names and emails sort from orders the storage keeps ready, other columns of a large
// roster on a worker thread:
// - Search (SearchQuery): the folded search text of each member is one span of a UTF-8 buffer;
//   a keystroke scans it in row order (memory order), and only the rows that matched the
//   previous text when the new text narrows it. The result is a flag per row.
// - Filters: the status is a byte per row; the role and group filters are a flag per entry of
//   the storage's tables of distinct roles and group sets (MemberFacets), looked up by the
//   row's index into them: a change of filter reads no text of any row.
// - Sort: the full order of all rows for the sort column (MemberSort: the storage's name and
//   email orders, or a job on a MemberSortWorker thread for a large roster; cached per column
//   and direction until the members change); the shown rows are that order with the hidden
//   rows left out, so a keystroke never sorts.
// - A filter or sort change is one layoutChanged, keeping the selection on members that stay
//   visible; single-member updates from the model become single-row inserts, removals, moves
//   and dataChanged.
// Equal values keep their model row order in both directions.
class MemberFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    enum StatusFlag
    {
        ShowActive = 1 << int(MemberStatus::Active),
        ShowPending = 1 << int(MemberStatus::Pending),
        ShowDeactivated = 1 << int(MemberStatus::Deactivated),
        ShowUnknown = 1 << int(MemberStatus::Unknown),
        ShowUnlisted = 1 << int(MemberStatus::Unlisted),
        ShowAll = ShowActive | ShowPending | ShowDeactivated | ShowUnknown | ShowUnlisted
    };
    Q_DECLARE_FLAGS(StatusFilter, StatusFlag)
    Q_FLAG(StatusFilter)

    explicit MemberFilterProxy(QObject *parent = nullptr);

    // Only a MemberTableModel (or none): another model is refused with a warning.
    void setSourceModel(QAbstractItemModel *model) override;
    MemberTableModel *memberModel() const { return m_model; }

    // Folded and split into words (SearchQuery); empty shows every member.
    void setSearchText(const QString &text);
    const QString &searchText() const { return m_searchText; }
    void setStatusFilter(StatusFilter filter);
    StatusFilter statusFilter() const { return m_statusFilter; }
    // Empty: any role; else the members whose role reads `role` (MemberStorage::Role::text()).
    void setRoleFilter(const QString &role);
    const QString &roleFilter() const { return m_roleFilter; }
    // Empty: any group; else the members in the group with this key (MemberFacets::groupKey()).
    void setGroupFilter(const QString &groupKey);
    const QString &groupFilter() const { return m_groupFilter; }

    // column -1: the model's order. Names and emails are sorted at once (their orders are kept
    // ready); another column of a large roster (backgroundSortRows()) is sorted on a worker
    // thread: sortColumn() and sortOrder() say what was asked at once, isSorting() is true and
    // the rows keep their order until the new one is applied, in one layout change. A sort asked
    // meanwhile replaces it; members changing meanwhile make it start again.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    bool isSorting() const { return m_pendingTicket != 0; }
    // From how many members a sort that is not ready goes to a worker thread (default 50,000:
    // below it, any column sorts in a few milliseconds).
    void setBackgroundSortRows(int rows) { m_backgroundSortRows = rows; }
    int backgroundSortRows() const { return m_backgroundSortRows; }

    int sourceRow(int proxyRow) const { return int(m_shown.at(proxyRow)); }
    // -1 when the member is filtered out.
    int proxyRow(int sourceRow) const { return m_proxyOf.at(sourceRow); }

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;

Q_SIGNALS:
    // The number of members shown changed (after filtering, a load or an update).
    void shownCountChanged(int shown, int total);
    // A sort started on a worker thread (true), or was applied or given up (false).
    void sortingChanged(bool sorting);

private:
    const MemberStorage &members() const { return m_model->members(); }
    bool isShown(qsizetype sourceRow) const
    {
        return m_matches.at(sourceRow) &&
               (m_statusFilter & (1 << int(members().status(sourceRow)))) &&
               (!m_filtersTables || (m_roleShown.at(members().roleIndex(sourceRow)) &&
                                     m_groupSetShown.at(members().groupSetIndex(sourceRow))));
    }
    // Brings the role and group set flags up to the storage's tables: anew (after a filter
    // change or a new storage), or for the entries added since (tables only grow).
    void syncTableFilters(bool anew);
    // A filter changed: the shown rows again, as one layout change.
    void refilter();
    // Whether source row `a` comes before `b` in the shown order.
    bool before(quint32 a, quint32 b) const;
    void matchAll();
    void narrowMatches();
    // The members changed: cached orders and a sort under way are out of date.
    void forgetOrders();
    // Whether the asked order can be applied now, without a worker.
    bool canSortNow() const;
    // After a change of the members: the asked order if ready, else the model's until a worker
    // brings it (startSort()).
    void chooseAppliedOrder();
    void startSort();
    void setSorting(bool sorting);
    void sorted(quint64 ticket, const QList<quint32> &rows);
    void computeOrder();
    // Rebuilds the shown rows from the order and the flags, as one layout change.
    void relayout(QAbstractItemModel::LayoutChangeHint hint);
    void rebuildShown();
    void rebuildProxyOf();
    void notifyShownCount();
    void insertInOrder(quint32 sourceRow);
    void removeFromOrder(quint32 sourceRow);
    void showRow(quint32 sourceRow);
    void hideRow(quint32 sourceRow);

    void sourceReset();
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);

    QPointer<MemberTableModel> m_model;
    QList<QMetaObject::Connection> m_connections;
    QString m_searchText;
    SearchQuery m_query;
    StatusFilter m_statusFilter = ShowAll;
    QString m_roleFilter;
    QString m_groupFilter;
    // Whether a role or group filter is set; per entry of the storage's role and group set
    // tables, whether its members pass.
    bool m_filtersTables = false;
    QList<quint8> m_roleShown;
    QList<quint8> m_groupSetShown;
    // Asked for (sort()), and in effect in m_order: they differ while a worker sorts.
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_appliedColumn = -1;
    Qt::SortOrder m_appliedOrder = Qt::AscendingOrder;
    int m_backgroundSortRows = 50000;
    MemberSortWorker m_sorter;
    quint64 m_lastTicket = 0;
    // The sort under way (0: none), and the members' version it started on.
    quint64 m_pendingTicket = 0;
    quint64 m_pendingVersion = 0;
    int m_pendingColumn = -1;
    // Counts changes of the members that make orders out of date.
    quint64 m_version = 0;
    // Per source row: matches the search text.
    QList<quint8> m_matches;
    // Every source row, in the shown order.
    QList<quint32> m_order;
    // Ascending orders by column, while the members stay as they are.
    QHash<int, QList<quint32>> m_sortedByColumn;
    // The shown source rows, in order, and each source row's proxy row (-1: hidden).
    QList<quint32> m_shown;
    QList<qint32> m_proxyOf;
    int m_lastShownCount = -1;
    int m_lastTotal = -1;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(MemberFilterProxy::StatusFilter)
