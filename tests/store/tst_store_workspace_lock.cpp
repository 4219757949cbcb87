// WorkspaceLock on a real SQLite file: one holder per workspace, named to whoever asks; other
// workspaces are free; a row left by a process that is gone is taken over; a write held back by
// a sync names it.
#include "roster_database.h"
#include "store_transaction.h"
#include "workspace_lock.h"

#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStoreWorkspaceLock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A pid no process has: one that has just ended.
    static qint64 endedPid()
    {
        QProcess process;
        process.start(u"true"_s, {});
        process.waitForFinished();
        return process.processId() ? process.processId() : 999'999'999;
    }

private Q_SLOTS:
    void oneHolderPerWorkspace()
    {
        const QString path = m_dir.filePath(u"one.sqlite"_s);
        RosterDatabase first(path);
        RosterDatabase second(path); // another connection, as another process has
        QString error;
        QVERIFY2(first.open(&error) && second.open(&error), qPrintable(error));

        WorkspaceLock held(first, u"ws-1"_s);
        WorkspaceLockHolder holder;
        QCOMPARE(held.tryTake(WorkspaceWork::Import, u"members.csv"_s, &holder, &error),
                 WorkspaceLock::Outcome::Taken);

        WorkspaceLock refused(second, u"ws-1"_s);
        QCOMPARE(refused.tryTake(WorkspaceWork::BulkAction, u"Deactivate"_s, &holder, &error),
                 WorkspaceLock::Outcome::Held);
        QCOMPARE(holder.pid, QCoreApplication::applicationPid());
        QCOMPARE(holder.work, WorkspaceWork::Import);
        const QString said = holder.describe(u"Acme"_s);
        QVERIFY2(said.startsWith(u"An import of members.csv (pid %1, started "_s.arg(
                     QCoreApplication::applicationPid())),
                 qPrintable(said));
        QVERIFY2(said.endsWith(u") is running in Acme."_s), qPrintable(said));

        WorkspaceLock other(second, u"ws-2"_s);
        QCOMPARE(other.tryTake(WorkspaceWork::Import, u"b.csv"_s, &holder, &error),
                 WorkspaceLock::Outcome::Taken);

        held.release();
        QVERIFY(!WorkspaceLock::holder(second, u"ws-1"_s, &error));
        QCOMPARE(refused.tryTake(WorkspaceWork::BulkAction, u"Deactivate"_s, &holder, &error),
                 WorkspaceLock::Outcome::Taken);
    }

    // A sync's one transaction holds SQLite's write lock: a write from another connection that
    // finds the database locked names the sync instead of SQLite's "database is locked".
    void aWriteThatASyncHoldsBack_namesTheSync()
    {
        const QString path = m_dir.filePath(u"sync.sqlite"_s);
        RosterDatabase syncing(path);
        RosterDatabase other(path);
        QString error;
        QVERIFY2(syncing.open(&error) && other.open(&error), qPrintable(error));
        WorkspaceLock named(syncing, u"ws-1"_s);
        QCOMPARE(named.tryTake(WorkspaceWork::Sync, u"Acme"_s, nullptr, &error),
                 WorkspaceLock::Outcome::Taken);
        StoreTransaction sync(syncing);
        QVERIFY2(sync.begin(&error), qPrintable(error));

        StoreTransaction edit(other);
        QVERIFY(!edit.begin(&error));
        QVERIFY2(error.contains(u"Roster is reading the members of Acme (pid %1, started "_s.arg(
                     QCoreApplication::applicationPid())),
                 qPrintable(error));
        QVERIFY2(error.endsWith(u"; try again when it has finished."_s), qPrintable(error));
        QVERIFY2(!error.contains(u"database is locked"_s), qPrintable(error));

        // Without a sync named, SQLite's words stay.
        sync.rollback();
        named.release();
        StoreTransaction import(syncing);
        QVERIFY2(import.begin(&error), qPrintable(error));
        QVERIFY(!edit.begin(&error));
        QVERIFY2(error.contains(u"database is locked"_s), qPrintable(error));
    }

    void aLockOfAProcessThatIsGone_isTakenOver()
    {
        const QString path = m_dir.filePath(u"stale.sqlite"_s);
        RosterDatabase db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QSqlQuery query(db.connection());
        QVERIFY(query.prepare(u"INSERT INTO workspace_locks (workspace_id, pid, host, started_at,"
                              " work, subject) VALUES ('ws', ?, ?, 0, 'import', 'old.csv')"_s));
        query.addBindValue(endedPid());
        query.addBindValue(QSysInfo::machineHostName());
        QVERIFY(query.exec());
        QVERIFY(!WorkspaceLock::holder(db, u"ws"_s, &error)); // stale: nobody holds it

        WorkspaceLock lock(db, u"ws"_s);
        WorkspaceLockHolder holder;
        QCOMPARE(lock.tryTake(WorkspaceWork::Import, u"new.csv"_s, &holder, &error),
                 WorkspaceLock::Outcome::Taken);
        QCOMPARE(WorkspaceLock::holder(db, u"ws"_s, &error)->subject, u"new.csv"_s);
    }
};

QTEST_GUILESS_MAIN(TestStoreWorkspaceLock)
#include "tst_store_workspace_lock.moc"
