// HeartbeatClient against a real roster-sandbox: every operation, its failures, the read-back
// after writes, and the login link that is the community page.
#include "api_session.h"
#include "api_task.h"
#include "heartbeat_client.h"
#include "http_client.h"
#include "sandbox_process.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHeartbeatClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<PacerRegistry> m_pacers;

    bool start(const QStringList &arguments)
    {
        m_sandbox = std::make_unique<SandboxProcess>(arguments);
        return m_sandbox->start();
    }

    QUrl communityUrl() const { return m_sandbox->url(u"/heartbeat/community"_s); }

    std::unique_ptr<HeartbeatClient> client(const QByteArray &key, const QUrl &community)
    {
        auto *session = new ApiSession(m_network.get(), m_pacers->pacerFor(key, 1000, 16), key);
        auto heartbeat = std::make_unique<HeartbeatClient>(
            session, m_sandbox->url(u"/heartbeat/v0"_s), community);
        session->setParent(heartbeat.get());
        return heartbeat;
    }

    std::unique_ptr<HeartbeatClient> client()
    {
        return client(m_sandbox->apiKey(), communityUrl());
    }

    // Runs an operation to its end and answers its result.
    template <typename T, typename Start> Result<T> wait(Start start)
    {
        std::optional<Result<T>> result;
        ApiTask *task = start([&result](const Result<T> &r) { result = r; });
        QSignalSpy finished(task, &ApiTask::finished);
        if (!finished.wait(30000))
            qFatal("operation did not finish");
        if (!result)
            qFatal("operation finished without calling back");
        return *result;
    }

    static NewMember zoe(const QString &email = u"zoe@example.com"_s)
    {
        NewMember member;
        member.email = email;
        member.name = u"Zoë Müller"_s;
        member.roleId = u"role_member"_s;
        return member;
    }

    Result<RemoteMember> create(HeartbeatClient &heartbeat, const NewMember &member)
    {
        return wait<RemoteMember>(
            [&](Done<RemoteMember> done) { return heartbeat.createMember(member, done); });
    }

    Result<std::optional<RemoteMember>> find(HeartbeatClient &heartbeat, const QString &email)
    {
        return wait<std::optional<RemoteMember>>(
            [&](auto done) { return heartbeat.findByEmail(email, done); });
    }

    qint64 requestCount() { return m_sandbox->stats()[u"total"_s].toInteger(); }

    qint64 answered(const QString &endpoint, int status)
    {
        return m_sandbox->stats()[u"providers"_s][u"heartbeat"_s][endpoint][QString::number(status)]
            .toInteger();
    }

    QJsonArray storedMembers() { return m_sandbox->state(u"heartbeat"_s)[u"members"_s].toArray(); }

private Q_SLOTS:
    void init()
    {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_pacers = std::make_unique<PacerRegistry>();
        QVERIFY2(start({u"--rate-limit"_s, u"0"_s}), qPrintable(m_sandbox->error()));
    }

    void cleanup()
    {
        m_pacers.reset();
        m_network.reset();
        m_sandbox.reset();
    }

    void capabilities_listRolesAndPendingMembers()
    {
        auto heartbeat = client();
        QCOMPARE(heartbeat->provider(), Provider::Heartbeat);
        const Capabilities capabilities = heartbeat->capabilities();
        QVERIFY(capabilities.canList);
        for (MemberOperation operation :
             {MemberOperation::Lookup, MemberOperation::List, MemberOperation::CreateActive,
              MemberOperation::CreatePending, MemberOperation::Update, MemberOperation::Deactivate,
              MemberOperation::Reactivate, MemberOperation::LoginLink,
              MemberOperation::RolesAndGroups})
            QVERIFY(capabilities.supports(operation));
    }

    void createActive_readsTheMemberBackWithItsId()
    {
        auto heartbeat = client();
        NewMember member = zoe(u" Zoe@Example.com "_s);
        member.groupIds = {u"grp_mentors"_s, u"grp_berlin"_s};
        member.bio = u"Likes Ümlauts"_s;
        const Result<RemoteMember> created = create(*heartbeat, member);
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        const QJsonArray stored = storedMembers();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(created.value.id, stored[0][u"id"_s].toString());
        QCOMPARE(created.value.email, u"zoe@example.com"_s);
        QCOMPARE(created.value.name, u"Zoë Müller"_s);
        QCOMPARE(created.value.bio, u"Likes Ümlauts"_s);
        QCOMPARE(created.value.status, MemberStatus::Active);
        QCOMPARE(created.value.role, (NamedRef{u"role_member"_s, u"Member"_s}));
        QCOMPARE(created.value.groups, (QList<NamedRef>{{u"grp_mentors"_s, u"Mentors"_s},
                                                        {u"grp_berlin"_s, u"Berlin chapter"_s}}));
        QCOMPARE(answered(u"PUT /v0/users"_s, 200), 1);
        QCOMPARE(answered(u"GET /v0/find/users"_s, 200), 1);

        const auto found = find(*heartbeat, u"ZOE@example.com"_s);
        QVERIFY2(found.ok(), qPrintable(found.error.message));
        QVERIFY(found.value);
        QCOMPARE(found.value->id, created.value.id);
    }

    void createWithoutReadBack_sendsOneRequest()
    {
        auto heartbeat = client();
        NewMember member = zoe(u"zoe@example.com"_s);
        member.readBack = false;
        const Result<RemoteMember> created = create(*heartbeat, member);
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QCOMPARE(created.value.email, u"zoe@example.com"_s);
        QVERIFY(created.value.id.isEmpty());
        QCOMPARE(answered(u"PUT /v0/users"_s, 200), 1);
        QCOMPARE(answered(u"GET /v0/find/users"_s, 200), 0);
        QCOMPARE(storedMembers().size(), 1);
    }

    void createActive_joinsFirstAndLastNamesWithoutAName()
    {
        auto heartbeat = client();
        NewMember member = zoe();
        member.name.clear();
        member.firstName = u"Zoë"_s;
        member.lastName = u"Müller-Lüdenscheidt"_s;
        const Result<RemoteMember> created = create(*heartbeat, member);
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QCOMPARE(created.value.name, u"Zoë Müller-Lüdenscheidt"_s);
        QCOMPARE(storedMembers()[0][u"name"_s].toString(), u"Zoë Müller-Lüdenscheidt"_s);
    }

    void createPending_isPending()
    {
        auto heartbeat = client();
        NewMember member = zoe();
        member.pending = true;
        const Result<RemoteMember> created = create(*heartbeat, member);
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QCOMPARE(created.value.status, MemberStatus::Pending);
        QVERIFY(!created.value.id.isEmpty());
        QCOMPARE(answered(u"PUT /v0/pendingUser"_s, 200), 1);
        QCOMPARE(storedMembers()[0][u"accountStatus"_s].toString(), u"pending"_s);
    }

    void createPending_forAFullMemberIsAConflict()
    {
        auto heartbeat = client();
        QVERIFY(create(*heartbeat, zoe()).ok());
        NewMember again = zoe();
        again.pending = true;
        const Result<RemoteMember> result = create(*heartbeat, again);
        QCOMPARE(result.error.kind, ApiErrorKind::Conflict);
        QVERIFY2(result.error.message.contains(u"already a member"_s),
                 qPrintable(result.error.message));
    }

    void createActive_duplicateEmailIsAConflict()
    {
        auto heartbeat = client();
        QVERIFY(create(*heartbeat, zoe()).ok());
        const Result<RemoteMember> again = create(*heartbeat, zoe(u"ZOE@example.com"_s));
        QCOMPARE(again.error.kind, ApiErrorKind::Conflict);
        QCOMPARE(again.error.httpStatus, 409);
        QVERIFY(!again.error.outcomeUnknown);
        QVERIFY2(again.error.message.contains(u"Heartbeat says"_s) &&
                     again.error.providerMessage.contains(u"already exists"_s),
                 qPrintable(again.error.message));
        QCOMPARE(answered(u"GET /v0/find/users"_s, 200), 1); // only the first create's read-back
    }

    void create_unknownRoleIsAValidationErrorNamingTheField()
    {
        auto heartbeat = client();
        NewMember member = zoe();
        member.roleId = u"role_pilot"_s;
        const Result<RemoteMember> result = create(*heartbeat, member);
        QCOMPARE(result.error.kind, ApiErrorKind::Validation);
        QCOMPARE(result.error.httpStatus, 400);
        QVERIFY2(result.error.providerMessage.contains(u"roleID"_s),
                 qPrintable(result.error.message));
        QVERIFY(storedMembers().isEmpty());
    }

    void findByEmail_addressWithAPlusIsFound()
    {
        auto heartbeat = client();
        QVERIFY(create(*heartbeat, zoe(u"zoe+roster@example.com"_s)).ok());
        const auto found = find(*heartbeat, u"zoe+roster@example.com"_s);
        QVERIFY2(found.ok(), qPrintable(found.error.message));
        QVERIFY(found.value);
        QCOMPARE(found.value->email, u"zoe+roster@example.com"_s);

        const auto missing = find(*heartbeat, u"zoe roster@example.com"_s);
        QVERIFY(missing.ok());
        QVERIFY(!missing.value);
    }

    void findByEmail_unknownIsNothingNotAnError()
    {
        auto heartbeat = client();
        const auto missing = find(*heartbeat, u"nobody@example.com"_s);
        QVERIFY2(missing.ok(), qPrintable(missing.error.message));
        QVERIFY(!missing.value);
    }

    void listMembers_returnsEveryMemberWithItsState()
    {
        QVERIFY2(start({u"--rate-limit"_s, u"0"_s, u"--members"_s, u"9"_s}),
                 qPrintable(m_sandbox->error()));
        auto heartbeat = client();
        const auto listed =
            wait<QList<RemoteMember>>([&](auto done) { return heartbeat->listMembers(done); });
        QVERIFY2(listed.ok(), qPrintable(listed.error.message));
        const QJsonArray stored = storedMembers();
        QCOMPARE(listed.value.size(), stored.size());
        QCOMPARE(listed.value.size(), 9);
        QHash<QString, QString> states;
        for (const QJsonValue &member : stored)
            states.insert(member[u"id"_s].toString(), member[u"accountStatus"_s].toString());
        for (const RemoteMember &member : listed.value) {
            QVERIFY(member.email.contains(u'@'));
            QVERIFY(!member.name.isEmpty());
            QVERIFY(!member.role.id.isEmpty() && !member.role.name.isEmpty());
            QCOMPARE(memberStatusId(member.status), states.value(member.id));
        }
    }

    void updateMember_changesOnlyTheFieldsSent()
    {
        auto heartbeat = client();
        NewMember member = zoe();
        member.bio = u"Original bio"_s;
        const RemoteMember created = create(*heartbeat, member).value;
        MemberChanges changes;
        changes.name = u"Zoë Müller-Lüdenscheidt"_s;
        const Result<RemoteMember> updated = wait<RemoteMember>(
            [&](auto done) { return heartbeat->updateMember(created, changes, done); });
        QVERIFY2(updated.ok(), qPrintable(updated.error.message));
        QCOMPARE(updated.value.id, created.id);
        QCOMPARE(updated.value.name, u"Zoë Müller-Lüdenscheidt"_s);
        QCOMPARE(updated.value.bio, u"Original bio"_s);
        QCOMPARE(updated.value.status, MemberStatus::Active);

        MemberChanges bio;
        bio.bio = u"New bio"_s;
        const Result<RemoteMember> again = wait<RemoteMember>(
            [&](auto done) { return heartbeat->updateMember(created, bio, done); });
        QVERIFY(again.ok());
        QCOMPARE(again.value.name, u"Zoë Müller-Lüdenscheidt"_s);
        QCOMPARE(again.value.bio, u"New bio"_s);
    }

    void updateMember_refusesFieldsHeartbeatCannotChangeWithoutARequest()
    {
        auto heartbeat = client();
        const RemoteMember created = create(*heartbeat, zoe()).value;
        const qint64 before = requestCount();
        MemberChanges changes;
        changes.email = u"zoe.new@example.com"_s;
        changes.name = u"Zoë"_s;
        const Result<RemoteMember> result = wait<RemoteMember>(
            [&](auto done) { return heartbeat->updateMember(created, changes, done); });
        QCOMPARE(result.error.kind, ApiErrorKind::Unsupported);
        QVERIFY2(result.error.message.contains(u"email"_s), qPrintable(result.error.message));
        QCOMPARE(requestCount(), before);
        QCOMPARE(storedMembers()[0][u"name"_s].toString(), u"Zoë Müller"_s);
    }

    void updateMember_unknownEmailIsNotFound()
    {
        auto heartbeat = client();
        RemoteMember ghost;
        ghost.email = u"ghost@example.com"_s;
        MemberChanges changes;
        changes.name = u"Ghost"_s;
        const Result<RemoteMember> result = wait<RemoteMember>(
            [&](auto done) { return heartbeat->updateMember(ghost, changes, done); });
        QCOMPARE(result.error.kind, ApiErrorKind::NotFound);
        QVERIFY2(result.error.providerMessage.contains(u"ghost@example.com"_s),
                 qPrintable(result.error.message));
    }

    void deactivateAndReactivate()
    {
        auto heartbeat = client();
        const RemoteMember member = create(*heartbeat, zoe()).value;
        const auto off =
            wait<RemoteMember>([&](auto done) { return heartbeat->deactivate(member, done); });
        QVERIFY2(off.ok(), qPrintable(off.error.message));
        QCOMPARE(off.value.status, MemberStatus::Deactivated);
        QCOMPARE(off.value.id, member.id);
        QCOMPARE(storedMembers()[0][u"accountStatus"_s].toString(), u"deactivated"_s);

        const auto on =
            wait<RemoteMember>([&](auto done) { return heartbeat->reactivate(member, done); });
        QVERIFY2(on.ok(), qPrintable(on.error.message));
        QCOMPARE(on.value.status, MemberStatus::Active);
        QCOMPARE(storedMembers()[0][u"accountStatus"_s].toString(), u"active"_s);
    }

    void reactivate_aPendingMemberWhoNeverSignedInIsPendingAgain()
    {
        auto heartbeat = client();
        NewMember pending = zoe();
        pending.pending = true;
        const RemoteMember member = create(*heartbeat, pending).value;
        QVERIFY(wait<RemoteMember>([&](auto done) {
                    return heartbeat->deactivate(member, done);
                }).ok());
        const auto on =
            wait<RemoteMember>([&](auto done) { return heartbeat->reactivate(member, done); });
        QVERIFY2(on.ok(), qPrintable(on.error.message));
        QCOMPARE(on.value.status, MemberStatus::Pending);
    }

    void deactivate_unknownEmailIsNotFound()
    {
        auto heartbeat = client();
        RemoteMember ghost;
        ghost.email = u"ghost@example.com"_s;
        QCOMPARE(wait<RemoteMember>([&](auto done) {
                     return heartbeat->deactivate(ghost, done);
                 }).error.kind,
                 ApiErrorKind::NotFound);
        QCOMPARE(wait<RemoteMember>([&](auto done) {
                     return heartbeat->reactivate(ghost, done);
                 }).error.kind,
                 ApiErrorKind::NotFound);
    }

    void loginLink_isTheCommunityPageWithoutARequest()
    {
        auto heartbeat = client();
        const RemoteMember member = create(*heartbeat, zoe()).value;
        const qint64 before = requestCount();
        const Result<LoginLink> link =
            wait<LoginLink>([&](auto done) { return heartbeat->loginLink(member, done); });
        QVERIFY2(link.ok(), qPrintable(link.error.message));
        QCOMPARE(link.value.kind, LoginLink::Kind::CommunityPage);
        QCOMPARE(link.value.url, communityUrl());
        QCOMPARE(requestCount(), before);
        HttpClient http;
        QCOMPARE(http.get(link.value.url).status, 200); // the page members sign in on
    }

    void loginLink_withoutACommunityUrlIsUnsupported()
    {
        auto heartbeat = client(m_sandbox->apiKey(), QUrl());
        const RemoteMember member = create(*heartbeat, zoe()).value;
        const qint64 before = requestCount();
        const Result<LoginLink> link =
            wait<LoginLink>([&](auto done) { return heartbeat->loginLink(member, done); });
        QCOMPARE(link.error.kind, ApiErrorKind::Unsupported);
        QVERIFY2(link.error.message.contains(u"community URL"_s), qPrintable(link.error.message));
        QCOMPARE(requestCount(), before);
    }

    void rolesAndGroups_areListed()
    {
        auto heartbeat = client();
        const auto roles =
            wait<QList<NamedRef>>([&](auto done) { return heartbeat->listRoles(done); });
        QVERIFY2(roles.ok(), qPrintable(roles.error.message));
        QVERIFY(roles.value.contains(NamedRef{u"role_member"_s, u"Member"_s}));
        QCOMPARE(roles.value.size(), 4);
        const auto groups =
            wait<QList<NamedRef>>([&](auto done) { return heartbeat->listGroups(done); });
        QVERIFY2(groups.ok(), qPrintable(groups.error.message));
        QVERIFY(groups.value.contains(NamedRef{u"grp_saopaulo"_s, u"São Paulo chapter"_s}));
        QCOMPARE(groups.value.size(), 6);
    }

    void wrongKey_isUnauthorizedWithTheProvidersMessageAndNeverTheKey()
    {
        const QByteArray wrongKey = "wrong-key-that-must-not-leak";
        auto heartbeat = client(wrongKey, communityUrl());
        const Result<RemoteMember> created = create(*heartbeat, zoe());
        QCOMPARE(created.error.kind, ApiErrorKind::Unauthorized);
        QCOMPARE(created.error.httpStatus, 401);
        QVERIFY(!created.error.outcomeUnknown);
        QVERIFY2(created.error.message.contains(u"Invalid API Key"_s),
                 qPrintable(created.error.message));
        QVERIFY(!created.error.message.contains(QString::fromLatin1(wrongKey)));
        QCOMPARE(answered(u"GET /v0/find/users"_s, 401), 0); // a refusal is not looked up

        const auto listed =
            wait<QList<RemoteMember>>([&](auto done) { return heartbeat->listMembers(done); });
        QCOMPARE(listed.error.kind, ApiErrorKind::Unauthorized);
        QVERIFY(!listed.error.message.contains(QString::fromLatin1(wrongKey)));
        const auto found = find(*heartbeat, u"zoe@example.com"_s);
        QCOMPARE(found.error.kind, ApiErrorKind::Unauthorized);
        QVERIFY(storedMembers().isEmpty());
    }

    void serverFailure_createLooksUpBeforeGivingUpAndNeverResends()
    {
        QVERIFY2(start({u"--rate-limit"_s, u"0"_s, u"--fail-rate"_s, u"1"_s}),
                 qPrintable(m_sandbox->error()));
        auto heartbeat = client();
        heartbeat->session()->retryPolicy().backoffBaseMs = 20;
        heartbeat->session()->retryPolicy().backoffCapMs = 100;
        const Result<RemoteMember> result = create(*heartbeat, zoe());
        QCOMPARE(result.error.kind, ApiErrorKind::Server);
        QCOMPARE(result.error.httpStatus, 503);
        QVERIFY(result.error.outcomeUnknown);
        QVERIFY2(result.error.message.contains(u"Service temporarily unavailable"_s),
                 qPrintable(result.error.message));
        QCOMPARE(answered(u"PUT /v0/users"_s, 503), 1);
        QVERIFY(answered(u"GET /v0/find/users"_s, 503) >= 1);
        QVERIFY(storedMembers().isEmpty());
    }
    void cancel_duringCreateEndsItWithoutLookingOrSendingAgain()
    {
        QVERIFY2(start({u"--rate-limit"_s, u"0"_s, u"--latency"_s, u"400"_s}),
                 qPrintable(m_sandbox->error()));
        auto heartbeat = client();
        std::optional<Result<RemoteMember>> result;
        ApiTask *task = heartbeat->createMember(
            zoe(), [&result](const Result<RemoteMember> &r) { result = r; });
        QSignalSpy finished(task, &ApiTask::finished);
        QTest::qWait(100); // the create is on its way, its answer 300 ms off
        task->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000); // may be within cancel() itself
        QVERIFY(result);
        QCOMPARE(result->error.kind, ApiErrorKind::Cancelled);
        QVERIFY(result->error.outcomeUnknown);
        QTest::qWait(600);
        QCOMPARE(answered(u"GET /v0/find/users"_s, 200), 0);
        QVERIFY(answered(u"PUT /v0/users"_s, 200) <= 1);
    }
};

QTEST_GUILESS_MAIN(TestHeartbeatClient)
#include "tst_heartbeat_client.moc"
