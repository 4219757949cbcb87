#include "email_order.h"

#include "text_sort.h"

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
