#pragma once

#include "member_storage.h"

#include <QList>
#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <atomic>
#include <memory>

// Reads one workspace's members from the roster store on worker threads, into a MemberStorage
// built there, and hands it over on the thread of the loader. The reading thread opens its own
// RosterDatabase on the same file (WAL lets it read while the GUI's connection writes). Where
// SQLite's C API is at hand (MemberBulkReader::available(), Debian's case) MemberColumnLoad
// reads one snapshot straight into the storage's columns on three threads, email order and the
// count for the progress signals included; elsewhere one thread reads MemberRecords with
// MemberReader while another counts the members on a connection of its own.
//
// Measured (member_table_benchmark, 1,000,000 members, this 2-core machine shared with other
// work): SQLite alone steps and reads the columns in 0.6-0.65 s; the reading thread, which also
// copies the bytes into batches, uses 0.75-0.9 s of CPU, the thread filing them 0.6-0.75 s
// (it waits for rows meanwhile), the email index scan 0.13-0.15 s beside them; ranking the
// names takes 10-20 ms at the end. The whole load: 0.9-1.5 s at quiet moments, 2-3.5 s when
// other work takes the cores. The first MemberReader-based loader took 2.0-2.4 s.
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

    // Starts reading `workspaceId` from the database file at `databasePath`, which must exist.
    // Names are ranked for `collationLocale` (see NameOrder).
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
    // What the worker reports, delivered on the loader's thread.
    void deliver(const std::shared_ptr<Job> &job, const std::function<void()> &report);
    static void run(MemberLoader *loader, const std::shared_ptr<Job> &job);

    std::shared_ptr<Job> m_current;
    QList<QPointer<QThread>> m_threads;
};
