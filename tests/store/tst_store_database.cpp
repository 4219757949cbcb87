// Opening the roster database: schema migrations, reopening, refusing newer and damaged files,
// transactions.
#include "member_repository.h"
#include "roster_database.h"
#include "schema_migrator.h"
#include "store_test_data.h"
#include "store_transaction.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <latch>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace {
// A plain connection of the test's own, closed and removed when destroyed.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        m_db.setDatabaseName(path);
        m_db.open();
    }
    ~RawConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase &db() { return m_db; }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    QString m_name = u"raw-test-connection"_s;
    QSqlDatabase m_db;
};
} // namespace

class TestStoreDatabase : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsTheSchemaInANewFile()
    {
        const QString file = path(u"new/deeper/roster.sqlite"_s);
        RosterDatabase db(file);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QVERIFY(db.isOpen());
        QCOMPARE(QFile::permissions(file) & 0x0077, QFileDevice::Permissions()); // owner only

        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), RosterDatabase::schemaVersion());
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(u"PRAGMA synchronous"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 2); // FULL
        QVERIFY(query.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"_s));
        QStringList tables;
        while (query.next())
            tables.append(query.value(0).toString());
        QCOMPARE(tables,
                 QStringList({u"audit_log"_s, u"group_sets"_s, u"import_rows"_s, u"import_runs"_s,
                              u"members"_s, u"workspace_locks"_s, u"workspaces"_s}));
        QVERIFY(query.exec(u"PRAGMA encoding"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"UTF-8"_s);
    }

    void reopeningKeepsTheData()
    {
        const QString file = path(u"reopen.sqlite"_s);
        QString error;
        {
            RosterDatabase db(file);
            QVERIFY2(db.open(&error), qPrintable(error));
            MemberRepository members(db);
            QVERIFY2(members.upsert(StoreTestData::member(u"ws"_s, 1), &error), qPrintable(error));
        }
        RosterDatabase db(file);
        QVERIFY2(db.open(&error), qPrintable(error));
        MemberRepository members(db);
        MemberRecord found;
        QCOMPARE(members.findByEmail(u"ws"_s, u"member1@example.com"_s, &found, &error),
                 MemberRepository::Lookup::Found);
        QCOMPARE(found, StoreTestData::member(u"ws"_s, 1));
    }

    void twoInstancesShareOneFile()
    {
        const QString file = path(u"shared.sqlite"_s);
        QString error;
        RosterDatabase writer(file);
        RosterDatabase reader(file);
        QVERIFY2(writer.open(&error), qPrintable(error));
        QVERIFY2(reader.open(&error), qPrintable(error));
        QVERIFY(writer.connection().connectionName() != reader.connection().connectionName());
        MemberRepository writes(writer);
        MemberRepository reads(reader);
        QVERIFY2(writes.upsert(StoreTestData::member(u"ws"_s, 7), &error), qPrintable(error));
        QCOMPARE(reads.count(u"ws"_s, &error), 1);
    }

    void refusesANewerSchemaAndLeavesTheFileUntouched()
    {
        // "%1" and "%3" in the path are quoted as they are, not taken for placeholders.
        const QString file = path(u"newer %1 %3.sqlite"_s);
        QString error;
        {
            RosterDatabase db(file);
            QVERIFY2(db.open(&error), qPrintable(error));
            MemberRepository members(db);
            QVERIFY(members.upsert(StoreTestData::member(u"ws"_s, 1), &error));
        }
        const int newer = RosterDatabase::schemaVersion() + 41;
        {
            RawConnection raw(file);
            QSqlQuery query(raw.db());
            QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(newer)));
        }
        const QByteArray before = StoreTestData::fileBytes(file);
        QVERIFY(!before.isEmpty());

        RosterDatabase db(file);
        QVERIFY(!db.open(&error));
        QVERIFY(!db.isOpen());
        QVERIFY2(error.contains(file), qPrintable(error));
        QVERIFY2(error.contains(QString::number(newer)), qPrintable(error));
        QVERIFY2(error.contains(QString::number(RosterDatabase::schemaVersion())),
                 qPrintable(error));
        QCOMPARE(StoreTestData::fileBytes(file), before);
        QVERIFY(!QFile::exists(file + u"-wal"_s));
    }

    void refusesAFileOfGarbage()
    {
        const QString file = path(u"garbage.sqlite"_s);
        QByteArray garbage(16384, Qt::Uninitialized);
        QRandomGenerator generator(42);
        generator.fillRange(reinterpret_cast<quint32 *>(garbage.data()), garbage.size() / 4);
        QVERIFY(StoreTestData::writeFile(file, garbage));

        RosterDatabase db(file);
        QString error;
        QVERIFY(!db.open(&error));
        QVERIFY(!db.isOpen());
        QVERIFY2(error.contains(file), qPrintable(error));
        QVERIFY2(error.contains(u"not a database"_s), qPrintable(error));
        QCOMPARE(StoreTestData::fileBytes(file), garbage);
    }

    void damagedPagesGiveErrorsNotCrashes()
    {
        const QString file = path(u"damaged.sqlite"_s);
        QString error;
        {
            RosterDatabase db(file);
            QVERIFY2(db.open(&error), qPrintable(error));
            QList<MemberRecord> batch;
            for (int i = 0; i < 3000; ++i)
                batch.append(StoreTestData::member(u"ws"_s, i));
            QVERIFY2(MemberRepository(db).upsertMany(batch, &error), qPrintable(error));
        }
        // Keep the header page, scribble over every other page.
        QByteArray bytes = StoreTestData::fileBytes(file);
        QVERIFY(bytes.size() > 8 * 4096);
        for (qsizetype i = 4096; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919) & 0xff);
        QVERIFY(StoreTestData::writeFile(file, bytes));

        RosterDatabase db(file);
        error.clear();
        if (db.open(&error)) {
            MemberRepository members(db);
            const std::optional<QList<MemberRecord>> all =
                members.list(u"ws"_s, MemberOrder::Insertion, &error);
            QVERIFY(!all);
        }
        QVERIFY2(error.contains(file), qPrintable(error));
        QVERIFY2(error.contains(u"malformed"_s) || error.contains(u"not a database"_s),
                 qPrintable(error));
    }

    void refusesPathsThatAreNotFiles()
    {
        QString error;
        RosterDatabase empty{QString()};
        QVERIFY(!empty.open(&error));
        QVERIFY(!error.isEmpty());
        RosterDatabase directory(m_dir.path());
        QVERIFY(!directory.open(&error));
        QVERIFY2(error.contains(m_dir.path()), qPrintable(error));
    }

    void openedByManyAtOnce_theFirstRunCreatesItForAll()
    {
        // roster-cli runs started together all find no database and create it at once.
        for (int round = 0; round < 40; ++round) {
            const QString file = path(u"together-%1/roster.sqlite"_s.arg(round));
            std::vector<std::thread> threads;
            std::atomic<int> opened = 0;
            std::mutex errorsLock;
            QStringList errors;
            std::latch start(6);
            for (int i = 0; i < 6; ++i) {
                threads.emplace_back([&] {
                    RosterDatabase db(file);
                    start.arrive_and_wait();
                    QString error;
                    if (db.open(&error)) {
                        ++opened;
                    } else {
                        const std::lock_guard lock(errorsLock);
                        errors << error;
                    }
                });
            }
            for (std::thread &thread : threads)
                thread.join();
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
            QCOMPARE(opened.load(), 6);
        }
    }

    void defaultPathIsInTheDataDirectoryWhateverTheApplicationName()
    {
        const QString expected =
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
            u"/Roster/roster.sqlite"_s;
        QCOMPARE(RosterDatabase::defaultPath(), expected);
        const QString name = QCoreApplication::applicationName();
        QCoreApplication::setApplicationName(u"roster-cli"_s);
        QCOMPARE(RosterDatabase::defaultPath(), expected);
        QCoreApplication::setApplicationName(name);
    }

    void migrationsApplyInOrderAndAFailedOneLeavesThePreviousVersion()
    {
        const QString file = path(u"migrations.sqlite"_s);
        RawConnection raw(file);
        const SchemaMigration first{1, {u"CREATE TABLE one (x INTEGER)"_s}};
        const SchemaMigration broken{
            2, {u"CREATE TABLE two (x INTEGER)"_s, u"INSERT INTO nowhere VALUES (1)"_s}};
        QString error;
        SchemaMigrator failing(raw.db(), file, {first, broken});
        QCOMPARE(failing.latestVersion(), 2);
        QVERIFY(!failing.migrate(&error));
        QVERIFY2(error.contains(file) && error.contains(u"version 2"_s), qPrintable(error));
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 1);
        QCOMPARE(raw.scalar(u"SELECT count(*) FROM sqlite_schema WHERE name = 'two'"_s).toInt(), 0);

        const SchemaMigration fixed{2, {u"CREATE TABLE two (x INTEGER)"_s}};
        const SchemaMigration third{3, {u"ALTER TABLE two ADD COLUMN y TEXT"_s}};
        SchemaMigrator working(raw.db(), file, {first, fixed, third});
        QVERIFY2(working.migrate(&error), qPrintable(error));
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 3);
        QCOMPARE(working.currentVersion(&error), 3);
        // Running again changes nothing.
        QVERIFY2(working.migrate(&error), qPrintable(error));
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), 3);
    }

    void transactionsNestAndRollBack()
    {
        const QString file = path(u"transactions.sqlite"_s);
        RosterDatabase db(file);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        MemberRepository members(db);
        {
            StoreTransaction outer(db);
            QVERIFY2(outer.begin(&error), qPrintable(error));
            QVERIFY2(members.upsert(StoreTestData::member(u"ws"_s, 1), &error), qPrintable(error));
            {
                StoreTransaction inner(db);
                QVERIFY2(inner.begin(&error), qPrintable(error));
                QVERIFY(members.upsert(StoreTestData::member(u"ws"_s, 2), &error));
                // destroyed without commit: member 2 is rolled back
            }
            QVERIFY2(outer.commit(&error), qPrintable(error));
        }
        QCOMPARE(members.count(u"ws"_s, &error), 1);
        {
            StoreTransaction outer(db);
            QVERIFY(outer.begin(&error));
            QVERIFY(members.upsert(StoreTestData::member(u"ws"_s, 3), &error));
            outer.rollback();
        }
        QCOMPARE(members.count(u"ws"_s, &error), 1);
        // The database is usable for plain writes afterwards.
        QVERIFY2(members.upsert(StoreTestData::member(u"ws"_s, 4), &error), qPrintable(error));
        QCOMPARE(members.count(u"ws"_s, &error), 2);
    }

    void aClosedDatabaseSaysSo()
    {
        RosterDatabase db(path(u"never-opened.sqlite"_s));
        MemberRepository members(db);
        QString error;
        QVERIFY(!members.upsert(StoreTestData::member(u"ws"_s, 1), &error));
        QVERIFY2(error.contains(u"not open"_s), qPrintable(error));
        QVERIFY(!members.count(u"ws"_s, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreDatabase)
#include "tst_store_database.moc"
