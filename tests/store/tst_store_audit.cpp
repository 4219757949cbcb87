// The audit log: order, filters, limits, validation and the redaction of URLs in details.
#include "audit_log.h"
#include "audit_redaction.h"
#include "roster_database.h"
#include "store_test_data.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStoreAudit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<RosterDatabase> m_db;
    std::unique_ptr<AuditLog> m_log;
    int m_fileCount = 0;
    QString m_error;

    static QDateTime at(int minute)
    {
        return QDateTime::fromMSecsSinceEpoch(1'760'000'000'000 + minute * 60'000LL, Qt::UTC);
    }
    static AuditEntry entry(int minute, const QString &email, const QString &action,
                            AuditOutcome outcome = AuditOutcome::Ok, const QString &detail = {})
    {
        return {at(minute), u"ws"_s, email, action, outcome, detail};
    }
    QStringList actions(const QString &email = {}, int limit = 0)
    {
        QStringList result;
        const auto entries = m_log->list(u"ws"_s, email, limit, &m_error);
        for (const AuditEntry &entry : entries.value_or(QList<AuditEntry>()))
            result.append(entry.action);
        return result;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_log.reset();
        m_db = std::make_unique<RosterDatabase>(
            m_dir.filePath(u"audit-%1.sqlite"_s.arg(++m_fileCount)));
        QVERIFY2(m_db->open(&m_error), qPrintable(m_error));
        m_log = std::make_unique<AuditLog>(*m_db);
    }

    void cleanup()
    {
        m_log.reset();
        m_db.reset();
    }

    void entriesRoundTrip()
    {
        const AuditEntry failed = {at(3),
                                   u"ws"_s,
                                   u"ada@example.com"_s,
                                   u"deactivate"_s,
                                   AuditOutcome::Failed,
                                   u"Heartbeat answered 404: no member ada@example.com"_s};
        QVERIFY2(m_log->append(failed, &m_error), qPrintable(m_error));
        const auto entries = m_log->list(u"ws"_s, {}, 0, &m_error);
        QVERIFY2(entries, qPrintable(m_error));
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first(), failed);
        QCOMPARE(entries->first().when.timeSpec(), Qt::UTC);
    }

    void newestFirstWithMemberFilterAndLimit()
    {
        QVERIFY(m_log->append(entry(1, u"ada@example.com"_s, u"create"_s), &m_error));
        QVERIFY(m_log->append(entry(2, {}, u"sync"_s), &m_error));
        QVERIFY(m_log->append(entry(3, u"Ada@Example.com "_s, u"link"_s), &m_error));
        QVERIFY(m_log->append(entry(4, u"bob@example.com"_s, u"update"_s), &m_error));
        QVERIFY(m_log->append(entry(5, u"ada@example.com"_s, u"deactivate"_s, AuditOutcome::Failed),
                              &m_error));
        // Appended late, but earlier in time: ordered by time.
        QVERIFY(m_log->append(entry(0, {}, u"workspace-add"_s), &m_error));
        QVERIFY(m_log->append({at(9), u"other"_s, {}, u"sync"_s, AuditOutcome::Ok, {}}, &m_error));

        QCOMPARE(actions(), QStringList({u"deactivate"_s, u"update"_s, u"link"_s, u"sync"_s,
                                         u"create"_s, u"workspace-add"_s}));
        QCOMPARE(actions(u"ADA@example.com"_s),
                 QStringList({u"deactivate"_s, u"link"_s, u"create"_s}));
        QCOMPARE(actions({}, 2), QStringList({u"deactivate"_s, u"update"_s}));
        QCOMPARE(actions(u"ada@example.com"_s, 1), QStringList({u"deactivate"_s}));
        QCOMPARE(actions(u"nobody@example.com"_s), QStringList());
        QCOMPARE(m_log->list(u"other"_s, {}, 0, &m_error)->size(), 1);
    }

    void entriesAtTheSameTimeListLastAppendedFirst()
    {
        QVERIFY(m_log->append(entry(1, {}, u"first"_s), &m_error));
        QVERIFY(m_log->append(entry(1, {}, u"second"_s), &m_error));
        QVERIFY(m_log->append(entry(1, {}, u"third"_s), &m_error));
        QCOMPARE(actions(), QStringList({u"third"_s, u"second"_s, u"first"_s}));
    }

    void anEntryWithoutATimeIsStampedNow()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QVERIFY(
            m_log->append({QDateTime(), u"ws"_s, {}, u"sync"_s, AuditOutcome::Ok, {}}, &m_error));
        const QDateTime when = m_log->list(u"ws"_s, {}, 0, &m_error)->first().when;
        QVERIFY(when >= before.addMSecs(-1));
        QVERIFY(when <= QDateTime::currentDateTimeUtc());
    }

    void actionsAreShortMachineWords_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("valid");
        QTest::newRow("create") << u"create"_s << true;
        QTest::newRow("workspace-add") << u"workspace-add"_s << true;
        QTest::newRow("digits") << u"sync2"_s << true;
        QTest::newRow("32 characters") << QString(32, u'a') << true;
        QTest::newRow("33 characters") << QString(33, u'a') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("upper case") << u"Create"_s << false;
        QTest::newRow("space") << u"create member"_s << false;
        QTest::newRow("leading dash") << u"-create"_s << false;
        QTest::newRow("newline") << u"create\n"_s << false;
    }

    void actionsAreShortMachineWords()
    {
        QFETCH(QString, action);
        QFETCH(bool, valid);
        QCOMPARE(AuditLog::isValidAction(action), valid);
        QCOMPARE(m_log->append(entry(1, {}, action), &m_error), valid);
        if (!valid)
            QVERIFY2(m_error.contains(m_db->path()), qPrintable(m_error));
    }

    void anEntryNeedsAWorkspace()
    {
        QVERIFY(!m_log->append({at(1), QString(), {}, u"sync"_s, AuditOutcome::Ok, {}}, &m_error));
        QVERIFY2(m_error.contains(u"workspace"_s), qPrintable(m_error));
    }

    void urlsInDetailsLoseQueryFragmentAndUserInfo_data()
    {
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("stored");
        QTest::newRow("no url") << u"Heartbeat answered 409: member exists"_s
                                << u"Heartbeat answered 409: member exists"_s;
        QTest::newRow("forward login link")
            << u"link for ada: http://127.0.0.1:7678/forward/auth/magic-link?code=Zm9vYmFy"_s
            << u"link for ada: http://127.0.0.1:7678/forward/auth/magic-link"_s;
        QTest::newRow("beam sso url")
            << u"https://beam.example/beam/community/sso?token=abc&x=1#frag then more"_s
            << u"https://beam.example/beam/community/sso then more"_s;
        QTest::newRow("user info") << u"at https://user:secret@api.example.com/v0/users."_s
                                   << u"at https://api.example.com/v0/users."_s;
        QTest::newRow("key in query, in parentheses")
            << u"failed (https://api.example.com/v0/users?key=sk_live_123)"_s
            << u"failed (https://api.example.com/v0/users)"_s;
        QTest::newRow("two urls") << u"a=https://x.example/p?q=1 b=ftp://y.example/f?token=t"_s
                                  << u"a=https://x.example/p b=ftp://y.example/f"_s;
        QTest::newRow("unparsable")
            << u"see https://[::1/x?code=1 now"_s << u"see [link removed] now"_s;
        QTest::newRow("no host") << u"file:///tmp/x?code=1"_s << u"[link removed]"_s;
        QTest::newRow("surrounding space") << u"  text  "_s << u"text"_s;
    }

    void urlsInDetailsLoseQueryFragmentAndUserInfo()
    {
        QFETCH(QString, detail);
        QFETCH(QString, stored);
        QCOMPARE(redactAuditDetail(detail), stored);
        QVERIFY(m_log->append(entry(1, {}, u"link"_s, AuditOutcome::Ok, detail), &m_error));
        QCOMPARE(m_log->list(u"ws"_s, {}, 1, &m_error)->first().detail, stored);
    }

    void longDetailsAreCut()
    {
        const QString detail = QString(2000, u'x');
        QVERIFY(m_log->append(entry(1, {}, u"update"_s, AuditOutcome::Failed, detail), &m_error));
        const QString stored = m_log->list(u"ws"_s, {}, 1, &m_error)->first().detail;
        QCOMPARE(stored.size(), MaxAuditDetailLength);
        QVERIFY(stored.endsWith(QChar(0x2026)));
    }

    void noLoginCodeReachesTheFile()
    {
        const QString code = u"Q0RFRkdISUpLTE1OT1BR"_s;
        QVERIFY(m_log->append(
            entry(1, u"ada@example.com"_s, u"link"_s, AuditOutcome::Ok,
                  u"issued http://127.0.0.1:1/forward/auth/magic-link?code="_s + code),
            &m_error));
        // Look at every file SQLite wrote, in both encodings.
        const QDir dir(QFileInfo(m_db->path()).absolutePath());
        const QString base = QFileInfo(m_db->path()).fileName();
        for (const QString &name : dir.entryList({base + u"*"_s}, QDir::Files)) {
            const QByteArray bytes = StoreTestData::fileBytes(dir.filePath(name));
            QVERIFY(!bytes.contains(code.toUtf8()));
            const QByteArray utf16(reinterpret_cast<const char *>(code.utf16()), code.size() * 2);
            QVERIFY(!bytes.contains(utf16));
        }
    }

    void removingAWorkspaceLeavesTheOthers()
    {
        QVERIFY(m_log->append(entry(1, {}, u"sync"_s), &m_error));
        QVERIFY(m_log->append({at(1), u"other"_s, {}, u"sync"_s, AuditOutcome::Ok, {}}, &m_error));
        QVERIFY2(m_log->removeWorkspace(u"ws"_s, &m_error), qPrintable(m_error));
        QCOMPARE(m_log->list(u"ws"_s, {}, 0, &m_error)->size(), 0);
        QCOMPARE(m_log->list(u"other"_s, {}, 0, &m_error)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreAudit)
#include "tst_store_audit.moc"
