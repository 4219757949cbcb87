// ForwardClient against a real roster-sandbox: every operation, its failures, and the
// operations Forward lacks.
#include "api_session.h"
#include "api_task.h"
#include "forward_client.h"
#include "http_client.h"
#include "sandbox_process.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestForwardClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<PacerRegistry> m_pacers;

    std::unique_ptr<ForwardClient> client(const QByteArray &key, const QString &businessId = {})
    {
        auto *session = new ApiSession(m_network.get(), m_pacers->pacerFor(key, 1000, 16), key);
        auto forward =
            std::make_unique<ForwardClient>(session, m_sandbox->url(u"/forward"_s), businessId);
        session->setParent(forward.get());
        return forward;
    }

    std::unique_ptr<ForwardClient> client()
    {
        return client(m_sandbox->apiKey(), u"biz_sandbox"_s);
    }

    // Runs an operation to its end and answers its result.
    template <typename T, typename Start> Result<T> wait(Start start)
    {
        std::optional<Result<T>> result;
        ApiTask *task = start([&result](const Result<T> &r) { result = r; });
        QSignalSpy finished(task, &ApiTask::finished);
        if (!finished.wait(20000))
            qFatal("operation did not finish");
        return result.value_or(Result<T>::failure(ApiError::make(ApiErrorKind::None, {})));
    }

    Result<RemoteMember> create(ForwardClient &forward, const QString &email)
    {
        NewMember member;
        member.email = email;
        member.firstName = u"Zoë"_s;
        member.lastName = u"Müller"_s;
        return wait<RemoteMember>(
            [&](Done<RemoteMember> done) { return forward.createMember(member, done); });
    }

    qint64 requestCount() { return m_sandbox->stats()[u"total"_s].toInteger(); }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxProcess>(
            QStringList{u"--rate-limit"_s, u"0"_s, u"--members"_s, u"7"_s});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_pacers = std::make_unique<PacerRegistry>();
    }

    void cleanup()
    {
        m_pacers.reset();
        m_network.reset();
        m_sandbox.reset();
    }

    void create_thenFindByEmail()
    {
        auto forward = client();
        const Result<RemoteMember> created = create(*forward, u"Zoe@Example.com"_s);
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QVERIFY(created.value.id.startsWith(u"user_"_s));
        QCOMPARE(created.value.email, u"zoe@example.com"_s);
        QCOMPARE(created.value.name, u"Zoë Müller"_s);
        QCOMPARE(created.value.status, MemberStatus::Active);

        const auto found = wait<std::optional<RemoteMember>>(
            [&](auto done) { return forward->findByEmail(u"zoe@example.com"_s, done); });
        QVERIFY(found.ok());
        QVERIFY(found.value);
        QCOMPARE(found.value->id, created.value.id);

        const auto missing = wait<std::optional<RemoteMember>>(
            [&](auto done) { return forward->findByEmail(u"nobody@example.com"_s, done); });
        QVERIFY(missing.ok());
        QVERIFY(!missing.value);
    }

    void create_refusesADuplicateWithTheProvidersMessage()
    {
        auto forward = client();
        QVERIFY(create(*forward, u"zoe@example.com"_s).ok());
        const Result<RemoteMember> again = create(*forward, u"ZOE@example.com"_s);
        QCOMPARE(again.error.kind, ApiErrorKind::Conflict);
        QCOMPARE(again.error.httpStatus, 409);
        QVERIFY2(again.error.message.contains(u"already exists"_s),
                 qPrintable(again.error.message));
        QVERIFY(!again.error.outcomeUnknown);
    }

    void create_reportsTheFieldTheProviderNames()
    {
        auto forward = client();
        NewMember member;
        member.email = u"no-names@example.com"_s;
        const Result<RemoteMember> result = wait<RemoteMember>(
            [&](Done<RemoteMember> done) { return forward->createMember(member, done); });
        QCOMPARE(result.error.kind, ApiErrorKind::Validation);
        QVERIFY2(result.error.providerMessage.contains(u"first_name"_s),
                 qPrintable(result.error.message));
    }

    void listMembers_pagesThroughTheBusiness()
    {
        auto forward = client();
        const Result<QList<RemoteMember>> listed =
            wait<QList<RemoteMember>>([&](auto done) { return forward->listMembers(done); });
        QVERIFY2(listed.ok(), qPrintable(listed.error.message));
        QCOMPARE(listed.value.size(), 7);
        for (const RemoteMember &member : listed.value)
            QVERIFY(!member.id.isEmpty() && member.email.contains(u'@'));
    }

    void listMembers_withoutABusinessIsUnsupportedAndSendsNothing()
    {
        auto forward = client(m_sandbox->apiKey());
        QVERIFY(!forward->capabilities().supports(MemberOperation::List));
        const qint64 before = requestCount();
        const auto listed =
            wait<QList<RemoteMember>>([&](auto done) { return forward->listMembers(done); });
        QCOMPARE(listed.error.kind, ApiErrorKind::Unsupported);
        QVERIFY(listed.error.message.contains(u"business"_s));
        QCOMPARE(requestCount(), before);
    }

    void updateMember_changesNamesAndEmail()
    {
        auto forward = client();
        const RemoteMember member = create(*forward, u"zoe@example.com"_s).value;
        MemberChanges changes;
        changes.lastName = u"Müller-Lüdenscheidt"_s;
        changes.email = u"zoe.ml@example.com"_s;
        const Result<RemoteMember> updated = wait<RemoteMember>(
            [&](auto done) { return forward->updateMember(member, changes, done); });
        QVERIFY2(updated.ok(), qPrintable(updated.error.message));
        QCOMPARE(updated.value.lastName, u"Müller-Lüdenscheidt"_s);
        QCOMPARE(updated.value.firstName, u"Zoë"_s);
        QCOMPARE(updated.value.email, u"zoe.ml@example.com"_s);
    }

    void deactivateAndReactivate()
    {
        auto forward = client();
        const RemoteMember member = create(*forward, u"zoe@example.com"_s).value;
        const auto off =
            wait<RemoteMember>([&](auto done) { return forward->deactivate(member, done); });
        QVERIFY2(off.ok(), qPrintable(off.error.message));
        QCOMPARE(off.value.status, MemberStatus::Deactivated);
        const auto found = wait<std::optional<RemoteMember>>(
            [&](auto done) { return forward->findByEmail(member.email, done); });
        QCOMPARE(found.value->status, MemberStatus::Deactivated);

        const auto on =
            wait<RemoteMember>([&](auto done) { return forward->reactivate(member, done); });
        QVERIFY(on.ok());
        QCOMPARE(on.value.status, MemberStatus::Active);
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
        const auto off =
            wait<RemoteMember>([&](auto done) { return forward->deactivate(byEmail, done); });
        QVERIFY2(off.ok(), qPrintable(off.error.message));
        QVERIFY(off.value.id.startsWith(u"user_"_s));
        QCOMPARE(off.value.status, MemberStatus::Deactivated);
        QVERIFY(
            wait<RemoteMember>([&](auto done) { return forward->reactivate(byEmail, done); }).ok());
        const auto link =
            wait<LoginLink>([&](auto done) { return forward->loginLink(byEmail, done); });
        QVERIFY2(link.ok(), qPrintable(link.error.message));

        RemoteMember ghost;
        ghost.email = u"ghost@example.com"_s;
        const auto missing =
            wait<RemoteMember>([&](auto done) { return forward->deactivate(ghost, done); });
        QCOMPARE(missing.error.kind, ApiErrorKind::NotFound);
        QVERIFY2(missing.error.message.contains(u"ghost@example.com"_s),
                 qPrintable(missing.error.message));
    }

    void loginLink_isAOneTimeUrlThatOpensOnce()
    {
        auto forward = client();
        const RemoteMember member = create(*forward, u"zoe@example.com"_s).value;
        const Result<LoginLink> link =
            wait<LoginLink>([&](auto done) { return forward->loginLink(member, done); });
        QVERIFY2(link.ok(), qPrintable(link.error.message));
        QCOMPARE(link.value.kind, LoginLink::Kind::OneTime);
        QVERIFY(link.value.url.toString().startsWith(m_sandbox->baseUrl()));
        HttpClient http;
        QCOMPARE(http.get(link.value.url).status, 200);
        QCOMPARE(http.get(link.value.url).status, 410);
    }

    void loginLink_forAnInactiveMemberIsForbidden()
    {
        auto forward = client();
        const RemoteMember member = create(*forward, u"zoe@example.com"_s).value;
        QVERIFY(
            wait<RemoteMember>([&](auto done) { return forward->deactivate(member, done); }).ok());
        const auto link =
            wait<LoginLink>([&](auto done) { return forward->loginLink(member, done); });
        QCOMPARE(link.error.kind, ApiErrorKind::Forbidden);
        QVERIFY2(link.error.message.contains(u"not active"_s), qPrintable(link.error.message));
    }

    void unknownMember_isNotFound()
    {
        auto forward = client();
        RemoteMember ghost;
        ghost.id = u"user_ghost"_s;
        ghost.email = u"ghost@example.com"_s;
        QCOMPARE(wait<RemoteMember>([&](auto done) {
                     return forward->deactivate(ghost, done);
                 }).error.kind,
                 ApiErrorKind::NotFound);
        QCOMPARE(
            wait<LoginLink>([&](auto done) { return forward->loginLink(ghost, done); }).error.kind,
            ApiErrorKind::NotFound);
    }

    void wrongKey_isUnauthorizedAndTheKeyIsNeverInTheMessage()
    {
        const QByteArray wrongKey = "wrong-key-that-must-not-leak";
        auto forward = client(wrongKey, u"biz_sandbox"_s);
        const Result<RemoteMember> result = create(*forward, u"zoe@example.com"_s);
        QCOMPARE(result.error.kind, ApiErrorKind::Unauthorized);
        QVERIFY(result.error.message.contains(u"Invalid API key"_s));
        QVERIFY(!result.error.message.contains(QString::fromLatin1(wrongKey)));
    }

    void rolesAndGroups_areUnsupportedWithoutARequest()
    {
        auto forward = client();
        const qint64 before = requestCount();
        const auto roles =
            wait<QList<NamedRef>>([&](auto done) { return forward->listRoles(done); });
        QCOMPARE(roles.error.kind, ApiErrorKind::Unsupported);
        QVERIFY(roles.error.message.contains(u"no roles"_s));
        QCOMPARE(requestCount(), before);
    }

    void droppedConnections_neverDuplicateOrLoseACreate()
    {
        m_sandbox = std::make_unique<SandboxProcess>(
            QStringList{u"--rate-limit"_s, u"0"_s, u"--drop-rate"_s, u"0.4"_s});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
        auto forward = client();
        QHash<QString, Result<RemoteMember>> results;
        for (int i = 0; i < 30; ++i) {
            const QString email = u"dropped-%1@example.com"_s.arg(i);
            results.insert(email, create(*forward, email));
        }
        QHash<QString, QString> idsInState;
        const QJsonArray members = m_sandbox->state(u"forward"_s)[u"members"_s].toArray();
        for (const QJsonValue &member : members)
            idsInState.insert(member[u"email"_s].toString(), member[u"id"_s].toString());
        int landed = 0;
        for (auto it = results.cbegin(); it != results.cend(); ++it) {
            if (it->ok()) {
                ++landed;
                QCOMPARE(idsInState.value(it.key()), it->value.id);
            } else if (idsInState.contains(it.key())) {
                // It landed, but every look afterwards was lost too: the caller is told so.
                QVERIFY2(it->error.outcomeUnknown, qPrintable(it->error.message));
            }
            QVERIFY2(it->error.kind != ApiErrorKind::Conflict, qPrintable(it->error.message));
        }
        QVERIFY(landed > 0);
        QVERIFY(m_sandbox->stats()[u"droppedConnections"_s][u"forward"_s].toInt() > 0);
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
