#pragma once

#include "member_record.h"

#include <QList>
#include <QMutex>
#include <QWaitCondition>
#include <deque>

// Members read from the store, with the indexes of their role and group set in the storage's
// tables (the reading thread looks those up, so that the strings the store's reader shares
// between rows are only ever counted by one thread).
struct MemberBatch
{
    QList<MemberRecord> members;
    QList<quint32> roles;
    QList<quint32> groupSets;
    qsizetype size = 0;
};

// Batches of members handed from the thread that reads them from the store to the thread that
// files them into a MemberStorage, so that the two run at once; a second queue hands the
// batches back for reuse, so that every string is freed by the thread that allocated it.
// Bounded: the reader waits when the builder falls behind.
class MemberBatchQueue
{
public:
    static constexpr qsizetype BatchSize = 2048;
    static constexpr size_t MaxBatches = 8;

    // Waits while the queue is full. False when closed (the other side stopped).
    bool push(MemberBatch &&batch);
    // Never waits: false, dropping nothing, when full or closed.
    bool tryPush(MemberBatch &&batch);
    // False when closed and drained.
    bool pop(MemberBatch *batch);
    // A batch if one is waiting, without waiting.
    bool tryPop(MemberBatch *batch);
    // No more pushes: the reader is done (or the builder gives up).
    void close();

private:
    QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<MemberBatch> m_batches;
    bool m_closed = false;
};
