#pragma once

#include <QStringView>
#include <memory>
#include <vector>

// The emails seen so far in a file and the line of each, for finding duplicates among a million
// rows in little memory: each address is kept once, as UTF-8 with its line, in 1 MiB blocks
// (which are never moved or copied), under an open-addressing table of 8-byte slots: about
// 40 + 16 bytes an address, and no allocation per address. The hash is seeded per process, so
// a file crafted to collide cannot slow it down. Slots address entries in 4-byte units with 32
// bits: up to 16 GiB of entries, some 400 million addresses.
//
// A lookup in a table of millions waits on memory; prepare() starts the wait early, so that
// work on the rest of the row hides it:
//   index.prepare(email); ...check the row's other cells...; index.insertPrepared(line);
class EmailIndex
{
public:
    EmailIndex();

    // The line `email` (trimmed; compared as EmailCheck::normalized()) was first seen on, or 0
    // if it is new; a new email is recorded with `line`. Addresses longer than 255 bytes in
    // UTF-8 (never valid) are compared by their first 255.
    qint64 insert(QStringView email, qint64 line)
    {
        prepare(email);
        return insertPrepared(line);
    }
    // The two halves of insert().
    void prepare(QStringView email);
    qint64 insertPrepared(qint64 line);

    qsizetype size() const { return qsizetype(m_count); }
    void clear();

private:
    struct Slot
    {
        quint32 entry; // where the entry starts, in 4-byte units, plus one; 0 is a free slot
        quint32 hash;  // the hash's low half: places the slot and skips most comparisons
    };
    struct SlotMemory
    {
        size_t bytes; // ZeroedPages' mappedBytes
        void operator()(Slot *slots) const;
    };
    using SlotTable = std::unique_ptr<Slot[], SlotMemory>;
    // The table, in huge pages where the system gives them: its lookups are random, and with
    // 4 KiB pages each would also miss the TLB.
    static SlotTable allocateSlots(size_t count);
    const char *entryAt(quint32 entry) const;
    void grow();

    // An entry: the line (8 bytes), the key's length (1 byte), the key, padded to 4 bytes.
    std::vector<std::unique_ptr<char[]>> m_blocks;
    size_t m_blockUsed = 0;
    char *m_entry = nullptr; // the prepared entry, at the end of the last block
    size_t m_keySize = 0;
    quint32 m_keyHash = 0;
    SlotTable m_slots{nullptr, SlotMemory{0}};
    size_t m_slotCount = 0;
    size_t m_count = 0;
    size_t m_seed;
};
