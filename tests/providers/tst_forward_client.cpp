// ForwardClient against a real roster-sandbox: every operation, its failures, the paged listing
// read to its end, creates and links resent with their idempotency key after a lost answer, the
// base URL that already ends in /v1, and the operations Forward lacks.
#include "api_session.h"
#include "api_task.h"
#include "forward_client.h"
#include "http_client.h"
#include "sandbox_client_fixture.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class TestForwardClient : public QObject, protected SandboxClientFixture
{
    Q_OBJECT

public:
    TestForwardClient() : SandboxClientFixture(u"forward"_s) {}

private:
    static constexpr int MaxDropRounds = 200;
    const QString Business = u"biz_sandbox"_s;

    std::unique_ptr<ForwardClient> client(const QByteArray &key, const QString &businessId,
                                          const QString &basePath = u"/forward"_s)
    {
        return make<ForwardClient>(key, m_sandbox->url(basePath), businessId);
    }

    std::unique_ptr<ForwardClient> client() { return client(m_sandbox->apiKey(), Business); }

    static NewMember zoe(const QString &email = u"zoe@example.com"_s)
    {
        NewMember member;
        member.email = email;
        member.firstName = u"Zoë"_s;
        member.lastName = u"Müller"_s;
        return member;
    }

    using SandboxClientFixture::create;
    Result<RemoteMember> create(ForwardClient &forward, const QString &email)
    {
        return create(forward, zoe(email));
    }

    qint64 idempotentReplays() { return m_sandbox->stats()[u"idempotentReplays"_s].toInteger(); }

    QJsonObject forwardStats()
    {
        return m_sandbox->stats()[u"providers"_s][u"forward"_s].toObject();
    }

    // How many stored users have `email`.
    qint64 storedWithEmail(const QJsonArray &stored, const QString &email)
    {
        return std::count_if(stored.begin(), stored.end(), [&email](const QJsonValue &member) {
            return member[u"email"_s].toString() == email;
        });
    }

private Q_SLOTS:
    void init()
    {
        setUp();
        QVERIFY2(start({u"--rate-limit"_s, u"0"_s, u"--members"_s, u"7"_s}),
                 qPrintable(m_sandbox->error()));
    }

    void cleanup() { tearDown(); }

    void capabilities_listWithOrWithoutABusinessAndNoRoles()
    {
        auto forward = client();
        QCOMPARE(forward->provider(), Provider::Forward);
        QVERIFY(forward->capabilities().canList);
        QVERIFY(forward->capabilities().supports(MemberOperation::List));
        QVERIFY(forward->capabilities().supports(MemberOperation::LoginLink));
        QVERIFY(!forward->capabilities().supports(MemberOperation::RolesAndGroups));
        auto withoutBusiness = client(m_sandbox->apiKey(), {});
        QVERIFY(withoutBusiness->capabilities().supports(MemberOperation::List));
    }

    void create_answersTheNewUserAndFindsItByAnyCaseOfItsEmail()
    {
        auto forward = client();
        const Result<RemoteMember> created = create(*forward, u" Zoë@Example.com "_s);
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QVERIFY(created.value.id.startsWith(u"user_"_s));
        QCOMPARE(created.value.email, u"zoë@example.com"_s);
        QCOMPARE(created.value.name, u"Zoë Müller"_s);
        QCOMPARE(created.value.status, MemberStatus::Active);
        const QJsonObject stored = storedMember(u"zoë@example.com"_s);
        QCOMPARE(stored[u"id"_s].toString(), created.value.id);
        QCOMPARE(stored[u"business_id"_s].toString(), Business);
        QCOMPARE(stored[u"first_name"_s].toString(), u"Zoë"_s);
        QCOMPARE(stored[u"last_name"_s].toString(), u"Müller"_s);

        const auto found = find(*forward, u"ZOË@EXAMPLE.COM"_s);
        QVERIFY2(found.ok(), qPrintable(found.error.message));
        QVERIFY(found.value);
        QCOMPARE(found.value->id, created.value.id);
        QCOMPARE(found.value->status, MemberStatus::Active);

        const auto missing = find(*forward, u"nobody@example.com"_s);
        QVERIFY2(missing.ok(), qPrintable(missing.error.message));
        QVERIFY(!missing.value);
    }

    void create_splitsTheNameWithoutFirstAndLastNames()
    {
        auto forward = client();
        NewMember member;
        member.email = u"jan@example.com"_s;
        member.name = u"Jan van der Berg"_s;
        const Result<RemoteMember> created = create(*forward, member);
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QCOMPARE(created.value.firstName, u"Jan"_s);
        QCOMPARE(created.value.lastName, u"van der Berg"_s);
        QCOMPARE(storedMember(u"jan@example.com"_s)[u"last_name"_s].toString(), u"van der Berg"_s);
    }

    void create_withTheSameIdempotencyKeyCreatesOnce()
    {
        auto forward = client();
        NewMember member = zoe();
        member.idempotencyKey = u"import-row-0001-key"_s;
        const Result<RemoteMember> first = create(*forward, member);
        QVERIFY2(first.ok(), qPrintable(first.error.message));
        // The same row sent again, as after a crash: the first answer again, no second user.
        const Result<RemoteMember> again = create(*forward, member);
        QVERIFY2(again.ok(), qPrintable(again.error.message));
        QCOMPARE(again.value.id, first.value.id);
        QCOMPARE(idempotentReplays(), 1);
        QCOMPARE(storedWithEmail(storedMembers(), u"zoe@example.com"_s), 1);
    }

    void create_withoutAKeyGetsAFreshKeyEachTime()
    {
        auto forward = client();
        const Result<RemoteMember> zoeCreated = create(*forward, u"zoe@example.com"_s);
        const Result<RemoteMember> anaCreated = create(*forward, u"ana@example.com"_s);
        QVERIFY2(zoeCreated.ok(), qPrintable(zoeCreated.error.message));
        QVERIFY2(anaCreated.ok(), qPrintable(anaCreated.error.message));
        QVERIFY(anaCreated.value.id != zoeCreated.value.id);
        QCOMPARE(anaCreated.value.email, u"ana@example.com"_s);
        QCOMPARE(idempotentReplays(), 0);
        QCOMPARE(answered(u"POST /users"_s, 201), 2);
    }

    void create_refusesADuplicateWithTheProvidersMessage()
    {
        auto forward = client();
        QVERIFY(create(*forward, u"zoe@example.com"_s).ok());
        const Result<RemoteMember> again = create(*forward, u"ZOE@example.com"_s);
        QCOMPARE(again.error.kind, ApiErrorKind::Conflict);
        QCOMPARE(again.error.httpStatus, 409);
        QVERIFY(!again.error.outcomeUnknown);
        QCOMPARE(again.error.message,
                 u"Forward says: A user with email zoe@example.com already exists: email: already "
                 u"exists (HTTP 409)"_s);
        QCOMPARE(answered(u"GET /users"_s), 0); // a refusal is not looked up
    }

    void create_showsEachFieldTheProviderNames()
    {
        auto forward = client();
        NewMember cher;
        cher.email = u"cher@example.com"_s;
        cher.name = u"Cher"_s;
        const Result<RemoteMember> oneField = create(*forward, cher);
        QCOMPARE(oneField.error.kind, ApiErrorKind::Validation);
        QCOMPARE(oneField.error.httpStatus, 400);
        QCOMPARE(oneField.error.message,
                 u"Forward says: Invalid request: last_name: must not be blank (HTTP 400)"_s);

        NewMember nameless;
        nameless.email = u"no-names@example.com"_s;
        const Result<RemoteMember> twoFields = create(*forward, nameless);
        QCOMPARE(twoFields.error.kind, ApiErrorKind::Validation);
        QCOMPARE(twoFields.error.providerMessage,
                 u"Invalid request: first_name: must not be blank; last_name: must not be "
                 u"blank"_s);
        QCOMPARE(storedMembers().size(), 7);
    }

    void listMembers_readsEveryPageOnceAndIsComplete_data()
    {
        QTest::addColumn<QString>("firstPage");
        QTest::newRow("pages from 0") << u"0"_s;
        QTest::newRow("pages from 1") << u"1"_s;
    }

    void listMembers_readsEveryPageOnceAndIsComplete()
    {
        QFETCH(QString, firstPage);
        QVERIFY2(start({u"--rate-limit"_s, u"0"_s, u"--members"_s, u"130"_s,
                        u"--forward-first-page"_s, firstPage}),
                 qPrintable(m_sandbox->error()));
        auto forward = client();
        const RemoteMember created = create(*forward, u"zoe@example.com"_s).value;
        QVERIFY(create(*forward, u"ana@example.com"_s).ok());
        QVERIFY(
            wait<RemoteMember>([&](auto done) { return forward->deactivate(created, done); }).ok());

        const Result<MemberListing> listed = list(*forward);
        QVERIFY2(listed.ok(), qPrintable(listed.error.message));
        QVERIFY2(listed.value.complete, qPrintable(listed.value.whyIncomplete));
        QVERIFY(listed.value.whyIncomplete.isEmpty());

        const QJsonArray stored = storedMembers();
        QCOMPARE(stored.size(), 132);
        QHash<QString, QJsonObject> storedById;
        for (const QJsonValue &member : stored)
            storedById.insert(member[u"id"_s].toString(), member.toObject());
        QSet<QString> listedIds;
        for (const RemoteMember &member : listed.value.members) {
            QVERIFY2(!listedIds.contains(member.id), qPrintable(member.id));
            listedIds.insert(member.id);
            const QJsonObject row = storedById.value(member.id);
            QCOMPARE(member.email, row[u"email"_s].toString());
            QCOMPARE(member.firstName, row[u"first_name"_s].toString());
            QCOMPARE(member.lastName, row[u"last_name"_s].toString());
            QCOMPARE(member.status, row[u"status"_s].toString() == u"ACTIVE"_s
                                        ? MemberStatus::Active
                                        : MemberStatus::Deactivated);
        }
        QCOMPARE(listedIds, QSet<QString>(storedById.keyBegin(), storedById.keyEnd()));
        QVERIFY(listedIds.contains(created.id)); // a deactivated user is still listed
        QVERIFY(answered(u"GET /users"_s, 200) >= 3);
        // A server that counts pages from 1 refuses page 0 once.
        QCOMPARE(answered(u"GET /users"_s, 400), firstPage == u"1"_s ? 1 : 0);
    }

    void listMembers_listsOnlyTheWorkspacesBusiness()
    {
        auto other = client(m_sandbox->apiKey(), u"biz_other"_s);
        const Result<RemoteMember> created = create(*other, u"zoe@example.com"_s);
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QCOMPARE(storedMember(u"zoe@example.com"_s)[u"business_id"_s].toString(), u"biz_other"_s);

        const Result<MemberListing> listed = list(*other);
        QVERIFY2(listed.ok(), qPrintable(listed.error.message));
        QVERIFY2(listed.value.complete, qPrintable(listed.value.whyIncomplete));
        QCOMPARE(listed.value.members.size(), 1);
        QCOMPARE(listed.value.members[0].id, created.value.id);

        const Result<MemberListing> sandboxBusiness = list(*client());
        QVERIFY(sandboxBusiness.value.complete);
        QCOMPARE(sandboxBusiness.value.members.size(), 7);
    }

    void listMembers_withoutABusinessListsEveryBusinessInOneListing()
    {
        auto other = client(m_sandbox->apiKey(), u"biz_other"_s);
        QVERIFY(create(*other, u"zoe@example.com"_s).ok());
        auto forward = client(m_sandbox->apiKey(), {});
        const qint64 before = requestCount();
        const Result<MemberListing> listed = list(*forward);
        QVERIFY2(listed.ok(), qPrintable(listed.error.message));
        QVERIFY2(listed.value.complete, qPrintable(listed.value.whyIncomplete));
        QCOMPARE(listed.value.members.size(), 8); // the sandbox's seven and the other business's
        QCOMPARE(requestCount(), before + 1);
    }

    void updateMember_sendsEveryFieldOfAKnownMemberWithoutALookUp()
    {
        auto forward = client();
        const RemoteMember member = create(*forward, u"zoe@example.com"_s).value;
        MemberChanges changes;
        changes.lastName = u"Müller-Lüdenscheidt"_s;
        const Result<RemoteMember> updated = wait<RemoteMember>(
            [&](auto done) { return forward->updateMember(member, changes, done); });
        QVERIFY2(updated.ok(), qPrintable(updated.error.message));
        QCOMPARE(updated.value.id, member.id);
        QCOMPARE(updated.value.firstName, u"Zoë"_s);
        QCOMPARE(updated.value.lastName, u"Müller-Lüdenscheidt"_s);
        QCOMPARE(updated.value.email, u"zoe@example.com"_s);
        QCOMPARE(updated.value.status, MemberStatus::Active);
        const QJsonObject stored = storedMember(u"zoe@example.com"_s);
        QCOMPARE(stored[u"first_name"_s].toString(), u"Zoë"_s);
        QCOMPARE(stored[u"last_name"_s].toString(), u"Müller-Lüdenscheidt"_s);
        QCOMPARE(answered(u"PUT /users/{id}"_s, 200), 1);
        QCOMPARE(answered(u"GET /users"_s), 0);
    }

    void updateMember_changesTheEmail()
    {
        auto forward = client();
        const RemoteMember member = create(*forward, u"zoe@example.com"_s).value;
        MemberChanges changes;
        changes.email = u" Zoe.ML@Example.com "_s;
        const Result<RemoteMember> updated = wait<RemoteMember>(
            [&](auto done) { return forward->updateMember(member, changes, done); });
        QVERIFY2(updated.ok(), qPrintable(updated.error.message));
        QCOMPARE(updated.value.email, u"zoe.ml@example.com"_s);
        QCOMPARE(updated.value.firstName, u"Zoë"_s);
        QCOMPARE(storedMember(u"zoe.ml@example.com"_s)[u"id"_s].toString(), member.id);
        QVERIFY(storedMember(u"zoe@example.com"_s).isEmpty());
    }

    void updateMember_withoutEveryFieldLooksTheMemberUpAndKeepsTheOthers()
    {
        auto forward = client();
        const RemoteMember created = create(*forward, u"zoe@example.com"_s).value;
        RemoteMember partial; // what a caller may know: the id and email, no names
        partial.id = created.id;
        partial.email = u"Zoe@Example.com"_s;
        MemberChanges changes;
        changes.firstName = u"Zoé"_s;
        const Result<RemoteMember> updated = wait<RemoteMember>(
            [&](auto done) { return forward->updateMember(partial, changes, done); });
        QVERIFY2(updated.ok(), qPrintable(updated.error.message));
        QCOMPARE(updated.value.id, created.id);
        QCOMPARE(updated.value.firstName, u"Zoé"_s);
        QCOMPARE(updated.value.lastName, u"Müller"_s);
        const QJsonObject stored = storedMember(u"zoe@example.com"_s);
        QCOMPARE(stored[u"first_name"_s].toString(), u"Zoé"_s);
        QCOMPARE(stored[u"last_name"_s].toString(), u"Müller"_s); // not blanked by the PUT
        QCOMPARE(answered(u"GET /users"_s, 200), 1);
    }

    void updateMember_blankNameShowsTheFieldAndChangesNothing()
    {
        auto forward = client();
        const RemoteMember member = create(*forward, u"zoe@example.com"_s).value;
        MemberChanges changes;
        changes.firstName = u""_s;
        const Result<RemoteMember> result = wait<RemoteMember>(
            [&](auto done) { return forward->updateMember(member, changes, done); });
        QCOMPARE(result.error.kind, ApiErrorKind::Validation);
        QCOMPARE(result.error.message,
                 u"Forward says: Invalid request: first_name: must not be blank (HTTP 400)"_s);
        QCOMPARE(storedMember(u"zoe@example.com"_s)[u"first_name"_s].toString(), u"Zoë"_s);
    }

    void updateMember_toAnotherUsersEmailIsAConflict()
    {
        auto forward = client();
        const RemoteMember member = create(*forward, u"zoe@example.com"_s).value;
        QVERIFY(create(*forward, u"ana@example.com"_s).ok());
        MemberChanges changes;
        changes.email = u"ana@example.com"_s;
        const Result<RemoteMember> result = wait<RemoteMember>(
            [&](auto done) { return forward->updateMember(member, changes, done); });
        QCOMPARE(result.error.kind, ApiErrorKind::Conflict);
        QVERIFY2(result.error.providerMessage.contains(u"email: already exists"_s),
                 qPrintable(result.error.message));
        QCOMPARE(storedMember(u"zoe@example.com"_s)[u"id"_s].toString(), member.id);
    }

    void deactivateAndReactivate()
    {
        auto forward = client();
        const RemoteMember member = create(*forward, u"zoe@example.com"_s).value;
        const auto off =
            wait<RemoteMember>([&](auto done) { return forward->deactivate(member, done); });
        QVERIFY2(off.ok(), qPrintable(off.error.message));
        QCOMPARE(off.value.status, MemberStatus::Deactivated);
        QCOMPARE(off.value.id, member.id);
        QCOMPARE(storedMember(u"zoe@example.com"_s)[u"status"_s].toString(), u"INACTIVE"_s);
        const auto found = find(*forward, member.email);
        QVERIFY(found.ok() && found.value);
        QCOMPARE(found.value->status, MemberStatus::Deactivated);

        const auto on =
            wait<RemoteMember>([&](auto done) { return forward->reactivate(member, done); });
        QVERIFY2(on.ok(), qPrintable(on.error.message));
        QCOMPARE(on.value.status, MemberStatus::Active);
        QCOMPARE(storedMember(u"zoe@example.com"_s)[u"status"_s].toString(), u"ACTIVE"_s);
    }

    void operationsByEmailAlone_lookTheMemberUpFirst()
    {
        auto forward = client();
        QVERIFY(create(*forward, u"zoe@example.com"_s).ok());
        RemoteMember byEmail;
        byEmail.email = u"Zoe@Example.com"_s;
        MemberChanges changes;
        changes.firstName = u"Zoé"_s;
        const auto updated = wait<RemoteMember>(
            [&](auto done) { return forward->updateMember(byEmail, changes, done); });
        QVERIFY2(updated.ok(), qPrintable(updated.error.message));
        QCOMPARE(updated.value.firstName, u"Zoé"_s);
        QCOMPARE(updated.value.lastName, u"Müller"_s);
        const auto off =
            wait<RemoteMember>([&](auto done) { return forward->deactivate(byEmail, done); });
        QVERIFY2(off.ok(), qPrintable(off.error.message));
        QVERIFY(off.value.id.startsWith(u"user_"_s));
        QCOMPARE(off.value.status, MemberStatus::Deactivated);
        QVERIFY(
            wait<RemoteMember>([&](auto done) { return forward->reactivate(byEmail, done); }).ok());
        const auto linked = link(*forward, byEmail);
        QVERIFY2(linked.ok(), qPrintable(linked.error.message));

        RemoteMember ghost;
        ghost.email = u"ghost@example.com"_s;
        const auto missing =
            wait<RemoteMember>([&](auto done) { return forward->deactivate(ghost, done); });
        QCOMPARE(missing.error.kind, ApiErrorKind::NotFound);
        QVERIFY2(missing.error.message.contains(u"ghost@example.com"_s),
                 qPrintable(missing.error.message));
    }

    void loginLink_worksAtEveryBase_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("usersEndpoint");
        QTest::newRow("the guide's host") << u"/forward"_s << u"GET /users"_s;
        QTest::newRow("a base ending in /v1") << u"/forward/v1"_s << u"GET /v1/users"_s;
        QTest::newRow("a base ending in /v1/") << u"/forward/v1/"_s << u"GET /v1/users"_s;
    }

    void loginLink_worksAtEveryBase()
    {
        QFETCH(QString, base);
        QFETCH(QString, usersEndpoint);
        auto forward = client(m_sandbox->apiKey(), Business, base);
        const Result<RemoteMember> created = create(*forward, u"zoe@example.com"_s);
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        const Result<MemberListing> listed = list(*forward);
        QVERIFY2(listed.ok(), qPrintable(listed.error.message));
        QVERIFY(listed.value.complete);
        QCOMPARE(listed.value.members.size(), 8);

        const Result<LoginLink> linked = link(*forward, created.value);
        QVERIFY2(linked.ok(), qPrintable(linked.error.message));
        QCOMPARE(linked.value.kind, LoginLink::Kind::OneTime);
        QVERIFY(linked.value.url.toString().startsWith(m_sandbox->baseUrl() + u"/forward/"_s));
        QCOMPARE(answered(u"POST /v1/users/{id}/login_url"_s, 200), 1);
        QVERIFY(answered(usersEndpoint, 200) >= 1);
        QVERIFY2(!forwardStats().contains(u"unknown"_s), // no /v1/v1 nor any other unknown path
                 qPrintable(QString::fromUtf8(QJsonDocument(forwardStats()).toJson())));
        HttpClient http;
        QCOMPARE(http.get(linked.value.url).status, 200);
        QCOMPARE(http.get(linked.value.url).status, 410);
    }

    void loginLink_isASecretTheSessionRedacts()
    {
        auto forward = client();
        const RemoteMember member = create(*forward, u"zoe@example.com"_s).value;
        const Result<LoginLink> linked = link(*forward, member);
        QVERIFY2(linked.ok(), qPrintable(linked.error.message));
        const QString code = QUrlQuery(linked.value.url).queryItemValue(u"code"_s);
        QVERIFY(!code.isEmpty());
        const QString redacted = forward->session()->redactor().redact(
            u"could not open "_s + linked.value.url.toString(QUrl::FullyEncoded));
        QVERIFY2(!redacted.contains(code), qPrintable(redacted));
    }

    void loginLink_forAnInactiveMemberIsForbidden()
    {
        auto forward = client();
        const RemoteMember member = create(*forward, u"zoe@example.com"_s).value;
        QVERIFY(
            wait<RemoteMember>([&](auto done) { return forward->deactivate(member, done); }).ok());
        const auto linked = link(*forward, member);
        QCOMPARE(linked.error.kind, ApiErrorKind::Forbidden);
        QCOMPARE(linked.error.message,
                 u"Forward says: User %1 is not active (HTTP 403)"_s.arg(member.id));
        QCOMPARE(m_sandbox->outstandingLinks(), 0);
    }

    void unknownMember_isNotFound()
    {
        auto forward = client();
        RemoteMember ghost;
        ghost.id = u"user_ghost"_s;
        ghost.email = u"ghost@example.com"_s;
        const auto off =
            wait<RemoteMember>([&](auto done) { return forward->deactivate(ghost, done); });
        QCOMPARE(off.error.kind, ApiErrorKind::NotFound);
        QCOMPARE(off.error.message, u"Forward says: User user_ghost not found (HTTP 404)"_s);
        QCOMPARE(link(*forward, ghost).error.kind, ApiErrorKind::NotFound);
        MemberChanges changes;
        changes.firstName = u"Ghost"_s;
        ghost.firstName = u"Casper"_s;
        ghost.lastName = u"Ghost"_s;
        QCOMPARE(wait<RemoteMember>([&](auto done) {
                     return forward->updateMember(ghost, changes, done);
                 }).error.kind,
                 ApiErrorKind::NotFound);
    }

    void findByEmail_atAWrongAddressIsAnErrorNotNoMember()
    {
        // A base URL with a typo: Forward's list of users answers {data: []} for no match, so a
        // 404 says the address is wrong, never that the member does not exist.
        auto forward = client(m_sandbox->apiKey(), Business, u"/forward/v2"_s);
        const auto found = find(*forward, u"zoe@example.com"_s);
        QVERIFY2(!found.ok(), "a wrong address was taken for 'no such member'");
    }

    void wrongKey_isUnauthorizedEverywhereAndTheKeyIsNeverShown()
    {
        const QByteArray wrongKey = "wrong-key-that-must-not-leak";
        auto forward = client(wrongKey, Business);
        const Result<RemoteMember> created = create(*forward, u"zoe@example.com"_s);
        QCOMPARE(created.error.kind, ApiErrorKind::Unauthorized);
        QCOMPARE(created.error.httpStatus, 401);
        QVERIFY(!created.error.outcomeUnknown);
        QCOMPARE(created.error.message, u"Forward says: Invalid API key (HTTP 401)"_s);
        verifyNoKeyIn(created.error, wrongKey);

        RemoteMember known;
        known.id = u"user_zoe"_s;
        known.email = u"zoe@example.com"_s;
        known.firstName = u"Zoë"_s;
        known.lastName = u"Müller"_s;
        MemberChanges changes;
        changes.firstName = u"Zoé"_s;
        const QList<ApiError> errors = {
            list(*forward).error,
            find(*forward, u"zoe@example.com"_s).error,
            wait<RemoteMember>([&](auto done) {
                return forward->updateMember(known, changes, done);
            }).error,
            wait<RemoteMember>([&](auto done) { return forward->deactivate(known, done); }).error,
            link(*forward, known).error,
        };
        for (const ApiError &error : errors) {
            QCOMPARE(error.kind, ApiErrorKind::Unauthorized);
            verifyNoKeyIn(error, wrongKey);
        }
        QCOMPARE(storedMembers().size(), 7);
    }

    void rolesAndGroups_areUnsupportedWithoutARequest()
    {
        auto forward = client();
        const qint64 before = requestCount();
        const auto roles =
            wait<QList<NamedRef>>([&](auto done) { return forward->listRoles(done); });
        QCOMPARE(roles.error.kind, ApiErrorKind::Unsupported);
        QVERIFY(roles.error.message.contains(u"no roles"_s));
        const auto groups =
            wait<QList<NamedRef>>([&](auto done) { return forward->listGroups(done); });
        QCOMPARE(groups.error.kind, ApiErrorKind::Unsupported);
        QCOMPARE(requestCount(), before);
    }

    void rateLimited_createWaitsAndIsSentAgain()
    {
        QVERIFY2(start({u"--rate-limit"_s, u"1"_s}), qPrintable(m_sandbox->error()));
        HttpClient http; // takes the key's only token: the client's create is answered 429
        QCOMPARE(http.get(m_sandbox->url(u"/forward/users?type=BUSINESS"_s),
                          HttpClient::xApiKey(m_sandbox->apiKey()))
                     .status,
                 200);
        auto forward = client();
        const Result<RemoteMember> created = create(*forward, u"zoe@example.com"_s);
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QCOMPARE(answered(u"POST /users"_s, 429), 1);
        QCOMPARE(answered(u"POST /users"_s, 201), 1);
        QCOMPARE(idempotentReplays(), 0);
        QCOMPARE(storedWithEmail(storedMembers(), u"zoe@example.com"_s), 1);
    }

    void rateLimited_createThatStaysRefusedIsNotCarriedOut()
    {
        QVERIFY2(start({u"--rate-limit"_s, u"1"_s}), qPrintable(m_sandbox->error()));
        HttpClient http;
        QCOMPARE(http.get(m_sandbox->url(u"/forward/users?type=BUSINESS"_s),
                          HttpClient::xApiKey(m_sandbox->apiKey()))
                     .status,
                 200);
        auto forward = client();
        forward->session()->retryPolicy().maxRateLimitedAttempts = 1;
        const Result<RemoteMember> result = create(*forward, u"zoe@example.com"_s);
        QCOMPARE(result.error.kind, ApiErrorKind::RateLimited);
        QCOMPARE(result.error.httpStatus, 429);
        QVERIFY(!result.error.outcomeUnknown);
        QVERIFY2(result.error.message.startsWith(u"Forward says: Rate limit exceeded"_s),
                 qPrintable(result.error.message));
        QCOMPARE(answered(u"POST /users"_s, 429), 1);
        QCOMPARE(storedWithEmail(storedMembers(), u"zoe@example.com"_s), 0);
    }

    void serverFailure_createIsResentWithItsKeyAndLookedUpOnlyAfterTheLastSend()
    {
        QVERIFY2(start({u"--rate-limit"_s, u"0"_s, u"--fail-rate"_s, u"1"_s}),
                 qPrintable(m_sandbox->error()));
        auto forward = client();
        const Result<RemoteMember> result = create(*forward, u"zoe@example.com"_s);
        QCOMPARE(result.error.kind, ApiErrorKind::Server);
        QCOMPARE(result.error.httpStatus, 503);
        QVERIFY(result.error.outcomeUnknown);
        QCOMPARE(result.error.message,
                 u"Forward says: Service temporarily unavailable (HTTP 503)"_s);
        QCOMPARE(answered(u"POST /users"_s, 503), MemberClient::MaxWriteSends);
        // Resent with its key, never looked up in between; after the last send, one look-up
        // (itself resent by HttpJob while the sandbox answers 503) tries to settle the outcome.
        QCOMPARE(answered(u"GET /users"_s), forward->session()->retryPolicy().maxAttempts);
        QVERIFY(storedMembers().isEmpty());
    }

    void droppedAnswers_createIsResentWithItsKeyAndCreatesOneUser()
    {
        QVERIFY2(start({u"--rate-limit"_s, u"0"_s, u"--drop-rate"_s, u"0.5"_s}),
                 qPrintable(m_sandbox->error()));
        auto forward = client();
        QHash<QString, Result<RemoteMember>> results;
        // Until a create processed by Forward lost its answer, and its resend was answered from
        // the idempotency key with the user it had created.
        bool replayed = false;
        for (int i = 0; i < MaxDropRounds && !replayed; ++i) {
            const QString email = u"dropped-%1@example.com"_s.arg(i);
            const qint64 before = idempotentReplays();
            const qint64 lookUpsBefore = answered(u"GET /users"_s);
            const Result<RemoteMember> result = create(*forward, email);
            results.insert(email, result);
            // Resent with its key and answered from it, with no look-up in between. (A create
            // whose every answer is lost is looked up once at the end to settle it.)
            replayed = result.ok() && idempotentReplays() > before &&
                       answered(u"GET /users"_s) == lookUpsBefore;
        }
        QVERIFY2(replayed, "no create was resent after its answer was lost");
        QVERIFY(m_sandbox->stats()[u"droppedConnections"_s][u"forward"_s].toInt() > 0);

        const QJsonArray stored = storedMembers();
        int landed = 0;
        for (auto it = results.cbegin(); it != results.cend(); ++it) {
            const qint64 copies = storedWithEmail(stored, it.key());
            QVERIFY2(copies <= 1, qPrintable(it.key()));
            landed += int(copies);
            if (it->ok()) {
                QCOMPARE(copies, 1);
                QCOMPARE(storedMember(it.key())[u"id"_s].toString(), it->value.id);
            } else {
                QVERIFY2(it->error.kind != ApiErrorKind::Conflict, qPrintable(it->error.message));
                if (copies == 1) // it landed, and every answer was lost: the caller is told so
                    QVERIFY2(it->error.outcomeUnknown, qPrintable(it->error.message));
            }
        }
        QCOMPARE(stored.size(), landed);
        QCOMPARE(answered(u"POST /users"_s, 409), 0);
    }

    void droppedAnswers_linkIsResentWithItsKeyAndIssuesOneLink()
    {
        QVERIFY2(start({u"--rate-limit"_s, u"0"_s, u"--drop-rate"_s, u"0.5"_s}),
                 qPrintable(m_sandbox->error()));
        auto forward = client();
        Result<RemoteMember> created =
            Result<RemoteMember>::failure(ApiError::make(ApiErrorKind::Network, u"not sent"_s));
        for (int i = 0; i < 20 && !created.ok(); ++i)
            created = create(*forward, u"zoe-%1@example.com"_s.arg(i));
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        const qint64 lookUpsBefore = answered(u"GET /users"_s);
        // Until a link whose answer was lost came back from the resend with the same key.
        bool replayed = false;
        for (int i = 0; i < MaxDropRounds && !replayed; ++i) {
            const QJsonObject before = m_sandbox->stats();
            const Result<LoginLink> linked = link(*forward, created.value);
            const QJsonObject after = m_sandbox->stats();
            const qint64 issued = after[u"outstandingLinks"_s].toInteger() -
                                  before[u"outstandingLinks"_s].toInteger();
            // However often it was sent, one link request issues one link at most.
            QVERIFY2(issued <= 1, qPrintable(QString::number(issued)));
            if (linked.ok()) {
                QCOMPARE(issued, 1);
                replayed = after[u"idempotentReplays"_s].toInteger() >
                           before[u"idempotentReplays"_s].toInteger();
            } else {
                QVERIFY2(linked.error.outcomeUnknown, qPrintable(linked.error.message));
            }
        }
        QVERIFY2(replayed, "no link was resent after a lost answer");
        QCOMPARE(answered(u"GET /users"_s), lookUpsBefore); // a link is never looked up
    }

    void serverThatNeverAnswers_createTimesOutWithItsOutcomeUnknown()
    {
        QVERIFY2(start({u"--rate-limit"_s, u"0"_s, u"--latency"_s, u"5000"_s}),
                 qPrintable(m_sandbox->error()));
        verifyCreateTimesOutWithItsOutcomeUnknown(*client(), zoe());
    }

    void cancel_beforeTheAnswerReportsCancelled()
    {
        auto forward = client();
        std::optional<Result<std::optional<RemoteMember>>> result;
        ApiTask *task =
            forward->findByEmail(u"zoe@example.com"_s, [&result](const auto &r) { result = r; });
        QSignalSpy finished(task, &ApiTask::finished);
        task->cancel();
        QCOMPARE(finished.count(), 0); // never from inside cancel()
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(result);
        QCOMPARE(result->error.kind, ApiErrorKind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestForwardClient)
#include "tst_forward_client.moc"
