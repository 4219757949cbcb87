#pragma once

#include <QByteArray>
#include <QStringView>
#include <vector>

// The emails seen so far in a file and the line of each, for finding duplicates among a million
// rows in little memory: the addresses are kept once, as UTF-8 in one buffer, with an
// open-addressing table over them (the address's length plus about 40 bytes, no allocation per
// address). The
// hash is seeded per process, so a file crafted to collide cannot slow it down.
class EmailIndex
{
public:
    EmailIndex();

    // The line `email` (already normalized) was first seen on, or 0 if it is new; a new email is
    // recorded with `line`.
    qint64 insert(QStringView email, qint64 line);
    qsizetype size() const { return qsizetype(m_entries.size()); }
    void clear();

private:
    struct Entry
    {
        qint64 line;
        qint64 offset; // into m_text, where a one-byte length precedes the UTF-8 bytes
    };
    struct Slot
    {
        quint32 entry; // 1-based; 0 is a free slot
        quint32 hash;  // the hash's low half: places the slot and skips most comparisons
    };

    QByteArrayView textOf(const Entry &entry) const;
    void grow();

    std::vector<char> m_text;
    std::vector<Entry> m_entries;
    std::vector<Slot> m_slots;
    QByteArray m_key;
    size_t m_seed;
};
