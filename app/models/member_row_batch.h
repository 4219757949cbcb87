#pragma once

#include "member_bulk_reader.h"

#include <QByteArray>
#include <QList>
#include <algorithm>
#include <limits>

// Rows of a bulk read (MemberBulkReader) copied out of SQLite by the reading thread, with the
// index of each row's group set in the storage's table, for the thread that files them
// (MemberStorageBuilder). Cleared and reused: its buffers are allocated once per load.
class MemberRowBatch
{
public:
    static constexpr qsizetype Capacity = 4096;

    qsizetype size() const { return m_entries.size(); }
    bool isFull() const { return m_entries.size() >= Capacity; }
    void clear()
    {
        m_text.resize(0);
        m_entries.resize(0);
    }

    void append(const MemberRowBytes &row, quint32 groupSet)
    {
        Entry entry;
        entry.status = row.status;
        entry.groupSet = groupSet;
        entry.times[0] = timeOf(row.createdMs);
        entry.times[1] = timeOf(row.updatedMs);
        entry.times[2] = timeOf(row.lastSyncedMs);
        entry.times[3] = timeOf(row.lastSignInMs);
        entry.neverSignedIn = row.neverSignedIn;
        entry.profileFlags = row.profileFlags;
        qsizetype size = 0;
        for (int i = 0; i < MemberRowBytes::TextCount; ++i) {
            entry.lengths[i] = quint32(row.text[i].size());
            size += qsizetype(row.text[i].size());
        }
        const qsizetype start = m_text.size();
        m_text.resize(start + size);
        char *to = m_text.data() + start;
        for (const std::string_view &text : row.text) {
            if (!text.empty())
                to = std::copy(text.cbegin(), text.cend(), to);
        }
        if (m_entries.capacity() < Capacity)
            m_entries.reserve(Capacity);
        m_entries.append(entry);
    }

    // Row `index` (in order; `*offset` starts at 0 and moves past each row's text). Its text
    // points into the batch.
    MemberRowBytes row(qsizetype index, qsizetype *offset, quint32 *groupSet) const
    {
        const Entry &entry = m_entries.at(index);
        MemberRowBytes row;
        for (int i = 0; i < MemberRowBytes::TextCount; ++i) {
            row.text[i] = std::string_view(m_text.constData() + *offset, entry.lengths[i]);
            *offset += entry.lengths[i];
        }
        row.status = entry.status;
        row.createdMs = fromTime(entry.times[0]);
        row.updatedMs = fromTime(entry.times[1]);
        row.lastSyncedMs = fromTime(entry.times[2]);
        row.lastSignInMs = fromTime(entry.times[3]);
        row.neverSignedIn = entry.neverSignedIn;
        row.profileFlags = entry.profileFlags;
        *groupSet = entry.groupSet;
        return row;
    }

private:
    static constexpr qint64 NoTime = std::numeric_limits<qint64>::min();
    static qint64 timeOf(const std::optional<qint64> &ms) { return ms ? *ms : NoTime; }
    static std::optional<qint64> fromTime(qint64 ms)
    {
        return ms == NoTime ? std::nullopt : std::optional<qint64>(ms);
    }

    struct Entry
    {
        quint32 lengths[MemberRowBytes::TextCount];
        quint32 groupSet;
        MemberStatus status;
        bool neverSignedIn;
        quint8 profileFlags;
        qint64 times[4];
    };
    QByteArray m_text;
    QList<Entry> m_entries;
};
