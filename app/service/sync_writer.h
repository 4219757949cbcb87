#pragma once

#include "member_repository.h"
#include "remote_member.h"

#include <QObject>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

class QThread;

// A sync's listing written into the local roster on a thread of its own, with a database
// connection of its own, as the batches arrive (ListingWriter: one transaction, an unchanged
// member not written). The batches wait in a queue of at most QueuedBatches: the caller asks
// hasRoom() before reading more, and roomAgain() says when to go on, so memory stays bounded
// by a few batches whatever the community's size, and the window never waits for the store.
//
// finish() commits and then emits finished() or failed(); abandon(), or destroying the writer
// before it finished, leaves the roster exactly as it was.
class SyncWriter : public QObject
{
    Q_OBJECT
public:
    static constexpr int QueuedBatches = 4;

    // The workspace's name tells others who find the database locked what holds it
    // (WorkspaceLock::runningSync()).
    SyncWriter(const QString &databasePath, const QString &workspaceId,
               const QString &workspaceName, QObject *parent = nullptr);
    ~SyncWriter() override;

    bool hasRoom() const;
    void add(QList<RemoteMember> batch);
    void finish(bool complete);
    void abandon();

Q_SIGNALS:
    void roomAgain();
    void finished(const MemberRepository::ListingSummary &summary);
    void failed(const QString &error);

private:
    struct Command
    {
        enum Kind
        {
            Batch,
            Finish,
            Abandon
        } kind;
        QList<RemoteMember> batch;
        bool complete = false;
    };
    void run(const QString &databasePath, const QString &workspaceId, const QString &workspaceName);
    std::optional<Command> next();
    void report(std::optional<MemberRepository::ListingSummary> summary, const QString &error);

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Command> m_queue;
    qsizetype m_batchesQueued = 0;
    bool m_waitingForRoom = false;
    bool m_ended = false; // finish() or abandon() was asked
    QThread *m_thread = nullptr;
};
