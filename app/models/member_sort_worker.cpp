#include "member_sort_worker.h"

using namespace Qt::StringLiterals;

MemberSortWorker::MemberSortWorker(QObject *parent) : QObject(parent) {}

MemberSortWorker::~MemberSortWorker()
{
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait();
    }
}

void MemberSortWorker::start(quint64 ticket, MemberSort::SortJob job)
{
    m_threads.removeAll(QPointer<QThread>());
    QThread *thread = QThread::create([this, ticket, job = std::move(job)]() mutable {
        const QList<quint32> rows = job();
        // The job's copies of the columns go now, not with the QThread object: while they
        // live, a change to the members copies the column.
        job = nullptr;
        // Queued to this object: if it is destroyed first, it waits for this thread, and the
        // event is dropped with it.
        QMetaObject::invokeMethod(
            this, [this, ticket, rows] { Q_EMIT finished(ticket, rows); }, Qt::QueuedConnection);
    });
    thread->setObjectName(u"member-sort"_s);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.append(thread);
    thread->start(QThread::LowPriority);
}
