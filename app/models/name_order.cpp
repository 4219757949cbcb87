#include "name_order.h"

#include <QHash>
#include <algorithm>
#include <numeric>

namespace {
constexpr quint64 RankSpace = quint64(1) << 32;

// Rank of the k-th of `distinct` names, evenly spread below 2^32 with room at both ends.
quint32 spreadRank(qsizetype k, qsizetype distinct)
{
    return quint32(RankSpace / quint64(distinct + 1) * quint64(k + 1));
}
} // namespace

NameOrder::NameOrder(const QLocale &locale) : m_locale(locale), m_collator(locale) {}

void NameOrder::build(qsizetype count, const NameOf &nameOf)
{
    // One collation key per distinct name: names repeat a lot, and a key costs far more than a
    // hash look-up.
    QHash<QString, quint32> distinct;
    QList<QCollatorSortKey> keys;
    QList<quint32> nameOfRow(count);
    for (qsizetype row = 0; row < count; ++row) {
        const QString name = nameOf(row);
        auto it = distinct.constFind(name);
        if (it == distinct.cend()) {
            it = distinct.insert(name, quint32(keys.size()));
            keys.append(m_collator.sortKey(name));
        }
        nameOfRow[row] = *it;
    }
    distinct.clear();
    build(std::move(nameOfRow), keys);
}

void NameOrder::build(QList<quint32> nameOfRow, const QList<QCollatorSortKey> &keys)
{
    m_ranks = std::move(nameOfRow);
    const qsizetype count = m_ranks.size();
    QList<quint32> byKey(keys.size());
    std::iota(byKey.begin(), byKey.end(), 0u);
    std::sort(byKey.begin(), byKey.end(), [&keys](quint32 a, quint32 b) {
        const int order = keys.at(a).compare(keys.at(b));
        return order != 0 ? order < 0 : a < b;
    });
    // Names the collator holds equal share a rank.
    QList<quint32> rankOfName(keys.size());
    qsizetype level = -1;
    for (qsizetype i = 0; i < byKey.size(); ++i) {
        if (i == 0 || keys.at(byKey.at(i - 1)).compare(keys.at(byKey.at(i))) != 0)
            ++level;
        rankOfName[byKey.at(i)] = quint32(level);
    }
    const qsizetype levels = level + 1;

    // Counting sort of the rows by name level: stable, so equal names stay in row order.
    QList<quint32> starts(levels + 1, 0);
    for (quint32 &rank : m_ranks) {
        rank = rankOfName.at(rank);
        ++starts[rank + 1];
    }
    for (qsizetype i = 1; i <= levels; ++i)
        starts[i] += starts[i - 1];
    m_rowsByName.resize(count);
    for (qsizetype row = 0; row < count; ++row)
        m_rowsByName[starts[m_ranks.at(row)]++] = quint32(row);
    for (quint32 &rank : m_ranks)
        rank = spreadRank(rank, levels);
}

void NameOrder::append(const QString &name, const NameOf &nameOf)
{
    const quint32 rank = rankFor(name, nameOf);
    m_ranks.append(rank);
    insertInOrder(m_ranks.size() - 1);
}

void NameOrder::rename(qsizetype row, const QString &name, const NameOf &nameOf)
{
    m_rowsByName.remove(positionOf(row));
    // Out of the order while it is looked for, so it cannot be its own neighbour.
    const quint32 rank = rankFor(name, nameOf);
    m_ranks[row] = rank;
    insertInOrder(row);
}

void NameOrder::remove(qsizetype row)
{
    m_rowsByName.remove(positionOf(row));
    m_ranks.remove(row);
    for (quint32 &other : m_rowsByName) {
        if (other > quint32(row))
            --other;
    }
}

quint32 NameOrder::rankFor(const QString &name, const NameOf &nameOf)
{
    for (;;) {
        // The first row whose name is not before `name`.
        const auto after =
            std::partition_point(m_rowsByName.cbegin(), m_rowsByName.cend(), [&](quint32 row) {
                return m_collator.compare(nameOf(row), name) < 0;
            });
        if (after != m_rowsByName.cend() && m_collator.compare(nameOf(*after), name) == 0)
            return m_ranks.at(*after);
        const quint64 below = after == m_rowsByName.cbegin() ? 0 : m_ranks.at(*(after - 1));
        const quint64 above = after == m_rowsByName.cend() ? RankSpace : m_ranks.at(*after);
        if (above - below >= 2)
            return quint32((below + above) / 2);
        renumber();
    }
}

qsizetype NameOrder::positionOf(qsizetype row) const
{
    const auto key = [this](quint32 r) { return std::pair(m_ranks.at(r), r); };
    const auto target = std::pair(m_ranks.at(row), quint32(row));
    const auto it = std::lower_bound(m_rowsByName.cbegin(), m_rowsByName.cend(), target,
                                     [&](quint32 r, const auto &t) { return key(r) < t; });
    Q_ASSERT(it != m_rowsByName.cend() && *it == quint32(row));
    return it - m_rowsByName.cbegin();
}

void NameOrder::insertInOrder(qsizetype row)
{
    const auto key = [this](quint32 r) { return std::pair(m_ranks.at(r), r); };
    const auto target = key(quint32(row));
    const auto it = std::lower_bound(m_rowsByName.cbegin(), m_rowsByName.cend(), target,
                                     [&](quint32 r, const auto &t) { return key(r) < t; });
    m_rowsByName.insert(it - m_rowsByName.cbegin(), quint32(row));
}

void NameOrder::renumber()
{
    qsizetype levels = 0;
    for (qsizetype i = 0; i < m_rowsByName.size(); ++i) {
        if (i == 0 || m_ranks.at(m_rowsByName.at(i - 1)) != m_ranks.at(m_rowsByName.at(i)))
            ++levels;
    }
    qsizetype level = -1;
    quint32 previous = 0;
    for (qsizetype i = 0; i < m_rowsByName.size(); ++i) {
        const quint32 row = m_rowsByName.at(i);
        if (i == 0 || previous != m_ranks.at(row))
            ++level;
        previous = m_ranks.at(row);
        m_ranks[row] = spreadRank(level, levels);
    }
}

qsizetype NameOrder::bytesAllocated() const
{
    return (m_ranks.capacity() + m_rowsByName.capacity()) * qsizetype(sizeof(quint32));
}
