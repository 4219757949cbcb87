#pragma once

#include <QList>
#include <QStringView>
#include <algorithm>
#include <vector>

// Rows ordered by a text in code point order (UTF-16 order differs above U+D7FF), for emails and
// provider ids.
namespace TextSort {

// UTF-16 code units moved so that comparing them compares code points.
inline quint32 codePointOrder(char16_t unit)
{
    if (unit < 0xD800)
        return unit;
    return unit < 0xE000 ? unit + 0x2000u : unit - 0x800u;
}

int compareCodePoints(QStringView a, QStringView b);

using Key = std::pair<quint64, quint64>;
using Entry = std::pair<Key, quint32>;

// Eight UTF-16 units of `text` from `offset` as 128 bits whose integer order is code point
// order; the end of the text is 0, below every unit (U+0000 and U+0001 share 1: the last
// refinement compares whole texts, so the order stays exact).
Key chunkKey(QStringView text, qsizetype offset);

// Most-significant chunk first, eight units at a time: each pass reads each row's text once,
// where a comparison sort would read two texts at random for each of its n log n comparisons.
template <typename TextOf>
void sortEntries(std::vector<Entry>::iterator begin, std::vector<Entry>::iterator end,
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
                std::stable_sort(run, runEnd, [&](const Entry &a, const Entry &b) {
                    return compareCodePoints(textOf(a.second), textOf(b.second)) < 0;
                });
            } else {
                sortEntries(run, runEnd, offset + 8, textOf);
            }
        }
        run = runEnd;
    }
}

// `rows` (in increasing order) sorted by `textOf(row)`, equal texts in row order.
template <typename TextOf> QList<quint32> sorted(const QList<quint32> &rows, const TextOf &textOf)
{
    std::vector<Entry> entries;
    entries.reserve(size_t(rows.size()));
    for (const quint32 row : rows)
        entries.push_back({{0, 0}, row});
    sortEntries(entries.begin(), entries.end(), 0, textOf);
    QList<quint32> result;
    result.reserve(rows.size());
    for (const Entry &entry : entries)
        result.append(entry.second);
    return result;
}

} // namespace TextSort
