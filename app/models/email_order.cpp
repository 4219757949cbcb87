#include "email_order.h"

#include "text_sort.h"

#include <algorithm>
#include <numeric>

void EmailOrder::build(qsizetype count, const EmailOf &emailOf)
{
    QList<quint32> all(count);
    std::iota(all.begin(), all.end(), 0u);
    m_rows = TextSort::sorted(all, emailOf);
}

void EmailOrder::insert(qsizetype row, const EmailOf &emailOf)
{
    const QStringView email = emailOf(row);
    const auto at = std::partition_point(m_rows.cbegin(), m_rows.cend(), [&](quint32 other) {
        const int order = TextSort::compareCodePoints(emailOf(other), email);
        return order != 0 ? order < 0 : other < quint32(row);
    });
    m_rows.insert(at - m_rows.cbegin(), quint32(row));
}

void EmailOrder::take(qsizetype row)
{
    m_rows.removeOne(quint32(row));
}

void EmailOrder::remove(qsizetype row)
{
    take(row);
    for (quint32 &other : m_rows) {
        if (other > quint32(row))
            --other;
    }
}

QList<quint32> EmailOrder::rowsOfIds(const QList<qint64> &idsInOrder, const QList<qint64> &rowIds)
{
    const qsizetype count = rowIds.size();
    if (idsInOrder.size() != count || count == 0)
        return {};
    QList<quint32> rows;
    rows.reserve(count);
    const qint64 first = rowIds.first();
    const qint64 span = rowIds.last() - first + 1;
    if (span <= 4 * count + 4096) {
        // Ids are a sequence with few gaps: a table by id.
        QList<qint32> rowOf(span, -1);
        for (qsizetype row = 0; row < count; ++row)
            rowOf[rowIds.at(row) - first] = qint32(row);
        for (const qint64 id : idsInOrder) {
            const qint64 at = id - first;
            if (at < 0 || at >= span || rowOf.at(at) < 0)
                return {};
            rows.append(quint32(rowOf.at(at)));
            rowOf[at] = -1;
        }
        return rows;
    }
    QList<quint8> seen(count, 0);
    for (const qint64 id : idsInOrder) {
        const auto it = std::lower_bound(rowIds.cbegin(), rowIds.cend(), id);
        if (it == rowIds.cend() || *it != id || seen.at(it - rowIds.cbegin()))
            return {};
        seen[it - rowIds.cbegin()] = 1;
        rows.append(quint32(it - rowIds.cbegin()));
    }
    return rows;
}
