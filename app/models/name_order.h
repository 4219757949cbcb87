#pragma once

#include <QCollator>
#include <QList>
#include <QString>
#include <functional>

// The members' names in the collation order of a locale, kept up to date one row at a time, so
// that a sort by name never compares strings: each row has a rank (equal names, equal ranks;
// ranks rise in collation order) and the rows are kept in rank order.
//
// Built once per load from one QCollator sort key per distinct name (many members share a
// name; the loader computes the keys while it reads), then the rows are counting-sorted by rank.
// Ranks are spread over 32 bits with gaps, so a name added later takes a rank between its
// neighbours' (found by binary search with the collator); when a gap is used up the ranks are
// renumbered in one pass.
class NameOrder
{
public:
    // The name of a row, as the model shows it.
    using NameOf = std::function<QString(qsizetype row)>;

    explicit NameOrder(const QLocale &locale = QLocale());

    const QLocale &locale() const { return m_locale; }
    qsizetype rowCount() const { return m_ranks.size(); }
    quint32 rank(qsizetype row) const { return m_ranks.at(row); }
    // Every row, by name; equal names in row order.
    const QList<quint32> &rowsByName() const { return m_rowsByName; }
    const QCollator &collator() const { return m_collator; }

    // Ranks rows 0 .. count-1 from scratch.
    void build(qsizetype count, const NameOf &nameOf);
    // The same from what the loader gathers as it reads: for each row the index of its name
    // among the distinct names, and each distinct name's collation key (collator()'s).
    void build(QList<quint32> nameOfRow, const QList<QCollatorSortKey> &keys);
    // Row `row` (== rowCount()) was appended with name `name`.
    void append(const QString &name, const NameOf &nameOf);
    // The name of `row` changed to `name`.
    void rename(qsizetype row, const QString &name, const NameOf &nameOf);
    void remove(qsizetype row);

    qsizetype bytesAllocated() const;

private:
    quint32 rankFor(const QString &name, const NameOf &nameOf);
    qsizetype positionOf(qsizetype row) const;
    void insertInOrder(qsizetype row);
    void renumber();

    QLocale m_locale;
    QCollator m_collator;
    QList<quint32> m_ranks;
    QList<quint32> m_rowsByName;
};
