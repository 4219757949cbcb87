#pragma once

#include "member_storage.h"

#include <QList>
#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

// Reads one workspace's members from the roster database file into a MemberStorage, off the
// GUI thread, and hands the storage over on the loader's thread. The whole path:
//
//   file → MemberBulkReader (SQLite's C API, a connection of its own, one snapshot)
//        → MemberRowBatch (rows copied out of SQLite, queued to a second thread)
//        → MemberStorageBuilder (UTF-8 decoded into the storage's columns, names ranked)
//        → MemberStorage, delivered by finished() to MemberTableModel.
//
// Three threads take part: the reading thread steps SQLite and interns group sets, the filing
// thread builds the storage from the batches meanwhile, and a third reads the row ids in email
// order from the store's index on a connection of its own (which also gives the total for the
// progress signals). When another connection commits between the starts of the two reads
// (PRAGMA data_version), the reading thread reads the email order again in its own snapshot.
// member_table_benchmark prints what a load takes.
//
// One load at a time: start() and cancel() abandon the load under way (it stops at its next
// row and its results are dropped). The signals come only for the current load, always later
// than the call that started it, never from inside start().
class MemberLoader : public QObject
{
    Q_OBJECT
public:
    explicit MemberLoader(QObject *parent = nullptr);
    // Cancels a load under way and waits for its thread to stop (a few milliseconds).
    ~MemberLoader() override;

    // Starts reading `workspaceId` from the database file at `databasePath`, which must exist
    // and have been opened by a RosterDatabase of this build (the load neither creates nor
    // migrates it). Names are ranked for `collationLocale` (see NameOrder).
    void start(const QString &databasePath, const QString &workspaceId,
               const QLocale &collationLocale = QLocale());
    void cancel();
    bool isLoading() const { return m_current != nullptr; }

Q_SIGNALS:
    // `read` members filed so far of `total` (-1 while they are still being counted).
    void progress(qint64 read, qint64 total);
    void finished(std::shared_ptr<MemberStorage> members);
    // `error` is the store's message, naming the file and the workspace.
    void failed(const QString &error);

private:
    struct Job
    {
        QString databasePath;
        QString workspaceId;
        QLocale locale;
        std::atomic<bool> canceled{false};
    };
    enum class Outcome
    {
        Loaded,
        Canceled,
        Failed
    };
    // What the worker reports, delivered on the loader's thread.
    void deliver(const std::shared_ptr<Job> &job, const std::function<void()> &report);
    static void run(MemberLoader *loader, const std::shared_ptr<Job> &job);
    // The read itself, on the worker thread. `progress(filed)` comes from the filing thread;
    // `*total` gets the number of members once counted. On success the storage is finished.
    static Outcome read(const Job &job, MemberStorage *members,
                        const std::function<void(qint64)> &progress, std::atomic<qint64> *total,
                        QString *error);

    std::shared_ptr<Job> m_current;
    QList<QPointer<QThread>> m_threads;
};
