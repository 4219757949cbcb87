#pragma once

#include <QStringView>
#include <memory>
#include <vector>

// The emails seen so far in a file and the line of each, for finding duplicates among a million
// rows in little memory: the addresses are kept once, as UTF-8 in one buffer, with an
// open-addressing table over them (the address's length plus about 35 bytes each, no
// allocation per address). The hash is seeded per process, so a file crafted to collide cannot
// slow it down.
//
// A lookup in a table of millions waits on memory; prepare() starts the wait early, so that
// work on the rest of the row hides it:
//   index.prepare(email); ...check the row's other cells...; index.insertPrepared(line);
class EmailIndex
{
public:
    EmailIndex();

    // The line `email` (trimmed; compared as EmailCheck::normalized()) was first seen on, or 0
    // if it is new; a new email is recorded with `line`.
    qint64 insert(QStringView email, qint64 line)
    {
        prepare(email);
        return insertPrepared(line);
    }
    // The two halves of insert().
    void prepare(QStringView email);
    qint64 insertPrepared(qint64 line);

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

    void reserveText(size_t bytes);
    void grow();

    // The UTF-8 text of every address, then the prepared key at m_textSize (not yet counted).
    std::unique_ptr<char[]> m_text;
    size_t m_textSize = 0;
    size_t m_textCapacity = 0;
    size_t m_keySize = 0;
    quint32 m_keyHash = 0;
    std::vector<Entry> m_entries;
    // The table, in huge pages where the system gives them: its lookups are random, and with
    // 4 KiB pages each would also miss the TLB.
    struct SlotMemory
    {
        size_t bytes;
        void operator()(Slot *slots) const;
    };
    using SlotTable = std::unique_ptr<Slot[], SlotMemory>;
    static SlotTable allocateSlots(size_t count);
    SlotTable m_slots{nullptr, SlotMemory{0}};
    size_t m_slotCount = 0;
    size_t m_seed;
};
