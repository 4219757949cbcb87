#pragma once

#include "member_bulk_reader.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QWaitCondition>
#include <algorithm>
#include <deque>
#include <limits>

// The hand-over between MemberLoader's two threads, so that they run at once: the reading thread
// copies rows out of SQLite (MemberBulkReader's text is valid only until its next row) into a
// batch, with the index of each row's group set in the storage's table, and queues it; the
// filing thread takes it and files its rows (MemberStorageBuilder), then queues it back empty,
// so that a load allocates its batches' buffers once.
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

// Batches from one thread to the other. Bounded: push() waits while the other side is behind.
class MemberRowQueue
{
public:
    static constexpr size_t MaxBatches = 8;

    // Waits while the queue is full. False when closed (the other side stopped).
    bool push(MemberRowBatch &&batch)
    {
        QMutexLocker lock(&m_mutex);
        while (!m_closed && m_batches.size() >= MaxBatches)
            m_changed.wait(&m_mutex);
        if (m_closed)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.wakeAll();
        return true;
    }
    // Never waits: false, dropping nothing, when full or closed.
    bool tryPush(MemberRowBatch &&batch)
    {
        QMutexLocker lock(&m_mutex);
        if (m_closed || m_batches.size() >= MaxBatches)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.wakeAll();
        return true;
    }
    // Waits for a batch. False when closed and drained.
    bool pop(MemberRowBatch *batch)
    {
        QMutexLocker lock(&m_mutex);
        while (m_batches.empty() && !m_closed)
            m_changed.wait(&m_mutex);
        return take(batch);
    }
    // A batch if one is waiting, without waiting.
    bool tryPop(MemberRowBatch *batch)
    {
        QMutexLocker lock(&m_mutex);
        return take(batch);
    }
    // No more pushes: the producer is done, or the consumer gives up.
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_closed = true;
        m_changed.wakeAll();
    }

private:
    bool take(MemberRowBatch *batch)
    {
        if (m_batches.empty())
            return false;
        *batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.wakeAll();
        return true;
    }

    QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<MemberRowBatch> m_batches;
    bool m_closed = false;
};
