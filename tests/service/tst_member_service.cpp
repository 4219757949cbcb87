// MemberService against a real roster-sandbox and a real SQLite roster: each operation brings
// the local roster and the audit log up to date, a failure is audited in the provider's words,
// a full listing replaces the roster, and neither holds a login link.
#include "api_session.h"
#include "audit_log.h"
#include "member_conversion.h"
#include "member_repository.h"
#include "member_service.h"
#include "roster_database.h"
#include "sandbox_process.h"
#include "sandbox_workspace.h"

#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMemberService : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<RosterDatabase> m_db;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<PacerRegistry> m_pacers;

    std::unique_ptr<MemberService> service(Provider provider)
    {
        const Workspace workspace = SandboxWorkspace::make(*m_sandbox, provider, u"Acme"_s);
        const QByteArray key = m_sandbox->apiKey();
        auto *session = new ApiSession(m_network.get(), m_pacers->pacerFor(key, 100, 6), key);
        auto members = std::make_unique<MemberService>(workspace, session, *m_db);
        session->setParent(members.get());
        return members;
    }

    template <typename T, typename Start> Result<T> wait(Start start)
    {
        std::optional<Result<T>> result;
        start([&result](const Result<T> &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            qFatal("a service call did not finish");
        return *result;
    }

    QList<AuditEntry> audit(const MemberService &members, const QString &email = {})
    {
        QString error;
        return AuditLog(*m_db)
            .list(members.workspace().id, email, 0, &error)
            .value_or(QList<AuditEntry>());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_sandbox = std::make_unique<SandboxProcess>(
            QStringList{u"--rate-limit"_s, u"0"_s, u"--members"_s, u"5"_s});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
        m_db = std::make_unique<RosterDatabase>(m_dir->filePath(u"roster.sqlite"_s));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_pacers = std::make_unique<PacerRegistry>();
    }

    void cleanup()
    {
        m_pacers.reset();
        m_network.reset();
        m_db.reset();
        m_sandbox.reset();
        m_dir.reset();
    }

    void aMemberWithoutAStateIsKeptAsActive()
    {
        RemoteMember member;
        member.id = u"7"_s;
        member.email = u" Kim@Example.com"_s;
        member.name = u"Kim Lee"_s;
        const MemberRecord record = MemberConversion::toRecord(member, u"ws"_s);
        QCOMPARE(record.status, MemberStatus::Active);
        QCOMPARE(record.email, u"kim@example.com"_s);
        QString error;
        QVERIFY2(MemberRepository(*m_db).upsert(record, &error), qPrintable(error));
    }

    void syncReplacesTheRosterAndIsAudited()
    {
        auto members = service(Provider::Heartbeat);
        MemberRepository roster(*m_db);
        MemberRecord stale;
        stale.workspaceId = members->workspace().id;
        stale.email = u"gone@example.com"_s;
        QString error;
        QVERIFY(roster.upsert(stale, &error));
        const auto synced = wait<SyncSummary>([&](auto done) { return members->sync(done); });
        QVERIFY2(synced.ok(), qPrintable(synced.error.message));
        QCOMPARE(synced.value.members, 5);
        QCOMPARE(synced.value.inserted, 5);
        QCOMPARE(synced.value.removed, 1);
        QCOMPARE(roster.count(members->workspace().id, &error).value_or(-1), 5);
        QCOMPARE(audit(*members).first().action, u"sync"_s);
    }

    void operationsKeepTheRosterAndTheAuditInStep()
    {
        auto members = service(Provider::Forward);
        NewMember kim;
        kim.email = u"kim@example.com"_s;
        kim.firstName = u"Kim"_s;
        kim.lastName = u"Lee"_s;
        const auto created =
            wait<MemberRecord>([&](auto done) { return members->create(kim, done); });
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QVERIFY(created.value.providerMemberId.startsWith(u"user_"_s));
        QString error;
        QVERIFY(members->storedMember(u"kim@example.com"_s, &error));
        const auto off = wait<MemberRecord>(
            [&](auto done) { return members->deactivate(u"KIM@example.com"_s, done); });
        QCOMPARE(off.value.status, MemberStatus::Deactivated);
        QCOMPARE(members->storedMember(u"kim@example.com"_s, &error)->status,
                 MemberStatus::Deactivated);
        // A link for a deactivated member: refused, and audited in the provider's words.
        const auto refused =
            wait<LoginLink>([&](auto done) { return members->loginLink(kim.email, done); });
        QCOMPARE(refused.error.kind, ApiErrorKind::Forbidden);
        QVERIFY(wait<MemberRecord>([&](auto done) {
                    return members->reactivate(kim.email, done);
                }).ok());
        const auto link =
            wait<LoginLink>([&](auto done) { return members->loginLink(kim.email, done); });
        QVERIFY2(link.ok(), qPrintable(link.error.message));

        const QList<AuditEntry> entries = audit(*members, kim.email);
        QStringList actions;
        for (const AuditEntry &entry : entries)
            actions << entry.action + u':' +
                           (entry.outcome == AuditOutcome::Ok ? u"ok"_s : u"failed"_s);
        QCOMPARE(actions, QStringList({u"link:ok"_s, u"reactivate:ok"_s, u"link:failed"_s,
                                       u"deactivate:ok"_s, u"create:ok"_s}));
        QVERIFY2(entries.at(2).detail.contains(u"not active"_s), qPrintable(entries.at(2).detail));
        // Neither the audit log nor any table holds the link.
        const QString code = link.value.url.query();
        QVERIFY(!code.isEmpty());
        for (const QString &table : {u"audit_log"_s, u"members"_s}) {
            QSqlQuery query(m_db->connection());
            QVERIFY(query.exec(u"SELECT * FROM "_s + table));
            while (query.next()) {
                for (int column = 0; column < query.record().count(); ++column)
                    QVERIFY(!query.value(column).toString().contains(code));
            }
        }
    }

    void unsupportedOperationsSendNothingAndAuditNothing()
    {
        auto members = service(Provider::Beam);
        const qint64 before = m_sandbox->stats()[u"total"_s].toInteger();
        const auto off = wait<MemberRecord>(
            [&](auto done) { return members->deactivate(u"kim@example.com"_s, done); });
        QCOMPARE(off.error.kind, ApiErrorKind::Unsupported);
        QCOMPARE(m_sandbox->stats()[u"total"_s].toInteger(), before);
        QVERIFY(audit(*members).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMemberService)
#include "tst_member_service.moc"
