// Who did what, when and from where: the audit log's actor, source and field changes, its
// filters, and the migration that brings older databases forward.
#include "audit_log.h"
#include "audit_source.h"
#include "roster_database.h"
#include "schema_migrator.h"
#include "store_test_data.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStoreAuditHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_fileCount = 0;
    QString m_error;

    static QDateTime at(int minute)
    {
        return QDateTime::fromMSecsSinceEpoch(1'760'000'000'000 + minute * 60'000LL, Qt::UTC);
    }
    QString newPath() { return m_dir.filePath(u"history-%1.sqlite"_s.arg(++m_fileCount)); }

    static AuditEntry entry(int minute, const QString &email, const QString &action,
                            const QString &actor, const QString &source,
                            const QString &changes = {})
    {
        AuditEntry entry{at(minute), u"ws"_s, email, action, AuditOutcome::Ok, {}};
        entry.actor = actor;
        entry.source = source;
        entry.changes = changes;
        return entry;
    }

    static QStringList actions(const std::optional<QList<AuditEntry>> &entries)
    {
        QStringList result;
        for (const AuditEntry &entry : entries.value_or(QList<AuditEntry>()))
            result.append(entry.action);
        return result;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void olderDatabasesComeForwardWithUnknownActorAndSource()
    {
        const QString file = newPath();
        {
            // A database as Roster left it before schema version 5, with one entry.
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v4"_s);
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            SchemaMigrator v4(raw, file, rosterSchemaMigrations().first(4));
            QVERIFY2(v4.migrate(&m_error), qPrintable(m_error));
            QSqlQuery insert(raw);
            QVERIFY(insert.exec(u"INSERT INTO audit_log (at, workspace_id, member_email, action,"
                                " outcome, detail) VALUES (1760000000000, 'ws',"
                                " 'ada@example.com', 'update', 'ok', 'changed bio')"_s));
            raw.close();
            raw = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"v4"_s);
        }
        RosterDatabase db(file);
        QVERIFY2(db.open(&m_error), qPrintable(m_error));
        const auto entries = AuditLog(db).list(u"ws"_s, {}, 0, &m_error);
        QVERIFY2(entries, qPrintable(m_error));
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().detail, u"changed bio"_s);
        QCOMPARE(entries->first().actor, QString());
        QCOMPARE(entries->first().source, QString());
        QCOMPARE(AuditSource::text(entries->first().source), u"unknown"_s);
    }

    void actorSourceAndChangesRoundTrip()
    {
        RosterDatabase db(newPath());
        QVERIFY2(db.open(&m_error), qPrintable(m_error));
        AuditLog log(db);
        const AuditEntry edit = entry(1, u"ada@example.com"_s, u"update"_s, u"sam"_s,
                                      AuditSource::importRun(7), u"bio: 'Old' → 'New'"_s);
        QVERIFY2(log.append(edit, &m_error), qPrintable(m_error));
        const auto entries = log.list(u"ws"_s, {}, 0, &m_error);
        QVERIFY2(entries, qPrintable(m_error));
        QCOMPARE(entries->first(), edit);
        QCOMPARE(AuditSource::text(entries->first().source), u"import run 7"_s);
        QCOMPARE(AuditSource::text(AuditSource::bulkAction()), u"bulk action"_s);
        QCOMPARE(AuditSource::text(AuditSource::cli()), u"CLI"_s);
        QCOMPARE(AuditSource::text(AuditSource::dialog()), u"dialog"_s);
    }

    void theActorIsTheOsUser()
    {
        const QByteArray user = qgetenv("USER");
        qputenv("USER", "casey");
        QCOMPARE(AuditSource::currentActor(), u"casey"_s);
        qunsetenv("USER");
        qputenv("USERNAME", "dana");
        QCOMPARE(AuditSource::currentActor(), u"dana"_s);
        qunsetenv("USERNAME");
        // Neither set, as under cron or a service: the account Roster runs as.
        QVERIFY(!AuditSource::currentActor().isEmpty());
        if (!user.isEmpty())
            qputenv("USER", user);
    }

    void filtersByMemberActionUserAndDates()
    {
        RosterDatabase db(newPath());
        QVERIFY2(db.open(&m_error), qPrintable(m_error));
        AuditLog log(db);
        QVERIFY(
            log.append(entry(1, u"ada@example.com"_s, u"create"_s, u"sam"_s, AuditSource::dialog()),
                       &m_error));
        QVERIFY(log.append(
            entry(2, u"bob@example.com"_s, u"update"_s, u"kim"_s, AuditSource::cli()), &m_error));
        QVERIFY(log.append(
            entry(3, u"ada@example.com"_s, u"deactivate"_s, u"kim"_s, AuditSource::bulkAction()),
            &m_error));
        AuditEntry failedAdd =
            entry(4, {}, u"create"_s, u"sam"_s, AuditSource::dialog(), QString());
        failedAdd.outcome = AuditOutcome::Failed;
        failedAdd.detail = u"adding ada_2@example.com: member exists"_s;
        QVERIFY(log.append(failedAdd, &m_error));

        AuditFilter filter;
        filter.workspaceId = u"ws"_s;
        filter.memberText = u"ADA"_s;
        QCOMPARE(actions(log.list(filter, &m_error)),
                 QStringList({u"create"_s, u"deactivate"_s, u"create"_s}));
        // '_' is a character, not a wildcard.
        filter.memberText = u"a_2"_s;
        QCOMPARE(actions(log.list(filter, &m_error)), QStringList({u"create"_s}));
        filter.memberText = u"ada_"_s;
        QCOMPARE(actions(log.list(filter, &m_error)), QStringList({u"create"_s}));
        filter.memberText.clear();
        filter.actor = u"KIM"_s;
        QCOMPARE(actions(log.list(filter, &m_error)), QStringList({u"deactivate"_s, u"update"_s}));
        filter.action = u"update"_s;
        QCOMPARE(actions(log.list(filter, &m_error)), QStringList({u"update"_s}));
        filter = {};
        filter.workspaceId = u"ws"_s;
        filter.since = at(2);
        filter.until = at(4);
        QCOMPARE(actions(log.list(filter, &m_error)), QStringList({u"deactivate"_s, u"update"_s}));
    }

    void noSecretInChangesReachesTheFile()
    {
        const QString path = newPath();
        RosterDatabase db(path);
        QVERIFY2(db.open(&m_error), qPrintable(m_error));
        const QString code = u"Q0RFRkdISUpLTE1OT1BR"_s;
        QVERIFY(AuditLog(db).append(
            entry(1, u"ada@example.com"_s, u"update"_s, u"sam"_s, AuditSource::dialog(),
                  u"linkedin: '' → 'https://x.example/in/ada?code="_s + code + u"'"_s),
            &m_error));
        const auto entries = AuditLog(db).list(u"ws"_s, {}, 0, &m_error);
        QCOMPARE(entries->first().changes, u"linkedin: '' → 'https://x.example/in/ada'"_s);
        const QDir dir(QFileInfo(path).absolutePath());
        for (const QString &name :
             dir.entryList({QFileInfo(path).fileName() + u"*"_s}, QDir::Files)) {
            const QByteArray bytes = StoreTestData::fileBytes(dir.filePath(name));
            QVERIFY2(!bytes.contains(code.toUtf8()), qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestStoreAuditHistory)
#include "tst_store_audit_history.moc"
