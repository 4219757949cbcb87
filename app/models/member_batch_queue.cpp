#include "member_batch_queue.h"

bool MemberBatchQueue::push(MemberBatch &&batch)
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

bool MemberBatchQueue::pop(MemberBatch *batch)
{
    QMutexLocker lock(&m_mutex);
    while (m_batches.empty() && !m_closed)
        m_changed.wait(&m_mutex);
    if (m_batches.empty())
        return false;
    *batch = std::move(m_batches.front());
    m_batches.pop_front();
    m_changed.wakeAll();
    return true;
}

void MemberBatchQueue::close()
{
    QMutexLocker lock(&m_mutex);
    m_closed = true;
    m_changed.wakeAll();
}

bool MemberBatchQueue::tryPop(MemberBatch *batch)
{
    QMutexLocker lock(&m_mutex);
    if (m_batches.empty())
        return false;
    *batch = std::move(m_batches.front());
    m_batches.pop_front();
    m_changed.wakeAll();
    return true;
}

bool MemberBatchQueue::tryPush(MemberBatch &&batch)
{
    QMutexLocker lock(&m_mutex);
    if (m_closed || m_batches.size() >= MaxBatches)
        return false;
    m_batches.push_back(std::move(batch));
    m_changed.wakeAll();
    return true;
}
