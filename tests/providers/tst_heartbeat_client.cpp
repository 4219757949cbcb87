// HeartbeatClient against a real roster-sandbox: every operation in the live shapes (a role by
// name, no account state), its failures, the read-back after writes with the state the write
// set, listings in both readings of whether Heartbeat lists inactive members, creates whose
// answer was lost, and the login link that is the community page.
#include "api_session.h"
#include "api_task.h"
#include "heartbeat_client.h"
#include "http_client.h"
#include "sandbox_client_fixture.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHeartbeatClient : public QObject, protected SandboxClientFixture
{
    Q_OBJECT

public:
    TestHeartbeatClient() : SandboxClientFixture(u"heartbeat"_s) {}

private:
    static constexpr int MaxDropRounds = 200;

    QUrl communityUrl() const { return m_sandbox->url(u"/heartbeat/community"_s); }

    std::unique_ptr<HeartbeatClient> client(const QByteArray &key, const QUrl &community,
                                            const QString &basePath = u"/heartbeat/v0"_s)
    {
        return make<HeartbeatClient>(key, m_sandbox->url(basePath), community);
    }

    std::unique_ptr<HeartbeatClient> client()
    {
        return client(m_sandbox->apiKey(), communityUrl());
    }

    static NewMember zoe(const QString &email = u"zoe@example.com"_s)
    {
        NewMember member;
        member.email = email;
        member.name = u"Zoë Müller"_s;
        member.roleId = u"role_member"_s;
        return member;
    }

    Result<RemoteMember> deactivate(HeartbeatClient &heartbeat, const RemoteMember &member)
    {
        return wait<RemoteMember>([&](auto done) { return heartbeat.deactivate(member, done); });
    }

    Result<RemoteMember> reactivate(HeartbeatClient &heartbeat, const RemoteMember &member)
    {
        return wait<RemoteMember>([&](auto done) { return heartbeat.reactivate(member, done); });
    }

    LookUps lookUps() { return SandboxClientFixture::lookUps(u"GET /v0/find/users"_s); }

    // What the community page answers when `email` asks for a magic link (403 for a
    // deactivated member); `link` receives the link from the sandbox's mailbox.
    int askForMagicLink(const QString &email, QUrl *link = nullptr)
    {
        HttpClient http;
        const TestReply reply =
            http.sendJson("POST", m_sandbox->url(u"/heartbeat/community/magic-link"_s),
                          {{"Accept", "application/json"}}, QJsonObject{{u"email"_s, email}});
        if (link)
            *link = QUrl(reply.object()[u"magicLink"_s].toString());
        return reply.status;
    }

private Q_SLOTS:
    void init()
    {
        setUp();
        QVERIFY2(start({u"--rate-limit"_s, u"0"_s}), qPrintable(m_sandbox->error()));
    }

    void cleanup() { tearDown(); }

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

    void createActive_readsTheMemberBackInTheLiveShape()
    {
        auto heartbeat = client();
        NewMember member = zoe(u" Zoe@Example.com "_s);
        member.groupIds = {u"grp_mentors"_s, u"grp_berlin"_s};
        member.bio = u"Likes Ümlauts"_s;
        const Result<RemoteMember> created = create(*heartbeat, member);
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QVERIFY(created.note.isEmpty());
        const QJsonArray stored = storedMembers();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(created.value.id, stored[0][u"id"_s].toString());
        QCOMPARE(created.value.email, u"zoe@example.com"_s);
        QCOMPARE(created.value.name, u"Zoë Müller"_s);
        QCOMPARE(created.value.firstName, u"Zoë"_s);
        QCOMPARE(created.value.lastName, u"Müller"_s);
        QCOMPARE(created.value.bio, u"Likes Ümlauts"_s);
        // Heartbeat tells no state: the member carries the state the create set.
        QCOMPARE(created.value.status, MemberStatus::Active);
        // The live user object names the role and gives no role id.
        QCOMPARE(created.value.role, (NamedRef{QString(), u"Member"_s}));
        QCOMPARE(created.value.groups, (QList<NamedRef>{{u"grp_mentors"_s, u"Mentors"_s},
                                                        {u"grp_berlin"_s, u"Berlin chapter"_s}}));
        QCOMPARE(created.value.createdAt,
                 QDateTime::fromString(stored[0][u"createdAt"_s].toString(), Qt::ISODateWithMs));
        QVERIFY(created.value.neverSignedIn);
        QVERIFY(!created.value.lastSignIn.isValid());
        QCOMPARE(answered(u"PUT /v0/users"_s, 200), 1);
        QCOMPARE(answered(u"GET /v0/find/users"_s, 200), 1);

        const auto found = find(*heartbeat, u"ZOE@example.com"_s);
        QVERIFY2(found.ok(), qPrintable(found.error.message));
        QVERIFY(found.value);
        QCOMPARE(found.value->id, created.value.id);
        QCOMPARE(found.value->status, MemberStatus::Unknown); // a look-up tells no state
    }

    void createWithoutReadBack_knowsTheIdWithoutALookUp()
    {
        auto heartbeat = client();
        NewMember member = zoe(u"Zoe@Example.com"_s);
        member.readBack = false;
        const Result<RemoteMember> created = create(*heartbeat, member);
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QCOMPARE(created.value.email, u"zoe@example.com"_s);
        QCOMPARE(created.value.name, u"Zoë Müller"_s);
        QCOMPARE(created.value.status, MemberStatus::Active);
        QCOMPARE(created.value.id, storedMember(u"zoe@example.com"_s)[u"id"_s].toString());
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
        QCOMPARE(created.value.id, storedMember(u"zoe@example.com"_s)[u"id"_s].toString());
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
        QCOMPARE(again.error.message,
                 u"Heartbeat says: A user with email zoe@example.com already exists (HTTP 409)"_s);
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

    void findByEmail_anyCaseOfANonAsciiAddressIsFound()
    {
        auto heartbeat = client();
        const Result<RemoteMember> created = create(*heartbeat, zoe(u"zoë@exämple.com"_s));
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        const auto found = find(*heartbeat, u" ZOË@EXÄMPLE.COM "_s);
        QVERIFY2(found.ok(), qPrintable(found.error.message));
        QVERIFY(found.value);
        QCOMPARE(found.value->id, created.value.id);
        QCOMPARE(found.value->email, u"zoë@exämple.com"_s);
    }

    void findByEmail_unknownIsNothingNotAnError()
    {
        auto heartbeat = client();
        const auto missing = find(*heartbeat, u"nobody@example.com"_s);
        QVERIFY2(missing.ok(), qPrintable(missing.error.message));
        QVERIFY(!missing.value);
        QCOMPARE(answered(u"GET /v0/find/users"_s, 404), 1);
    }

    void findByEmail_findsADeactivatedMemberWithoutAState()
    {
        auto heartbeat = client();
        const RemoteMember member = create(*heartbeat, zoe()).value;
        QVERIFY(deactivate(*heartbeat, member).ok());
        const auto found = find(*heartbeat, member.email);
        QVERIFY2(found.ok(), qPrintable(found.error.message));
        QVERIFY(found.value);
        QCOMPARE(found.value->id, member.id);
        QCOMPARE(found.value->status, MemberStatus::Unknown);
    }

    void findByEmail_atAWrongAddressIsAnErrorNotNoMember()
    {
        // The base URL without /v0: every path is unknown there, which says nothing about
        // whether the member exists (Heartbeat's own answer is "Could not find user").
        auto heartbeat = client(m_sandbox->apiKey(), communityUrl(), u"/heartbeat"_s);
        const auto found = find(*heartbeat, u"zoe@example.com"_s);
        QVERIFY2(!found.ok(), "a wrong address was taken for 'no such member'");
    }

    void listMembers_returnsEveryMemberWithoutAState()
    {
        QVERIFY2(start({u"--rate-limit"_s, u"0"_s, u"--members"_s, u"9"_s}),
                 qPrintable(m_sandbox->error()));
        auto heartbeat = client();
        const Result<MemberListing> listed = list(*heartbeat);
        QVERIFY2(listed.ok(), qPrintable(listed.error.message));
        QVERIFY2(listed.value.complete, qPrintable(listed.value.whyIncomplete));
        const QJsonArray stored = storedMembers();
        QCOMPARE(listed.value.members.size(), stored.size());
        QCOMPARE(listed.value.members.size(), 9);
        QHash<QString, QJsonObject> storedById;
        for (const QJsonValue &member : stored)
            storedById.insert(member[u"id"_s].toString(), member.toObject());
        for (const RemoteMember &member : listed.value.members) {
            QVERIFY(storedById.contains(member.id));
            const QJsonObject row = storedById.value(member.id);
            QCOMPARE(member.email, row[u"email"_s].toString());
            QCOMPARE(member.name, row[u"name"_s].toString());
            // The live shape names the role only; Heartbeat tells no account state.
            QVERIFY(member.role.id.isEmpty() && !member.role.name.isEmpty());
            QCOMPARE(member.status, MemberStatus::Unknown);
            QCOMPARE(member.createdAt,
                     QDateTime::fromString(row[u"createdAt"_s].toString(), Qt::ISODateWithMs));
            QCOMPARE(member.neverSignedIn, row[u"lastLogin"_s].isNull());
            QCOMPARE(member.lastSignIn,
                     QDateTime::fromString(row[u"lastLogin"_s].toString(), Qt::ISODateWithMs));
        }
    }

    void listMembers_isCompleteWhetherOrNotInactiveMembersAreListed_data()
    {
        QTest::addColumn<bool>("listsInactive");
        QTest::newRow("lists inactive members") << true;
        QTest::newRow("lists active members only") << false;
    }

    void listMembers_isCompleteWhetherOrNotInactiveMembersAreListed()
    {
        QFETCH(bool, listsInactive);
        QVERIFY2(start({u"--rate-limit"_s, u"0"_s, u"--members"_s, u"25"_s,
                        u"--heartbeat-list-inactive"_s, listsInactive ? u"yes"_s : u"no"_s}),
                 qPrintable(m_sandbox->error()));
        auto heartbeat = client();
        const RemoteMember active = create(*heartbeat, zoe()).value;
        NewMember invited = zoe(u"ana@example.com"_s);
        invited.pending = true;
        const RemoteMember pending = create(*heartbeat, invited).value;
        const RemoteMember leaving = create(*heartbeat, zoe(u"leo@example.com"_s)).value;
        QVERIFY(deactivate(*heartbeat, leaving).ok());

        const Result<MemberListing> listed = list(*heartbeat);
        QVERIFY2(listed.ok(), qPrintable(listed.error.message));
        QVERIFY2(listed.value.complete, qPrintable(listed.value.whyIncomplete));
        QSet<QString> listedIds;
        for (const RemoteMember &member : listed.value.members) {
            QVERIFY2(!listedIds.contains(member.id), qPrintable(member.email));
            listedIds.insert(member.id);
            QCOMPARE(member.status, MemberStatus::Unknown);
        }
        QSet<QString> expected;
        for (const QJsonValue &member : storedMembers()) {
            if (listsInactive || member[u"accountStatus"_s].toString() == u"active"_s)
                expected.insert(member[u"id"_s].toString());
        }
        QCOMPARE(listedIds, expected);
        QVERIFY(listedIds.contains(active.id));
        QCOMPARE(listedIds.contains(pending.id), listsInactive);
        QCOMPARE(listedIds.contains(leaving.id), listsInactive);
    }

    void signIn_showsInLastSignIn()
    {
        auto heartbeat = client();
        const RemoteMember created = create(*heartbeat, zoe()).value;
        QVERIFY(created.neverSignedIn);
        QUrl link;
        QCOMPARE(askForMagicLink(created.email, &link), 200);
        HttpClient http;
        QCOMPARE(http.get(link).status, 200);

        const auto found = find(*heartbeat, created.email);
        QVERIFY2(found.ok() && found.value, qPrintable(found.error.message));
        QVERIFY(!found.value->neverSignedIn);
        QVERIFY(found.value->lastSignIn.isValid());
        QCOMPARE(found.value->lastSignIn,
                 QDateTime::fromString(storedMember(created.email)[u"lastLogin"_s].toString(),
                                       Qt::ISODateWithMs));
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
        // An edit sets no state and Heartbeat tells none: the member keeps the state the caller
        // knew.
        QCOMPARE(updated.value.status, created.status);

        MemberChanges bio;
        bio.bio = u"New bio"_s;
        const Result<RemoteMember> again = wait<RemoteMember>(
            [&](auto done) { return heartbeat->updateMember(created, bio, done); });
        QVERIFY(again.ok());
        QCOMPARE(again.value.name, u"Zoë Müller-Lüdenscheidt"_s);
        QCOMPARE(again.value.bio, u"New bio"_s);
        QCOMPARE(storedMembers()[0][u"bio"_s].toString(), u"New bio"_s);
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

    void updateMember_emptyNameIsAValidationErrorNamingTheField()
    {
        auto heartbeat = client();
        const RemoteMember created = create(*heartbeat, zoe()).value;
        MemberChanges changes;
        changes.name = u""_s;
        const Result<RemoteMember> result = wait<RemoteMember>(
            [&](auto done) { return heartbeat->updateMember(created, changes, done); });
        QCOMPARE(result.error.kind, ApiErrorKind::Validation);
        QCOMPARE(result.error.httpStatus, 400);
        QVERIFY2(result.error.providerMessage.contains(u"name"_s),
                 qPrintable(result.error.message));
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
        QCOMPARE(result.error.message, u"Heartbeat says: Could not find user (HTTP 404)"_s);
        QVERIFY(storedMembers().isEmpty());
    }

    void deactivateAndReactivate_carryTheStateTheySet()
    {
        auto heartbeat = client();
        const RemoteMember member = create(*heartbeat, zoe()).value;
        const Result<RemoteMember> off = deactivate(*heartbeat, member);
        QVERIFY2(off.ok(), qPrintable(off.error.message));
        QCOMPARE(off.value.status, MemberStatus::Deactivated);
        QCOMPARE(off.value.id, member.id);
        QVERIFY(off.note.isEmpty());
        QCOMPARE(storedMembers()[0][u"accountStatus"_s].toString(), u"deactivated"_s);
        QCOMPARE(askForMagicLink(member.email), 403);

        const Result<RemoteMember> on = reactivate(*heartbeat, member);
        QVERIFY2(on.ok(), qPrintable(on.error.message));
        QCOMPARE(on.value.status, MemberStatus::Active);
        QCOMPARE(on.value.id, member.id);
        QVERIFY(on.note.isEmpty());
        QCOMPARE(storedMembers()[0][u"accountStatus"_s].toString(), u"active"_s);
        QCOMPARE(answered(u"GET /v0/find/users"_s, 200), 3); // the create's and each read-back
    }

    void reactivate_anActiveMemberSucceedsNotingItWasAlreadyActive()
    {
        auto heartbeat = client();
        const RemoteMember member = create(*heartbeat, zoe()).value;
        const Result<RemoteMember> on = reactivate(*heartbeat, member);
        QVERIFY2(on.ok(), qPrintable(on.error.message));
        QCOMPARE(on.note, u"already active"_s);
        QCOMPARE(on.value.status, MemberStatus::Active);
        QCOMPARE(on.value.id, member.id);
        QCOMPARE(answered(u"POST /v0/users/reactivate"_s, 400), 1);
        QCOMPARE(answered(u"GET /v0/find/users"_s, 200), 2); // read back after it, too
        QCOMPARE(storedMembers()[0][u"accountStatus"_s].toString(), u"active"_s);
    }

    void reactivate_aPendingMemberCanSignInAgain()
    {
        auto heartbeat = client();
        NewMember invited = zoe();
        invited.pending = true;
        const RemoteMember member = create(*heartbeat, invited).value;
        QVERIFY(deactivate(*heartbeat, member).ok());
        QCOMPARE(askForMagicLink(member.email), 403);
        const Result<RemoteMember> on = reactivate(*heartbeat, member);
        QVERIFY2(on.ok(), qPrintable(on.error.message));
        QVERIFY(on.value.status != MemberStatus::Deactivated);
        QCOMPARE(askForMagicLink(member.email), 200);
    }

    void deactivate_unknownEmailIsNotFound()
    {
        auto heartbeat = client();
        RemoteMember ghost;
        ghost.email = u"ghost@example.com"_s;
        const Result<RemoteMember> off = deactivate(*heartbeat, ghost);
        QCOMPARE(off.error.kind, ApiErrorKind::NotFound);
        QCOMPARE(off.error.message, u"Heartbeat says: Could not find user (HTTP 404)"_s);
        QCOMPARE(reactivate(*heartbeat, ghost).error.kind, ApiErrorKind::NotFound);
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
        QVERIFY(groups.value.contains(NamedRef{u"grp_chapters"_s, u"Local chapters"_s}));
        QCOMPARE(groups.value.size(), 7);
    }

    void wrongKey_isUnauthorizedWithTheProvidersMessageAndNeverTheKey()
    {
        const QByteArray wrongKey = "wrong-key-that-must-not-leak";
        auto heartbeat = client(wrongKey, communityUrl());
        const Result<RemoteMember> created = create(*heartbeat, zoe());
        QCOMPARE(created.error.kind, ApiErrorKind::Unauthorized);
        QCOMPARE(created.error.httpStatus, 401);
        QVERIFY(!created.error.outcomeUnknown);
        QCOMPARE(created.error.message, u"Heartbeat says: Invalid API Key (HTTP 401)"_s);
        verifyNoKeyIn(created.error, wrongKey);
        QCOMPARE(answered(u"GET /v0/find/users"_s, 401), 0); // a refusal is not looked up

        RemoteMember known;
        known.email = u"zoe@example.com"_s;
        MemberChanges changes;
        changes.name = u"Zoé"_s;
        const QList<ApiError> errors = {
            list(*heartbeat).error,
            find(*heartbeat, u"zoe@example.com"_s).error,
            wait<RemoteMember>([&](auto done) {
                return heartbeat->updateMember(known, changes, done);
            }).error,
            deactivate(*heartbeat, known).error,
            reactivate(*heartbeat, known).error,
            wait<QList<NamedRef>>([&](auto done) { return heartbeat->listRoles(done); }).error,
        };
        for (const ApiError &error : errors) {
            QCOMPARE(error.kind, ApiErrorKind::Unauthorized);
            verifyNoKeyIn(error, wrongKey);
        }
        QVERIFY(storedMembers().isEmpty());
    }

    void rateLimited_createWaitsAndIsSentAgain()
    {
        QVERIFY2(start({u"--rate-limit"_s, u"1"_s}), qPrintable(m_sandbox->error()));
        HttpClient http; // takes the key's only token: the client's create is answered 429
        QCOMPARE(http.get(m_sandbox->url(u"/heartbeat/v0/roles"_s),
                          HttpClient::bearer(m_sandbox->apiKey()))
                     .status,
                 200);
        auto heartbeat = client();
        const Result<RemoteMember> created = create(*heartbeat, zoe());
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QCOMPARE(created.value.status, MemberStatus::Active);
        QCOMPARE(answered(u"PUT /v0/users"_s, 429), 1);
        QCOMPARE(answered(u"PUT /v0/users"_s, 200), 1);
        QCOMPARE(answered(u"GET /v0/find/users"_s, 200), 1); // the read-back only
        QCOMPARE(storedMembers().size(), 1);
    }

    void rateLimited_createThatStaysRefusedIsNotLookedUp()
    {
        QVERIFY2(start({u"--rate-limit"_s, u"1"_s}), qPrintable(m_sandbox->error()));
        HttpClient http;
        QCOMPARE(http.get(m_sandbox->url(u"/heartbeat/v0/roles"_s),
                          HttpClient::bearer(m_sandbox->apiKey()))
                     .status,
                 200);
        auto heartbeat = client();
        heartbeat->session()->retryPolicy().maxRateLimitedAttempts = 1;
        const Result<RemoteMember> result = create(*heartbeat, zoe());
        QCOMPARE(result.error.kind, ApiErrorKind::RateLimited);
        QCOMPARE(result.error.httpStatus, 429);
        QVERIFY(!result.error.outcomeUnknown);
        QVERIFY2(result.error.message.startsWith(u"Heartbeat says: Rate limit exceeded"_s),
                 qPrintable(result.error.message));
        QCOMPARE(answered(u"PUT /v0/users"_s, 429), 1);
        QCOMPARE(answered(u"GET /v0/find/users"_s, 200) + answered(u"GET /v0/find/users"_s, 404),
                 0);
        QVERIFY(storedMembers().isEmpty());
    }

    void serverFailure_createLooksUpBeforeGivingUpAndNeverResends()
    {
        QVERIFY2(start({u"--rate-limit"_s, u"0"_s, u"--fail-rate"_s, u"1"_s}),
                 qPrintable(m_sandbox->error()));
        auto heartbeat = client();
        const Result<RemoteMember> result = create(*heartbeat, zoe());
        QCOMPARE(result.error.kind, ApiErrorKind::Server);
        QCOMPARE(result.error.httpStatus, 503);
        QVERIFY(result.error.outcomeUnknown);
        QCOMPARE(result.error.message,
                 u"Heartbeat says: Service temporarily unavailable (HTTP 503)"_s);
        QCOMPARE(answered(u"PUT /v0/users"_s, 503), 1);
        QVERIFY(answered(u"GET /v0/find/users"_s, 503) >= 1);
        QVERIFY(storedMembers().isEmpty());
    }

    void droppedAnswers_createIsLookedUpAndSentAgainOnlyIfItDidNotLand()
    {
        QVERIFY2(start({u"--rate-limit"_s, u"0"_s, u"--drop-rate"_s, u"0.4"_s}),
                 qPrintable(m_sandbox->error()));
        auto heartbeat = client();
        QHash<QString, Result<RemoteMember>> results;
        // Without read-back a create is looked up only when its answer was lost. Until one was
        // found by that look-up (it had landed: done) and one was not (it was sent again), each
        // ending in success.
        bool foundAndDone = false;
        bool notFoundAndSentAgain = false;
        for (int i = 0; i < MaxDropRounds && !(foundAndDone && notFoundAndSentAgain); ++i) {
            NewMember member = zoe(u"dropped-%1@example.com"_s.arg(i));
            member.readBack = false;
            const LookUps before = lookUps();
            const Result<RemoteMember> result = create(*heartbeat, member);
            const LookUps after = lookUps();
            results.insert(member.email, result);
            foundAndDone = foundAndDone || (result.ok() && after.found > before.found);
            notFoundAndSentAgain =
                notFoundAndSentAgain || (result.ok() && after.notFound > before.notFound);
        }
        QVERIFY2(foundAndDone, "no create whose answer was lost was found by its look-up");
        QVERIFY2(notFoundAndSentAgain, "no create whose look-up found nothing was sent again");

        QHash<QString, QString> storedIds;
        for (const QJsonValue &member : storedMembers())
            storedIds.insert(member[u"email"_s].toString(), member[u"id"_s].toString());
        QCOMPARE(storedIds.size(), storedMembers().size());
        for (auto it = results.cbegin(); it != results.cend(); ++it) {
            if (it->ok()) {
                QCOMPARE(it->value.id, storedIds.value(it.key()));
                QCOMPARE(it->value.status, MemberStatus::Active);
            } else {
                QVERIFY2(it->error.kind != ApiErrorKind::Conflict, qPrintable(it->error.message));
                if (storedIds.contains(it.key()))
                    QVERIFY2(it->error.outcomeUnknown, qPrintable(it->error.message));
            }
        }
        QCOMPARE(answered(u"PUT /v0/users"_s, 409), 0); // never sent again once it had landed
    }

    void serverThatNeverAnswers_createTimesOutWithItsOutcomeUnknown()
    {
        QVERIFY2(start({u"--rate-limit"_s, u"0"_s, u"--latency"_s, u"5000"_s}),
                 qPrintable(m_sandbox->error()));
        verifyCreateTimesOutWithItsOutcomeUnknown(*client(), zoe());
    }

    void cancel_duringCreateEndsItWithoutLookingOrSendingAgain()
    {
        QVERIFY2(start({u"--rate-limit"_s, u"0"_s, u"--latency"_s, u"400"_s}),
                 qPrintable(m_sandbox->error()));
        auto heartbeat = client();
        verifyCreateCancelledOnItsWay(*heartbeat, zoe());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(answered(u"GET /v0/find/users"_s, 200), 0);
        QVERIFY(answered(u"PUT /v0/users"_s, 200) <= 1);
    }
};

QTEST_GUILESS_MAIN(TestHeartbeatClient)
#include "tst_heartbeat_client.moc"
