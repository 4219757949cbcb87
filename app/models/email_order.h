#pragma once

#include <QList>
#include <QStringView>
#include <functional>

// The rows of a MemberStorage by email, in code point order (equal emails, only possible when
// empty, in row order), kept up to date one row at a time like NameOrder: a sort by email is a
// copy of this list, never a sort on the GUI thread. The loader takes it from the store's email
// index (build() sorts in memory where it cannot); a changed member moves with a binary search
// and a move of the list.
class EmailOrder
{
public:
    using EmailOf = std::function<QStringView(qsizetype row)>;

    qsizetype rowCount() const { return m_rows.size(); }
    const QList<quint32> &rows() const { return m_rows; }

    // `rows`, every row once, already in email order.
    void set(QList<quint32> rows) { m_rows = std::move(rows); }
    // The rows whose ids come in `idsInOrder` (the store's email index), given each row's id
    // (`rowIds`, increasing); empty unless every id is a row's and every row comes once.
    static QList<quint32> rowsOfIds(const QList<qint64> &idsInOrder, const QList<qint64> &rowIds);
    // Sorts rows 0 .. count-1 from scratch.
    void build(qsizetype count, const EmailOf &emailOf);
    // Puts `row` (appended, or taken out before its email changed) in its place.
    void insert(qsizetype row, const EmailOf &emailOf);
    // Takes `row` out of the order; the other rows keep their numbers.
    void take(qsizetype row);
    // `row` was removed from the storage: later rows move up one.
    void remove(qsizetype row);

    qsizetype bytesAllocated() const { return m_rows.capacity() * qsizetype(sizeof(quint32)); }

private:
    QList<quint32> m_rows;
};
