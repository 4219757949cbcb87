#include "sync_writer.h"

#include "listing_writer.h"
#include "member_conversion.h"
#include "roster_database.h"
#include "workspace_lock.h"

#include <QThread>

SyncWriter::SyncWriter(const QString &databasePath, const QString &workspaceId,
                       const QString &workspaceName, QObject *parent)
    : QObject(parent)
{
    m_thread = QThread::create([this, databasePath, workspaceId, workspaceName] {
        run(databasePath, workspaceId, workspaceName);
    });
    m_thread->start();
}

SyncWriter::~SyncWriter()
{
    abandon();
    m_thread->wait();
    delete m_thread;
}

bool SyncWriter::hasRoom() const
{
    std::lock_guard lock(m_mutex);
    return m_batchesQueued < QueuedBatches;
}

void SyncWriter::add(QList<RemoteMember> batch)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_ended)
            return;
        m_queue.push_back(Command{Command::Batch, std::move(batch), false});
        ++m_batchesQueued;
        if (m_batchesQueued >= QueuedBatches)
            m_waitingForRoom = true;
    }
    m_wake.notify_one();
}

void SyncWriter::finish(bool complete)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_ended)
            return;
        m_ended = true;
        m_queue.push_back(Command{Command::Finish, {}, complete});
    }
    m_wake.notify_one();
}

void SyncWriter::abandon()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_ended && (m_queue.empty() || m_queue.back().kind != Command::Finish))
            return;
        m_ended = true;
        // What is still queued is of no use now.
        m_queue.clear();
        m_batchesQueued = 0;
        m_queue.push_back(Command{Command::Abandon, {}, false});
    }
    m_wake.notify_one();
}

std::optional<SyncWriter::Command> SyncWriter::next()
{
    std::unique_lock lock(m_mutex);
    m_wake.wait(lock, [this] { return !m_queue.empty(); });
    Command command = std::move(m_queue.front());
    m_queue.pop_front();
    if (command.kind != Command::Batch)
        return command;
    --m_batchesQueued;
    if (m_waitingForRoom && m_batchesQueued < QueuedBatches) {
        m_waitingForRoom = false;
        QMetaObject::invokeMethod(this, &SyncWriter::roomAgain, Qt::QueuedConnection);
    }
    return command;
}

void SyncWriter::report(std::optional<MemberRepository::ListingSummary> summary,
                        const QString &error)
{
    // Queued to the writer's own thread; dropped when the writer is gone by then.
    QMetaObject::invokeMethod(
        this,
        [this, summary, error] {
            if (summary)
                Q_EMIT finished(*summary);
            else
                Q_EMIT failed(error);
        },
        Qt::QueuedConnection);
}

void SyncWriter::run(const QString &databasePath, const QString &workspaceId,
                     const QString &workspaceName)
{
    QString error;
    RosterDatabase db(databasePath);
    // Taken when free, so that a write elsewhere that finds the database locked can say why;
    // released after the writer's transaction ended (it is destroyed first).
    std::optional<WorkspaceLock> named;
    std::optional<ListingWriter> writer;
    if (db.open(&error)) {
        named.emplace(db, workspaceId);
        QString ignored;
        named->tryTake(WorkspaceWork::Sync, workspaceName, nullptr, &ignored);
        writer.emplace(db, workspaceId, QDateTime::currentDateTimeUtc());
        if (!writer->begin(&error))
            writer.reset();
    }
    // After a failure the batches are still taken, and dropped, so that the reading goes on
    // to its end and the failure is reported once, at finish().
    QList<MemberRecord> records;
    while (const std::optional<Command> command = next()) {
        switch (command->kind) {
        case Command::Batch:
            if (!writer)
                break;
            records.clear();
            records.reserve(command->batch.size());
            for (const RemoteMember &member : command->batch)
                records.append(MemberConversion::toRecord(member, workspaceId));
            if (!writer->add(records, &error))
                writer.reset(); // abandons
            break;
        case Command::Finish: {
            std::optional<MemberRepository::ListingSummary> summary;
            if (writer)
                summary = writer->finish(command->complete, &error);
            return report(summary, error);
        }
        case Command::Abandon:
            if (writer)
                writer->abandon();
            return;
        }
    }
}
