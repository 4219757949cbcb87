#include "member_sort.h"

#include "member_table_model.h"

#include <algorithm>
#include <numeric>

namespace MemberSort {
namespace {

// UTF-16 code units moved so that comparing them compares code points.
inline quint32 codePointOrder(char16_t unit)
{
    if (unit < 0xD800)
        return unit;
    return unit < 0xE000 ? unit + 0x2000u : unit - 0x800u;
}

QStringView roleText(const MemberStorage &members, qsizetype row)
{
    const MemberStorage::Role &role = members.role(row);
    return role.name.isEmpty() ? QStringView(role.id) : QStringView(role.name);
}

bool isNumber(QStringView id)
{
    return !id.isEmpty() &&
           std::all_of(id.begin(), id.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

int compareProviderIds(QStringView a, QStringView b)
{
    const bool numberA = isNumber(a);
    const bool numberB = isNumber(b);
    if (numberA != numberB)
        return numberA ? -1 : 1;
    if (numberA) {
        while (a.size() > 1 && a.front() == u'0')
            a = a.mid(1);
        while (b.size() > 1 && b.front() == u'0')
            b = b.mid(1);
        if (a.size() != b.size())
            return a.size() < b.size() ? -1 : 1;
    }
    return compareCodePoints(a, b);
}

int compareTimes(qint64 a, qint64 b)
{
    return a < b ? -1 : a > b ? 1 : 0;
}

qint64 timeOf(const MemberStorage &members, int column, qsizetype row)
{
    switch (column) {
    case MemberTableModel::Created:
        return members.createdMs(row);
    case MemberTableModel::Updated:
        return members.updatedMs(row);
    default:
        return members.lastSyncedMs(row);
    }
}

// Rows ordered by a small integer key: a stable counting sort.
QList<quint32> countingSort(qsizetype rows, quint32 levels, const auto &keyOf)
{
    QList<quint32> starts(qsizetype(levels) + 1, 0);
    for (qsizetype row = 0; row < rows; ++row)
        ++starts[keyOf(row) + 1];
    for (qsizetype i = 1; i <= qsizetype(levels); ++i)
        starts[i] += starts[i - 1];
    QList<quint32> sorted(rows);
    for (qsizetype row = 0; row < rows; ++row)
        sorted[starts[keyOf(row)]++] = quint32(row);
    return sorted;
}

// The level of each table entry (distinct role, distinct group set) in collation order.
QList<quint32> collationLevels(const QCollator &collator, qsizetype count, const auto &textOf)
{
    QList<quint32> byText(count);
    std::iota(byText.begin(), byText.end(), 0u);
    std::stable_sort(byText.begin(), byText.end(), [&](quint32 a, quint32 b) {
        return collator.compare(textOf(a), textOf(b)) < 0;
    });
    QList<quint32> levels(count);
    quint32 level = 0;
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0 && collator.compare(textOf(byText.at(i - 1)), textOf(byText.at(i))) != 0)
            ++level;
        levels[byText.at(i)] = level;
    }
    return levels;
}

// Rows sorted by a 64-bit key, then by a finer comparison for equal keys, then by row.
QList<quint32> keySort(qsizetype rows, const auto &keyOf, const auto &finer)
{
    struct Entry
    {
        quint64 key;
        quint32 row;
    };
    std::vector<Entry> entries;
    entries.resize(size_t(rows));
    for (qsizetype row = 0; row < rows; ++row)
        entries[size_t(row)] = Entry{keyOf(row), quint32(row)};
    std::sort(entries.begin(), entries.end(), [&](const Entry &a, const Entry &b) {
        if (a.key != b.key)
            return a.key < b.key;
        const int order = finer(a.row, b.row);
        return order != 0 ? order < 0 : a.row < b.row;
    });
    QList<quint32> sorted(rows);
    for (qsizetype i = 0; i < rows; ++i)
        sorted[i] = entries[size_t(i)].row;
    return sorted;
}

// Eight UTF-16 units of `text` from `offset` as 128 bits whose integer order is code point
// order; the end of the text is 0, below every unit (U+0000 and U+0001 share 1: the last
// refinement below compares whole texts, so the order stays exact).
std::pair<quint64, quint64> chunkKey(QStringView text, qsizetype offset)
{
    quint64 high = 0;
    quint64 low = 0;
    for (qsizetype i = 0; i < 8; ++i) {
        const qsizetype at = offset + i;
        const quint64 unit =
            at < text.size() ? std::max<quint64>(codePointOrder(text.at(at).unicode()), 1) : 0;
        if (i < 4)
            high = (high << 16) | unit;
        else
            low = (low << 16) | unit;
    }
    return {high, low};
}

// Rows sorted by text in code point order, equal texts in row order: most-significant-chunk
// first, eight units at a time. Each pass reads each row's text once, where a comparison sort
// would read two texts at random for each of its n log n comparisons.
template <typename TextOf>
void sortByText(std::vector<std::pair<std::pair<quint64, quint64>, quint32>>::iterator begin,
                std::vector<std::pair<std::pair<quint64, quint64>, quint32>>::iterator end,
                qsizetype offset, const TextOf &textOf)
{
    for (auto it = begin; it != end; ++it)
        it->first = chunkKey(textOf(it->second), offset);
    std::sort(begin, end);
    for (auto run = begin; run != end;) {
        auto runEnd = run + 1;
        while (runEnd != end && runEnd->first == run->first)
            ++runEnd;
        if (runEnd - run > 1) {
            if ((run->first.second & 0xFFFF) == 0) {
                // The texts end within this chunk: equal but for U+0000 against U+0001.
                std::stable_sort(run, runEnd, [&](const auto &a, const auto &b) {
                    return compareCodePoints(textOf(a.second), textOf(b.second)) < 0;
                });
            } else {
                sortByText(run, runEnd, offset + 8, textOf);
            }
        }
        run = runEnd;
    }
}

template <typename TextOf> QList<quint32> textSort(const QList<quint32> &rows, const TextOf &textOf)
{
    std::vector<std::pair<std::pair<quint64, quint64>, quint32>> entries;
    entries.reserve(size_t(rows.size()));
    for (const quint32 row : rows)
        entries.push_back({{0, 0}, row});
    sortByText(entries.begin(), entries.end(), 0, textOf);
    QList<quint32> sorted;
    sorted.reserve(rows.size());
    for (const auto &entry : entries)
        sorted.append(entry.second);
    return sorted;
}

QList<quint32> allRows(qsizetype rows)
{
    QList<quint32> all(rows);
    std::iota(all.begin(), all.end(), 0u);
    return all;
}

QStringView withoutLeadingZeros(QStringView digits)
{
    while (digits.size() > 1 && digits.front() == u'0')
        digits = digits.mid(1);
    return digits;
}

} // namespace

int compareCodePoints(QStringView a, QStringView b)
{
    const qsizetype common = std::min(a.size(), b.size());
    const char16_t *x = reinterpret_cast<const char16_t *>(a.utf16());
    const char16_t *y = reinterpret_cast<const char16_t *>(b.utf16());
    for (qsizetype i = 0; i < common; ++i) {
        if (x[i] != y[i])
            return codePointOrder(x[i]) < codePointOrder(y[i]) ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : a.size() < b.size() ? -1 : 1;
}

int compare(const MemberStorage &members, int column, qsizetype a, qsizetype b)
{
    switch (column) {
    case MemberTableModel::Name: {
        const quint32 x = members.nameOrder().rank(a);
        const quint32 y = members.nameOrder().rank(b);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    case MemberTableModel::Email:
        return compareCodePoints(members.email(a), members.email(b));
    case MemberTableModel::Status:
        return int(members.status(a)) - int(members.status(b));
    case MemberTableModel::Role:
        return members.nameOrder().collator().compare(roleText(members, a), roleText(members, b));
    case MemberTableModel::Groups:
        return members.nameOrder().collator().compare(members.groupsText(a), members.groupsText(b));
    case MemberTableModel::ProviderId:
        return compareProviderIds(members.providerId(a), members.providerId(b));
    case MemberTableModel::Created:
    case MemberTableModel::Updated:
    case MemberTableModel::LastSynced:
        return compareTimes(timeOf(members, column, a), timeOf(members, column, b));
    default:
        return 0;
    }
}

QList<quint32> sortedRows(const MemberStorage &members, int column)
{
    const qsizetype rows = members.size();
    const QCollator &collator = members.nameOrder().collator();
    const auto noFiner = [](quint32, quint32) { return 0; };
    switch (column) {
    case MemberTableModel::Name:
        return members.nameOrder().rowsByName();
    case MemberTableModel::Email:
        return textSort(allRows(rows), [&](quint32 row) { return members.email(row); });
    case MemberTableModel::Status:
        return countingSort(rows, 4, [&](qsizetype row) { return quint32(members.status(row)); });
    case MemberTableModel::Role: {
        const QList<quint32> levels =
            collationLevels(collator, members.roleCount(), [&](quint32 i) {
                const MemberStorage::Role &role = members.roleAt(i);
                return role.name.isEmpty() ? role.id : role.name;
            });
        return countingSort(rows, quint32(members.roleCount()),
                            [&](qsizetype row) { return levels.at(members.roleIndex(row)); });
    }
    case MemberTableModel::Groups: {
        const QList<quint32> levels = collationLevels(
            collator, members.groupSetCount(), [&](quint32 i) { return members.groupSetText(i); });
        return countingSort(rows, quint32(members.groupSetCount()),
                            [&](qsizetype row) { return levels.at(members.groupSetIndex(row)); });
    }
    case MemberTableModel::ProviderId: {
        // Numbers first, by length without leading zeros, then digit by digit; then the rest.
        QList<quint32> numbers;
        QList<quint32> others;
        for (qsizetype row = 0; row < rows; ++row)
            (isNumber(members.providerId(row)) ? numbers : others).append(quint32(row));
        const auto byLength = keySort(
            numbers.size(),
            [&](qsizetype i) {
                return quint64(withoutLeadingZeros(members.providerId(numbers.at(i))).size());
            },
            [&](quint32 a, quint32 b) {
                return compareCodePoints(withoutLeadingZeros(members.providerId(numbers.at(a))),
                                         withoutLeadingZeros(members.providerId(numbers.at(b))));
            });
        QList<quint32> sorted;
        sorted.reserve(rows);
        for (const quint32 i : byLength)
            sorted.append(numbers.at(i));
        sorted.append(textSort(others, [&](quint32 row) { return members.providerId(row); }));
        return sorted;
    }
    case MemberTableModel::Created:
    case MemberTableModel::Updated:
    case MemberTableModel::LastSynced:
        // Signed to unsigned, order kept.
        return keySort(
            rows,
            [&](qsizetype row) {
                return quint64(timeOf(members, column, row)) ^ (quint64(1) << 63);
            },
            noFiner);
    default: {
        QList<quint32> identity(rows);
        std::iota(identity.begin(), identity.end(), 0u);
        return identity;
    }
    }
}

QList<quint32> descending(const MemberStorage &members, int column, const QList<quint32> &ascending)
{
    QList<quint32> sorted;
    if (column == MemberTableModel::Email) {
        // Emails are unique in a workspace (the store's index, and upsert() drops stale rows).
        sorted = ascending;
        std::reverse(sorted.begin(), sorted.end());
        return sorted;
    }
    sorted.reserve(ascending.size());
    qsizetype end = ascending.size();
    while (end > 0) {
        qsizetype start = end - 1;
        while (start > 0 &&
               compare(members, column, ascending.at(start - 1), ascending.at(end - 1)) == 0)
            --start;
        for (qsizetype i = start; i < end; ++i)
            sorted.append(ascending.at(i));
        end = start;
    }
    return sorted;
}

} // namespace MemberSort
