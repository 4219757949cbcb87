#include "member_sort.h"

#include "member_table_model.h"
#include "text_sort.h"

#include <algorithm>
#include <numeric>

namespace MemberSort {
namespace {

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
    case MemberTableModel::LastSignIn:
        return members.lastSignInMs(row);
    default:
        return members.lastSyncedMs(row);
    }
}

const QList<qint64> &timeColumn(const MemberStorage &members, int column)
{
    switch (column) {
    case MemberTableModel::Created:
        return members.createdColumn();
    case MemberTableModel::Updated:
        return members.updatedColumn();
    case MemberTableModel::LastSignIn:
        return members.lastSignInColumn();
    default:
        return members.lastSyncedColumn();
    }
}

// The Admin and Avatar columns: not an admin first; pictures by their URL's code points, none
// first.
int compareProfile(const MemberStorage &members, int column, qsizetype a, qsizetype b)
{
    if (column == MemberTableModel::Admin)
        return int(members.isAdmin(a)) - int(members.isAdmin(b));
    // UTF-8 in byte order is in code point order.
    const int order = members.profileColumns().avatarUrlUtf8(a).compare(
        members.profileColumns().avatarUrlUtf8(b));
    return order < 0 ? -1 : order > 0 ? 1 : 0;
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

// The level of each table entry (distinct role, group set or picture URL) in the order of
// `compare` (<0, 0, >0), equal entries on the same level.
QList<quint32> tableLevels(qsizetype count, const auto &compare)
{
    QList<quint32> ordered(count);
    std::iota(ordered.begin(), ordered.end(), 0u);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&](quint32 a, quint32 b) { return compare(a, b) < 0; });
    QList<quint32> levels(count);
    quint32 level = 0;
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0 && compare(ordered.at(i - 1), ordered.at(i)) != 0)
            ++level;
        levels[ordered.at(i)] = level;
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

QStringView withoutLeadingZeros(QStringView digits)
{
    while (digits.size() > 1 && digits.front() == u'0')
        digits = digits.mid(1);
    return digits;
}

// Numbers first, by length without leading zeros, then digit by digit; then the rest.
QList<quint32> providerIdOrder(qsizetype rows, const auto &idOf)
{
    QList<quint32> numbers;
    QList<quint32> others;
    for (qsizetype row = 0; row < rows; ++row)
        (isNumber(idOf(row)) ? numbers : others).append(quint32(row));
    const auto byLength = keySort(
        numbers.size(),
        [&](qsizetype i) { return quint64(withoutLeadingZeros(idOf(numbers.at(i))).size()); },
        [&](quint32 a, quint32 b) {
            return compareCodePoints(withoutLeadingZeros(idOf(numbers.at(a))),
                                     withoutLeadingZeros(idOf(numbers.at(b))));
        });
    QList<quint32> sorted;
    sorted.reserve(rows);
    for (const quint32 i : byLength)
        sorted.append(numbers.at(i));
    sorted.append(TextSort::sorted(others, idOf));
    return sorted;
}

} // namespace

int compareCodePoints(QStringView a, QStringView b)
{
    return TextSort::compareCodePoints(a, b);
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
        return members.nameOrder().collator().compare(members.role(a).text(),
                                                      members.role(b).text());
    case MemberTableModel::Groups:
        return members.nameOrder().collator().compare(members.groupsText(a), members.groupsText(b));
    case MemberTableModel::ProviderId:
        return compareProviderIds(members.providerId(a), members.providerId(b));
    case MemberTableModel::Created:
    case MemberTableModel::Updated:
    case MemberTableModel::LastSynced:
    case MemberTableModel::LastSignIn:
        return compareTimes(timeOf(members, column, a), timeOf(members, column, b));
    case MemberTableModel::Admin:
    case MemberTableModel::Avatar:
        return compareProfile(members, column, a, b);
    default:
        return 0;
    }
}

QList<quint32> sortedRows(const MemberStorage &members, int column)
{
    return sortJob(members, column)();
}

SortJob sortJob(const MemberStorage &members, int column)
{
    switch (column) {
    case MemberTableModel::Name:
        return [rows = members.nameOrder().rowsByName()] { return rows; };
    case MemberTableModel::Email:
        return [rows = members.emailOrder().rows()] { return rows; };
    case MemberTableModel::Status:
        return [status = members.statusColumn()] {
            return countingSort(status.size(), 4,
                                [&](qsizetype row) { return quint32(status.at(row)); });
        };
    case MemberTableModel::Role:
    case MemberTableModel::Groups: {
        // Few distinct roles and group sets: their texts are copied, a QCollator made anew
        // (one is not to be shared between threads).
        QStringList texts;
        if (column == MemberTableModel::Role) {
            for (const MemberStorage::Role &role : members.roleTable())
                texts.append(role.text());
        } else {
            texts = members.groupSetTexts();
        }
        return [texts,
                indexes = column == MemberTableModel::Role ? members.roleColumn()
                                                           : members.groupSetColumn(),
                locale = members.nameOrder().locale()] {
            const QCollator collator(locale);
            const QList<quint32> levels = tableLevels(texts.size(), [&](quint32 a, quint32 b) {
                return collator.compare(texts.at(a), texts.at(b));
            });
            return countingSort(indexes.size(), quint32(texts.size()),
                                [&](qsizetype row) { return levels.at(indexes.at(row)); });
        };
    }
    case MemberTableModel::ProviderId:
        return [ids = members.providerIdColumn()] {
            return providerIdOrder(ids.rowCount(),
                                   [&](qsizetype row) { return toStringView(ids.at(row)); });
        };
    case MemberTableModel::Admin:
        return [flags = members.profileColumns().flagsColumn()] {
            return countingSort(flags.size(), 2, [&](qsizetype row) {
                return quint32((flags.at(row) & ProfileColumns::Admin) != 0);
            });
        };
    case MemberTableModel::Avatar:
        // Members share few distinct pictures but for their own: rank the distinct URLs, then
        // count.
        return [urls = members.profileColumns().avatarUrls(),
                indexes = members.profileColumns().avatarColumn()] {
            // UTF-8 in byte order is in code point order.
            const QList<quint32> levels = tableLevels(urls.rowCount(), [&](quint32 a, quint32 b) {
                return urls.at(a).compare(urls.at(b));
            });
            return countingSort(indexes.size(), quint32(urls.rowCount()),
                                [&](qsizetype row) { return levels.at(indexes.at(row)); });
        };
    case MemberTableModel::Created:
    case MemberTableModel::Updated:
    case MemberTableModel::LastSynced:
    case MemberTableModel::LastSignIn:
        return [times = timeColumn(members, column)] {
            // Signed to unsigned, order kept.
            return keySort(
                times.size(),
                [&](qsizetype row) { return quint64(times.at(row)) ^ (quint64(1) << 63); },
                [](quint32, quint32) { return 0; });
        };
    default:
        return [rows = members.size()] {
            QList<quint32> identity(rows);
            std::iota(identity.begin(), identity.end(), 0u);
            return identity;
        };
    }
}

bool isInstant(int column)
{
    return column == MemberTableModel::Name || column == MemberTableModel::Email;
}

QList<quint32> descending(const MemberStorage &members, int column, const QList<quint32> &ascending)
{
    QList<quint32> sorted;
    sorted.reserve(ascending.size());
    if (column == MemberTableModel::Email) {
        // Emails are unique in a workspace (the store's index; upsert() drops stale rows) but
        // for empty ones, which come first: the rest reversed, then those in row order.
        qsizetype empty = 0;
        while (empty < ascending.size() && members.email(ascending.at(empty)).isEmpty())
            ++empty;
        sorted.append(ascending.mid(empty));
        std::reverse(sorted.begin(), sorted.end());
        sorted.append(ascending.mid(0, empty));
        return sorted;
    }
    // Rows sharing a role, a group set or their extras are equal without comparing texts.
    const auto equal = [&](quint32 a, quint32 b) {
        if (column == MemberTableModel::Role && members.roleIndex(a) == members.roleIndex(b))
            return true;
        if (column == MemberTableModel::Groups &&
            members.groupSetIndex(a) == members.groupSetIndex(b))
            return true;
        if (column == MemberTableModel::Avatar &&
            members.profileColumns().avatarIndex(a) == members.profileColumns().avatarIndex(b))
            return true;
        return compare(members, column, a, b) == 0;
    };
    qsizetype end = ascending.size();
    while (end > 0) {
        qsizetype start = end - 1;
        while (start > 0 && equal(ascending.at(start - 1), ascending.at(end - 1)))
            --start;
        for (qsizetype i = start; i < end; ++i)
            sorted.append(ascending.at(i));
        end = start;
    }
    return sorted;
}

} // namespace MemberSort
