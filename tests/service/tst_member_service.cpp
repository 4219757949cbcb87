// MemberService against a real roster-sandbox and a real SQLite roster: each operation brings
// the local roster and the audit log up to date, a failure is audited in the provider's words,
// a listing is merged without losing anyone, and neither holds a login link.
#include "api_session.h"
#include "audit_log.h"
#include "member_conversion.h"
#include "member_repository.h"
#include "member_service.h"
#include "recorded_network.h"
#include "sandbox_workspace.h"
#include "service_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMemberService : public QObject, protected ServiceFixture
{
    Q_OBJECT

    std::unique_ptr<MemberService> service(Provider provider)
    {
        return ServiceFixture::service(SandboxWorkspace::make(*m_sandbox, provider, u"Acme"_s));
    }

    // A member the sandbox seeded in Heartbeat.
    QString m_sandboxEmail()
    {
        return m_sandbox->state(u"heartbeat"_s)[u"members"_s][0][u"email"_s].toString();
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
        QString error;
        QVERIFY2(setUp(&error), qPrintable(error));
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"0"_s, u"--members"_s, u"5"_s}),
                 qPrintable(m_sandbox->error()));
    }

    void cleanup() { tearDown(); }

    void aMemberWithoutAStateIsKeptUnknown()
    {
        RemoteMember member;
        member.id = u"7"_s;
        member.email = u" Kim@Example.com"_s;
        member.name = u"Kim Lee"_s;
        const MemberRecord record = MemberConversion::toRecord(member, u"ws"_s);
        QCOMPARE(record.status, MemberStatus::Unknown);
        QCOMPARE(record.email, u"kim@example.com"_s);
        QString error;
        QVERIFY2(MemberRepository(*m_db).upsert(record, &error), qPrintable(error));
    }

    void syncKeepsAMemberTheCompleteListingLacks_markedAndAudited()
    {
        auto members = service(Provider::Heartbeat);
        MemberRepository roster(*m_db);
        MemberRecord stale;
        stale.workspaceId = members->workspace().id;
        stale.email = u"gone@example.com"_s;
        stale.status = MemberStatus::Active;
        QString error;
        QVERIFY(roster.upsert(stale, &error));
        const auto synced = wait<SyncSummary>([&](auto done) { return members->sync(done); });
        QVERIFY2(synced.ok(), qPrintable(synced.error.message));
        QCOMPARE(synced.value.members, 5);
        QCOMPARE(synced.value.added, 5);
        QCOMPARE(synced.value.unlisted, 1);
        QVERIFY(synced.value.complete);
        QCOMPARE(roster.count(members->workspace().id, &error).value_or(-1), 6);
        QCOMPARE(members->storedMember(stale.email, &error)->status, MemberStatus::Unlisted);
        const QList<AuditEntry> history = audit(*members, stale.email);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().action, u"unlisted"_s);
        QVERIFY2(history.first().detail.contains(u"Heartbeat"_s),
                 qPrintable(history.first().detail));
        QCOMPARE(audit(*members).first().action, u"sync"_s);
        QVERIFY2(synced.value.text().contains(u"1 no longer listed"_s),
                 qPrintable(synced.value.text()));
    }

    void aResyncWithNothingNewChangesNothing()
    {
        auto members = service(Provider::Heartbeat);
        QVERIFY(wait<SyncSummary>([&](auto done) { return members->sync(done); }).ok());
        QString error;
        const QDateTime firstSync = members->storedMember(m_sandboxEmail(), &error)->lastSyncedAt;
        const auto again = wait<SyncSummary>([&](auto done) { return members->sync(done); });
        QVERIFY2(again.ok(), qPrintable(again.error.message));
        QCOMPARE(again.value.added, 0);
        QCOMPARE(again.value.changed, 0);
        QCOMPARE(again.value.unlisted, 0);
        QCOMPARE(again.value.unchanged, 5);
        QCOMPARE(members->storedMember(m_sandboxEmail(), &error)->lastSyncedAt, firstSync);
        QVERIFY2(again.value.text().contains(u"0 changed"_s), qPrintable(again.value.text()));
    }

    void statesRosterSetSurviveASync_inBothListingModes_data()
    {
        QTest::addColumn<QString>("listInactive");
        QTest::newRow("deactivated and pending members listed") << u"yes"_s;
        QTest::newRow("only active members listed") << u"no"_s;
    }

    void statesRosterSetSurviveASync_inBothListingModes()
    {
        QFETCH(QString, listInactive);
        QVERIFY2(
            startSandbox({u"--rate-limit"_s, u"0"_s, u"--heartbeat-list-inactive"_s, listInactive}),
            qPrintable(m_sandbox->error()));
        auto members = service(Provider::Heartbeat);
        NewMember pending;
        pending.email = u"pia@example.com"_s;
        pending.name = u"Pia Park"_s;
        pending.roleId = u"role_member"_s;
        pending.pending = true;
        NewMember leaving = pending;
        leaving.email = u"leo@example.com"_s;
        leaving.name = u"Leo Lund"_s;
        leaving.pending = false;
        NewMember staying = leaving;
        staying.email = u"sam@example.com"_s;
        for (const NewMember &member : {pending, leaving, staying})
            QVERIFY(
                wait<MemberRecord>([&](auto done) { return members->create(member, done); }).ok());
        QVERIFY(wait<MemberRecord>([&](auto done) {
                    return members->deactivate(leaving.email, done);
                }).ok());

        const auto synced = wait<SyncSummary>([&](auto done) { return members->sync(done); });
        QVERIFY2(synced.ok(), qPrintable(synced.error.message));
        QString error;
        QCOMPARE(members->storedMember(pending.email, &error)->status,
                 listInactive == u"yes"_s ? MemberStatus::Pending : MemberStatus::Unlisted);
        QCOMPARE(members->storedMember(leaving.email, &error)->status, MemberStatus::Deactivated);
        QCOMPARE(members->storedMember(staying.email, &error)->status, MemberStatus::Active);
        QCOMPARE(synced.value.unlisted, listInactive == u"yes"_s ? 0 : 1);

        // Reactivating a member Heartbeat says is active already: the state wanted, audited so.
        const auto again =
            wait<MemberRecord>([&](auto done) { return members->reactivate(staying.email, done); });
        QVERIFY2(again.ok(), qPrintable(again.error.message));
        QCOMPARE(again.value.status, MemberStatus::Active);
        const AuditEntry last = audit(*members, staying.email).first();
        QCOMPARE(last.action, u"reactivate"_s);
        QCOMPARE(last.outcome, AuditOutcome::Ok);
        QCOMPARE(last.detail, u"already active"_s);
    }

    void forwardSyncReadsEveryPage()
    {
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"0"_s, u"--members"_s, u"130"_s}),
                 qPrintable(m_sandbox->error()));
        auto members = service(Provider::Forward);
        const auto synced = wait<SyncSummary>([&](auto done) { return members->sync(done); });
        QVERIFY2(synced.ok(), qPrintable(synced.error.message));
        QVERIFY2(synced.value.complete, qPrintable(synced.value.whyIncomplete));
        const qint64 atProvider = m_sandbox->state(u"forward"_s)[u"members"_s].toArray().size();
        QCOMPARE(synced.value.members, atProvider);
        QCOMPARE(synced.value.added, atProvider);
        QString error;
        QCOMPARE(MemberRepository(*m_db).count(members->workspace().id, &error), atProvider);
        const QJsonObject forward = m_sandbox->stats()[u"providers"_s][u"forward"_s].toObject();
        QVERIFY2(forward[u"GET /users"_s][u"200"_s].toInteger() >= 3,
                 qPrintable(QString::fromUtf8(QJsonDocument(forward).toJson())));
    }

    void anIncompleteListingMarksNobody()
    {
        // Forward answers a page without a count: nothing proves the list is whole.
        RecordedNetwork network([](const RecordedNetwork::Request &) {
            QJsonArray data{QJsonObject{{u"id"_s, u"user_2"_s},
                                        {u"email"_s, u"bo@example.com"_s},
                                        {u"first_name"_s, u"Bo"_s},
                                        {u"last_name"_s, u"Renamed"_s},
                                        {u"status"_s, u"ACTIVE"_s}}};
            return RecordedNetwork::Answer::json(
                200, QJsonDocument(QJsonObject{{u"data"_s, data}}).toJson());
        });
        Workspace workspace = Workspace::create(u"Portal"_s, Provider::Forward);
        workspace.apiBaseUrl = recordedBase(u"/forward"_s);
        workspace.businessId = u"biz_1"_s;
        auto *session =
            new ApiSession(&network, m_pacers->pacerFor("k-0123456789", 100, 6), "k-0123456789");
        MemberService members(workspace, session, *m_db);
        session->setParent(&members);
        MemberRepository roster(*m_db);
        QString error;
        for (const QString &who : {u"al"_s, u"bo"_s, u"cy"_s}) {
            MemberRecord record;
            record.workspaceId = workspace.id;
            record.email = who + u"@example.com"_s;
            record.status = MemberStatus::Active;
            QVERIFY(roster.upsert(record, &error));
        }
        const auto synced = wait<SyncSummary>([&](auto done) { return members.sync(done); });
        QVERIFY2(synced.ok(), qPrintable(synced.error.message));
        QVERIFY(!synced.value.complete);
        QCOMPARE(synced.value.unlisted, 0);
        QCOMPARE(synced.value.changed, 1);
        QCOMPARE(members.storedMember(u"bo@example.com"_s, &error)->lastName, u"Renamed"_s);
        QCOMPARE(members.storedMember(u"al@example.com"_s, &error)->status, MemberStatus::Active);
        QCOMPARE(members.storedMember(u"cy@example.com"_s, &error)->status, MemberStatus::Active);
        QVERIFY2(synced.value.text().contains(u"nobody was marked"_s),
                 qPrintable(synced.value.text()));
        QVERIFY(audit(members).first().detail.contains(u"no count"_s));
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
