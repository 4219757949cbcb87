// BeamClient against a real roster-sandbox: every operation, its failures (rate limits, lost
// answers, a server that never answers), the operations Beam lacks, and the secrets (the
// generated password, SSO links) that must never show.
#include "api_session.h"
#include "api_task.h"
#include "beam_client.h"
#include "http_client.h"
#include "sandbox_client_fixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class TestBeamClient : public QObject, protected SandboxClientFixture
{
    Q_OBJECT

public:
    TestBeamClient() : SandboxClientFixture(u"beam"_s) {}

private:
    static constexpr int MaxDropRounds = 200;

    std::unique_ptr<BeamClient> client(const QByteArray &key, const QString &basePath = u"/beam"_s)
    {
        return make<BeamClient>(key, m_sandbox->url(basePath));
    }

    std::unique_ptr<BeamClient> client() { return client(m_sandbox->apiKey()); }

    static NewMember zoe(const QString &email = u"zoe@example.com"_s)
    {
        NewMember member;
        member.email = email;
        member.firstName = u"Zoë"_s;
        member.lastName = u"Müller"_s;
        return member;
    }

    LookUps lookUps() { return SandboxClientFixture::lookUps(u"POST /users/retrieve"_s); }

    // Takes the key's only token of a sandbox started with --rate-limit 1, so that the client's
    // next request is answered 429.
    bool exhaustRateLimit()
    {
        HttpClient http;
        return http.sendJson("POST", m_sandbox->url(u"/beam/users/retrieve"_s),
                             HttpClient::bearer(m_sandbox->apiKey()),
                             QJsonObject{{u"email"_s, u"nobody@example.com"_s}})
                   .status == 404;
    }

private Q_SLOTS:
    void init()
    {
        setUp();
        QVERIFY2(start({u"--rate-limit"_s, u"0"_s}), qPrintable(m_sandbox->error()));
    }

    void cleanup() { tearDown(); }

    void create_answersTheNewMemberWithItsNumericIdAsText()
    {
        auto beam = client();
        const qint64 nextId = m_sandbox->state(u"beam"_s)[u"nextId"_s].toInteger();
        const Result<RemoteMember> created = create(*beam, zoe(u" Zoe@Example.com "_s));
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QCOMPARE(created.value.id, QString::number(nextId));
        QCOMPARE(created.value.email, u"zoe@example.com"_s);
        QCOMPARE(created.value.firstName, u"Zoë"_s);
        QCOMPARE(created.value.lastName, u"Müller"_s);
        QCOMPARE(created.value.name, u"Zoë Müller"_s);
        QCOMPARE(created.value.status, MemberStatus::Active);
        QCOMPARE(created.value.emailVerified, std::optional<bool>(false));
        QCOMPARE(answered(u"POST /users/create"_s, 200), 1);

        const auto found = find(*beam, u"ZOE@example.com"_s);
        QVERIFY2(found.ok(), qPrintable(found.error.message));
        QVERIFY(found.value);
        QCOMPARE(found.value->id, created.value.id);
        QCOMPARE(found.value->name, u"Zoë Müller"_s);
    }

    void create_splitsTheNameWithoutFirstAndLastNames()
    {
        auto beam = client();
        NewMember member;
        member.email = u"jan@example.com"_s;
        member.name = u"Jan van der Berg"_s;
        const Result<RemoteMember> created = create(*beam, member);
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QCOMPARE(created.value.firstName, u"Jan"_s);
        QCOMPARE(created.value.lastName, u"van der Berg"_s);
        QCOMPARE(storedMembers()[0][u"lastName"_s].toString(), u"van der Berg"_s);
    }

    void create_thePasswordIsNeverStored()
    {
        auto beam = client();
        QVERIFY(create(*beam, zoe()).ok());
        QVERIFY(create(*beam, zoe(u"ana@example.com"_s)).ok());
        HttpClient http;
        const TestReply state = http.get(m_sandbox->url(u"/_sandbox/state"_s));
        QCOMPARE(state.status, 200);
        QVERIFY(!state.body.contains("password"));
        for (const QJsonValue &member : storedMembers())
            QVERIFY(!member.toObject().contains(u"password"_s));
    }

    void create_duplicateEmailIsAConflict()
    {
        auto beam = client();
        QVERIFY(create(*beam, zoe()).ok());
        const Result<RemoteMember> again = create(*beam, zoe(u"ZOE@example.com"_s));
        QCOMPARE(again.error.kind, ApiErrorKind::Conflict);
        QCOMPARE(again.error.httpStatus, 409);
        QVERIFY(!again.error.outcomeUnknown);
        QCOMPARE(again.error.message,
                 u"Beam.gg says: Email zoe@example.com is already registered (HTTP 409)"_s);
        QCOMPARE(answered(u"POST /users/retrieve"_s, 200), 0); // a refusal is not looked up
        QCOMPARE(storedMembers().size(), 1);
    }

    void create_missingLastNameIsAValidationErrorNamingTheField()
    {
        auto beam = client();
        NewMember member;
        member.email = u"cher@example.com"_s;
        member.name = u"Cher"_s;
        const Result<RemoteMember> result = create(*beam, member);
        QCOMPARE(result.error.kind, ApiErrorKind::Validation);
        QCOMPARE(result.error.httpStatus, 400);
        QVERIFY2(result.error.providerMessage.contains(u"lastName"_s),
                 qPrintable(result.error.message));
        QVERIFY(storedMembers().isEmpty());
    }

    void findByEmail_unknownIsNothingNotAnError()
    {
        auto beam = client();
        const auto missing = find(*beam, u"nobody@example.com"_s);
        QVERIFY2(missing.ok(), qPrintable(missing.error.message));
        QVERIFY(!missing.value);
    }

    void findByEmail_anyCaseOfANonAsciiAddressIsFound()
    {
        auto beam = client();
        const Result<RemoteMember> created = create(*beam, zoe(u"zoë@exämple.com"_s));
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QCOMPARE(created.value.email, u"zoë@exämple.com"_s);
        const auto found = find(*beam, u" ZOË@EXÄMPLE.COM "_s);
        QVERIFY2(found.ok(), qPrintable(found.error.message));
        QVERIFY(found.value);
        QCOMPARE(found.value->id, created.value.id);
    }

    void findByEmail_atAWrongAddressIsAnErrorNotNoMember()
    {
        // A base URL with a path Beam does not serve: the 404 names the path, not a member.
        auto beam = client(m_sandbox->apiKey(), u"/beam/v1"_s);
        const auto found = find(*beam, u"zoe@example.com"_s);
        QVERIFY2(!found.ok(), "a wrong address was taken for 'no such member'");
    }

    void findByEmail_invalidAddressIsAValidationError()
    {
        auto beam = client();
        const auto result = find(*beam, u"not-an-address"_s);
        QCOMPARE(result.error.kind, ApiErrorKind::Validation);
        QVERIFY2(result.error.providerMessage.contains(u"email"_s),
                 qPrintable(result.error.message));
    }

    void updateMember_changesTheNamesSent()
    {
        auto beam = client();
        const RemoteMember created = create(*beam, zoe()).value;
        MemberChanges changes;
        changes.lastName = u"Müller-Lüdenscheidt"_s;
        const Result<RemoteMember> updated = wait<RemoteMember>(
            [&](auto done) { return beam->updateMember(created, changes, done); });
        QVERIFY2(updated.ok(), qPrintable(updated.error.message));
        QCOMPARE(updated.value.id, created.id);
        QCOMPARE(updated.value.firstName, u"Zoë"_s);
        QCOMPARE(updated.value.lastName, u"Müller-Lüdenscheidt"_s);
        QCOMPARE(storedMembers()[0][u"lastName"_s].toString(), u"Müller-Lüdenscheidt"_s);
    }

    void updateMember_withoutAnIdLooksTheMemberUpByEmail()
    {
        auto beam = client();
        const RemoteMember created = create(*beam, zoe()).value;
        RemoteMember byEmail;
        byEmail.email = u"zoe@example.com"_s;
        MemberChanges changes;
        changes.firstName = u"Zoé"_s;
        const Result<RemoteMember> updated = wait<RemoteMember>(
            [&](auto done) { return beam->updateMember(byEmail, changes, done); });
        QVERIFY2(updated.ok(), qPrintable(updated.error.message));
        QCOMPARE(updated.value.id, created.id);
        QCOMPARE(updated.value.firstName, u"Zoé"_s);
        QCOMPARE(answered(u"POST /users/retrieve"_s, 200), 1);
    }

    void updateMember_unknownIdIsNotFound()
    {
        auto beam = client();
        RemoteMember ghost;
        ghost.id = u"999999"_s;
        ghost.email = u"ghost@example.com"_s;
        MemberChanges changes;
        changes.firstName = u"Ghost"_s;
        const Result<RemoteMember> result =
            wait<RemoteMember>([&](auto done) { return beam->updateMember(ghost, changes, done); });
        QCOMPARE(result.error.kind, ApiErrorKind::NotFound);
        QVERIFY2(result.error.providerMessage.contains(u"999999"_s),
                 qPrintable(result.error.message));

        RemoteMember unknownEmail;
        unknownEmail.email = u"ghost@example.com"_s;
        const Result<RemoteMember> byEmail = wait<RemoteMember>(
            [&](auto done) { return beam->updateMember(unknownEmail, changes, done); });
        QCOMPARE(byEmail.error.kind, ApiErrorKind::NotFound);
        QVERIFY2(byEmail.error.message.contains(u"ghost@example.com"_s),
                 qPrintable(byEmail.error.message));
    }

    void updateMember_refusesFieldsBeamCannotChangeWithoutARequest()
    {
        auto beam = client();
        const RemoteMember created = create(*beam, zoe()).value;
        const qint64 before = requestCount();
        MemberChanges changes;
        changes.firstName = u"Zoé"_s;
        changes.email = u"zoe.new@example.com"_s;
        const Result<RemoteMember> result = wait<RemoteMember>(
            [&](auto done) { return beam->updateMember(created, changes, done); });
        QCOMPARE(result.error.kind, ApiErrorKind::Unsupported);
        QVERIFY2(result.error.message.contains(u"email"_s), qPrintable(result.error.message));
        QCOMPARE(requestCount(), before);
        QCOMPARE(storedMembers()[0][u"firstName"_s].toString(), u"Zoë"_s);
    }

    void loginLink_isAOneTimeSecretThatOpensOnce()
    {
        auto beam = client();
        const RemoteMember member = create(*beam, zoe()).value;
        const Result<LoginLink> linked = link(*beam, member);
        QVERIFY2(linked.ok(), qPrintable(linked.error.message));
        QCOMPARE(linked.value.kind, LoginLink::Kind::OneTime);
        QVERIFY(linked.value.url.toString().startsWith(m_sandbox->baseUrl()));
        const QString token = QUrlQuery(linked.value.url).queryItemValue(u"token"_s);
        QVERIFY(!token.isEmpty());
        const QString redacted = beam->session()->redactor().redact(
            u"could not open "_s + linked.value.url.toString(QUrl::FullyEncoded));
        QVERIFY2(!redacted.contains(token), qPrintable(redacted));
        QCOMPARE(answered(u"POST /sso/{id}"_s, 200), 1);

        HttpClient http;
        QCOMPARE(http.get(linked.value.url).status, 200);
        QCOMPARE(http.get(linked.value.url).status, 410);
        const auto found = find(*beam, member.email);
        QCOMPARE(found.value->emailVerified, std::optional<bool>(true));
    }

    void loginLink_unknownMemberIsNotFound()
    {
        auto beam = client();
        RemoteMember ghost;
        ghost.id = u"999999"_s;
        ghost.email = u"ghost@example.com"_s;
        const Result<LoginLink> linked = link(*beam, ghost);
        QCOMPARE(linked.error.kind, ApiErrorKind::NotFound);
        QCOMPARE(linked.error.message, u"Beam.gg says: User 999999 not found (HTTP 404)"_s);
        QCOMPARE(m_sandbox->outstandingLinks(), 0);

        RemoteMember unknownEmail;
        unknownEmail.email = u"ghost@example.com"_s;
        const Result<LoginLink> byEmail = link(*beam, unknownEmail);
        QCOMPARE(byEmail.error.kind, ApiErrorKind::NotFound);
        QVERIFY2(byEmail.error.message.contains(u"ghost@example.com"_s),
                 qPrintable(byEmail.error.message));
        QCOMPARE(answered(u"POST /sso/{id}"_s, 404), 1); // only the one with an id was sent
    }

    void unsupportedOperations_failWithoutARequest()
    {
        auto beam = client();
        const RemoteMember member = create(*beam, zoe()).value;
        const Capabilities capabilities = beam->capabilities();
        QCOMPARE(beam->provider(), Provider::Beam);
        QVERIFY(!capabilities.canList);
        QVERIFY(capabilities.supports(MemberOperation::CreateActive));
        QVERIFY(capabilities.supports(MemberOperation::LoginLink));
        QVERIFY(!capabilities.supports(MemberOperation::CreatePending));
        const qint64 before = requestCount();

        const auto listed = wait<MemberListing>([&](auto done) { return beam->listMembers(done); });
        QCOMPARE(listed.error.kind, ApiErrorKind::Unsupported);
        QVERIFY(listed.error.message.contains(u"lists"_s));
        const auto off =
            wait<RemoteMember>([&](auto done) { return beam->deactivate(member, done); });
        QCOMPARE(off.error.kind, ApiErrorKind::Unsupported);
        QVERIFY(off.error.message.contains(u"deactivate"_s));
        const auto on =
            wait<RemoteMember>([&](auto done) { return beam->reactivate(member, done); });
        QCOMPARE(on.error.kind, ApiErrorKind::Unsupported);
        const auto roles = wait<QList<NamedRef>>([&](auto done) { return beam->listRoles(done); });
        QCOMPARE(roles.error.kind, ApiErrorKind::Unsupported);
        QVERIFY(roles.error.message.contains(u"no roles"_s));
        const auto groups =
            wait<QList<NamedRef>>([&](auto done) { return beam->listGroups(done); });
        QCOMPARE(groups.error.kind, ApiErrorKind::Unsupported);

        QCOMPARE(requestCount(), before);
    }

    void wrongKey_isUnauthorizedWithTheProvidersMessageAndNeverTheKey()
    {
        const QByteArray wrongKey = "wrong-key-that-must-not-leak";
        auto beam = client(wrongKey);
        const Result<RemoteMember> created = create(*beam, zoe());
        QCOMPARE(created.error.kind, ApiErrorKind::Unauthorized);
        QCOMPARE(created.error.httpStatus, 401);
        QVERIFY(!created.error.outcomeUnknown);
        QCOMPARE(created.error.message, u"Beam.gg says: Unauthorized (HTTP 401)"_s);
        verifyNoKeyIn(created.error, wrongKey);

        // A refused look-up is an error, not "no such member".
        const auto found = find(*beam, u"zoe@example.com"_s);
        QCOMPARE(found.error.kind, ApiErrorKind::Unauthorized);
        verifyNoKeyIn(found.error, wrongKey);

        RemoteMember known;
        known.id = u"1001"_s;
        known.email = u"zoe@example.com"_s;
        MemberChanges changes;
        changes.firstName = u"Zoé"_s;
        const QList<ApiError> errors = {
            wait<RemoteMember>([&](auto done) {
                return beam->updateMember(known, changes, done);
            }).error,
            link(*beam, known).error,
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
        QVERIFY(exhaustRateLimit());
        auto beam = client();
        const Result<RemoteMember> created = create(*beam, zoe());
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QCOMPARE(answered(u"POST /users/create"_s, 429), 1);
        QCOMPARE(answered(u"POST /users/create"_s, 200), 1);
        QCOMPARE(storedMembers().size(), 1);
        QCOMPARE(storedMembers()[0][u"id"_s].toInteger(), created.value.id.toLongLong());
    }

    void rateLimited_createThatStaysRefusedIsNotLookedUp()
    {
        QVERIFY2(start({u"--rate-limit"_s, u"1"_s}), qPrintable(m_sandbox->error()));
        QVERIFY(exhaustRateLimit());
        auto beam = client();
        beam->session()->retryPolicy().maxRateLimitedAttempts = 1;
        const Result<RemoteMember> result = create(*beam, zoe());
        QCOMPARE(result.error.kind, ApiErrorKind::RateLimited);
        QCOMPARE(result.error.httpStatus, 429);
        QVERIFY(!result.error.outcomeUnknown);
        QVERIFY2(result.error.message.startsWith(u"Beam.gg says: Rate limit exceeded"_s),
                 qPrintable(result.error.message));
        QCOMPARE(answered(u"POST /users/retrieve"_s, 200), 0);
        QCOMPARE(answered(u"POST /users/retrieve"_s, 404), 1); // exhaustRateLimit()'s own
        QVERIFY(storedMembers().isEmpty());
    }

    void serverFailure_createLooksUpBeforeGivingUpAndNeverResends()
    {
        QVERIFY2(start({u"--rate-limit"_s, u"0"_s, u"--fail-rate"_s, u"1"_s}),
                 qPrintable(m_sandbox->error()));
        auto beam = client();
        const Result<RemoteMember> result = create(*beam, zoe());
        QCOMPARE(result.error.kind, ApiErrorKind::Server);
        QCOMPARE(result.error.httpStatus, 503);
        QVERIFY(result.error.outcomeUnknown);
        QCOMPARE(result.error.message,
                 u"Beam.gg says: Service temporarily unavailable (HTTP 503)"_s);
        QCOMPARE(answered(u"POST /users/create"_s, 503), 1);
        QVERIFY(answered(u"POST /users/retrieve"_s, 503) >= 1);
        QVERIFY(storedMembers().isEmpty());

        // And a look-up that cannot be answered is an error, not "no such member".
        const auto found = find(*beam, u"zoe@example.com"_s);
        QCOMPARE(found.error.kind, ApiErrorKind::Server);
    }

    void droppedAnswers_createIsLookedUpAndSentAgainOnlyIfItDidNotLand()
    {
        QVERIFY2(start({u"--rate-limit"_s, u"0"_s, u"--drop-rate"_s, u"0.4"_s}),
                 qPrintable(m_sandbox->error()));
        auto beam = client();
        QHash<QString, Result<RemoteMember>> results;
        // A create is looked up only when its answer was lost. Until one was found by that
        // look-up (it had landed: done) and one was not (it was sent again, with a fresh
        // password), each ending in success.
        bool foundAndDone = false;
        bool notFoundAndSentAgain = false;
        for (int i = 0; i < MaxDropRounds && !(foundAndDone && notFoundAndSentAgain); ++i) {
            const QString email = u"dropped-%1@example.com"_s.arg(i);
            const LookUps before = lookUps();
            const Result<RemoteMember> result = create(*beam, zoe(email));
            const LookUps after = lookUps();
            results.insert(email, result);
            foundAndDone = foundAndDone || (result.ok() && after.found > before.found);
            notFoundAndSentAgain =
                notFoundAndSentAgain || (result.ok() && after.notFound > before.notFound);
        }
        QVERIFY2(foundAndDone, "no create whose answer was lost was found by its look-up");
        QVERIFY2(notFoundAndSentAgain, "no create whose look-up found nothing was sent again");

        QHash<QString, QString> storedIds;
        for (const QJsonValue &member : storedMembers())
            storedIds.insert(member[u"email"_s].toString(),
                             QString::number(member[u"id"_s].toInteger()));
        for (auto it = results.cbegin(); it != results.cend(); ++it) {
            if (it->ok()) {
                QCOMPARE(it->value.id, storedIds.value(it.key()));
                QCOMPARE(it->value.email, it.key());
            } else {
                QVERIFY2(it->error.kind != ApiErrorKind::Conflict, qPrintable(it->error.message));
                if (storedIds.contains(it.key()))
                    QVERIFY2(it->error.outcomeUnknown, qPrintable(it->error.message));
            }
        }
        QCOMPARE(answered(u"POST /users/create"_s, 409), 0); // never sent again once it landed
    }

    void droppedAnswers_loginLinkIsAskedAgainWhileTheMemberIsThere()
    {
        QVERIFY2(start({u"--rate-limit"_s, u"0"_s, u"--drop-rate"_s, u"0.4"_s}),
                 qPrintable(m_sandbox->error()));
        auto beam = client();
        Result<RemoteMember> created =
            Result<RemoteMember>::failure(ApiError::make(ApiErrorKind::Network, u"not sent"_s));
        for (int i = 0; i < 20 && !created.ok(); ++i)
            created = create(*beam, zoe(u"zoe-%1@example.com"_s.arg(i)));
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        // After a lost answer the member is looked up, and the link asked again: until one link
        // came that way.
        bool askedAgain = false;
        for (int i = 0; i < MaxDropRounds && !askedAgain; ++i) {
            const LookUps before = lookUps();
            const Result<LoginLink> linked = link(*beam, created.value);
            if (linked.ok()) {
                QVERIFY(!QUrlQuery(linked.value.url).queryItemValue(u"token"_s).isEmpty());
                askedAgain = lookUps().found > before.found;
            } else {
                QVERIFY2(linked.error.outcomeUnknown, qPrintable(linked.error.message));
            }
        }
        QVERIFY2(askedAgain, "no link was asked again after a lost answer");
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
        auto beam = client();
        verifyCreateCancelledOnItsWay(*beam, zoe());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(answered(u"POST /users/retrieve"_s, 200), 0);
        QVERIFY(answered(u"POST /users/create"_s, 200) <= 1);
    }
};

QTEST_GUILESS_MAIN(TestBeamClient)
#include "tst_beam_client.moc"
