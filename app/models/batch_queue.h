#pragma once

#include <QMutex>
#include <QWaitCondition>
#include <deque>

// Batches handed from one thread to another so that the two run at once (the loader's reading
// thread and the thread that files what it reads); a second queue can hand them back for reuse,
// so that their buffers are allocated once. Bounded: push() waits while the other side is
// behind.
template <typename Batch> class BatchQueue
{
public:
    static constexpr size_t MaxBatches = 8;

    // Waits while the queue is full. False when closed (the other side stopped).
    bool push(Batch &&batch)
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
    bool tryPush(Batch &&batch)
    {
        QMutexLocker lock(&m_mutex);
        if (m_closed || m_batches.size() >= MaxBatches)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.wakeAll();
        return true;
    }
    // Waits for a batch. False when closed and drained.
    bool pop(Batch *batch)
    {
        QMutexLocker lock(&m_mutex);
        while (m_batches.empty() && !m_closed)
            m_changed.wait(&m_mutex);
        return take(batch);
    }
    // A batch if one is waiting, without waiting.
    bool tryPop(Batch *batch)
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
    bool take(Batch *batch)
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
    std::deque<Batch> m_batches;
    bool m_closed = false;
};
