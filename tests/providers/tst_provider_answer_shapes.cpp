// Each client fed every answer NOTES.md calls plausible, through a network manager that answers
// from a script (the sandbox gives one shape per answer; the live services may give another):
// objects or lists, envelopes, ids as numbers, roles as names, 404 for "not found", writes that
// answer {userID}, {success} or nothing, "already active", Forward's argument_errors and paging
// from 0 or from 1, and lost answers at exact points. What each client does with an answer it
// cannot read is checked too: an error naming the endpoint, never a wrong action.
#include "api_session.h"
#include "api_task.h"
#include "beam_client.h"
#include "forward_client.h"
#include "heartbeat_client.h"
#include "http_trace.h"
#include "recorded_network.h"
#include "test_client.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Answer = RecordedNetwork::Answer;
using Request = RecordedNetwork::Request;

namespace {
const QByteArray Key = "sk_live_test_0123456789";

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
QByteArray json(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// A Heartbeat user object in the live shape (NOTES.md's example).
QJsonObject heartbeatUser(const QString &email, const QJsonValue &id = u"0fed0eb0-9dc6"_s)
{
    return QJsonObject{
        {u"id"_s, id},
        {u"email"_s, email},
        {u"name"_s, u"Jane Doe"_s},
        {u"firstName"_s, u"Jane"_s},
        {u"lastName"_s, u"Doe"_s},
        {u"bio"_s, u""_s},
        {u"createdAt"_s, u"2026-10-06T12:09:26.682Z"_s},
        {u"lastLogin"_s, QJsonValue::Null},
        {u"role"_s, u"User"_s},
        {u"isAdmin"_s, false},
        {u"groups"_s, QJsonArray{QJsonObject{{u"name"_s, u"User"_s}, {u"id"_s, u"e611cac5"_s}}}},
        {u"avatar"_s, u"https://cdn.example/placeholder-image-2.jpg"_s},
        {u"linkedInSummary"_s, u""_s},
        {u"linkedInData"_s, QJsonValue::Null},
        {u"socialLinks"_s, QJsonObject{}},
        {u"onboardingResponses"_s, QJsonArray{}}};
}

QJsonObject forwardUser(const QString &email, const QJsonValue &id = u"user_1"_s,
                        const QString &status = u"ACTIVE"_s)
{
    return QJsonObject{{u"id"_s, id},
                       {u"type"_s, u"BUSINESS"_s},
                       {u"first_name"_s, u"Jo"_s},
                       {u"last_name"_s, u"Ng"_s},
                       {u"email"_s, email},
                       {u"status"_s, status}};
}

// Moc reads "//" inside a raw string as a comment: URLs are built, never written raw.
QByteArray linkAnswer(const QString &id, const QString &url)
{
    return json(QJsonObject{{u"id"_s, id}, {u"login_url"_s, url}});
}

QJsonObject page(const QJsonArray &data, int number, int size, qint64 total)
{
    return QJsonObject{
        {u"data"_s, data},
        {u"meta"_s,
         QJsonObject{{u"page"_s, number}, {u"size"_s, size}, {u"total_count"_s, total}}}};
}

// `count` Forward users from `first` on.
QJsonArray forwardUsers(int first, int count)
{
    QJsonArray users;
    for (int i = first; i < first + count; ++i)
        users.append(forwardUser(u"user%1@example.com"_s.arg(i), u"user_%1"_s.arg(i)));
    return users;
}
} // namespace

class TestProviderAnswerShapes : public QObject
{
    Q_OBJECT

    std::unique_ptr<RecordedNetwork> m_network;
    std::unique_ptr<PacerRegistry> m_pacers;
    QString m_trace;

    template <typename Client, typename... Args> std::unique_ptr<Client> make(Args &&...args)
    {
        return TestClient::make<Client>(m_network.get(), *m_pacers, Key, TestClient::AtOnce,
                                        std::forward<Args>(args)...);
    }
    std::unique_ptr<HeartbeatClient> heartbeat()
    {
        return make<HeartbeatClient>(recordedBase(u"/v0"_s),
                                     QUrl(u"https://acme.heartbeat.chat"_s));
    }
    std::unique_ptr<ForwardClient> forward(const QString &base = u"/forward"_s)
    {
        return make<ForwardClient>(recordedBase(base), u"biz_1"_s);
    }
    std::unique_ptr<BeamClient> beam() { return make<BeamClient>(recordedBase(u""_s)); }

    void answer(RecordedNetwork::Script script) { m_network->setScript(std::move(script)); }

    template <typename T, typename Start> Result<T> wait(Start start)
    {
        return TestClient::wait<T>(start, 10000);
    }
    template <typename Client>
    Result<std::optional<RemoteMember>> find(Client &client, const QString &email)
    {
        return wait<std::optional<RemoteMember>>(
            [&](auto done) { return client.findByEmail(email, done); });
    }
    template <typename Client> Result<MemberListing> list(Client &client)
    {
        return wait<MemberListing>([&](auto done) { return client.listMembers(done); });
    }
    template <typename Client> Result<RemoteMember> create(Client &client, const NewMember &m)
    {
        return wait<RemoteMember>([&](auto done) { return client.createMember(m, done); });
    }
    static NewMember jane()
    {
        NewMember member;
        member.email = u"jane@example.com"_s;
        member.name = u"Jane Doe"_s;
        member.firstName = u"Jane"_s;
        member.lastName = u"Doe"_s;
        member.roleId = u"role_1"_s;
        return member;
    }
    static RemoteMember address(const QString &email, const QString &id = {})
    {
        RemoteMember member;
        member.email = email;
        member.id = id;
        member.firstName = u"Jo"_s;
        member.lastName = u"Ng"_s;
        return member;
    }

private Q_SLOTS:
    void init()
    {
        m_network = std::make_unique<RecordedNetwork>([](const Request &) { return Answer(); });
        m_pacers = std::make_unique<PacerRegistry>();
    }
    void cleanup()
    {
        m_pacers.reset();
        m_network.reset();
    }

    // ---- Heartbeat ----

    void heartbeatFind_readsOneUserObjectInTheLiveShape()
    {
        answer([](const Request &) {
            return Answer::json(200, json(heartbeatUser(u"Jane@Example.com"_s)));
        });
        auto client = heartbeat();
        const auto found = find(*client, u"jane@example.com"_s);
        QVERIFY2(found.ok(), qPrintable(found.error.message));
        QVERIFY(found.value);
        QCOMPARE(found.value->id, u"0fed0eb0-9dc6"_s);
        QCOMPARE(found.value->email, u"jane@example.com"_s);
        QCOMPARE(found.value->role, (NamedRef{{}, u"User"_s})); // a name, not an object
        QCOMPARE(found.value->groups, (QList<NamedRef>{{u"e611cac5"_s, u"User"_s}}));
        QCOMPARE(found.value->status, MemberStatus::Unknown); // Heartbeat tells no state
        QVERIFY(found.value->neverSignedIn);                  // lastLogin: null
        QCOMPARE(found.value->createdAt,
                 QDateTime(QDate(2026, 10, 6), QTime(12, 9, 26, 682), Qt::UTC));
        QCOMPARE(m_network->requests().first().query(u"email"_s), u"jane@example.com"_s);
    }

    void heartbeatFind_readsAListAndTakesOnlyTheSameAddress()
    {
        answer([](const Request &) {
            return Answer::json(200, json(QJsonArray{heartbeatUser(u"janet@example.com"_s, 1),
                                                     heartbeatUser(u"JANE@example.com"_s, 42)}));
        });
        auto client = heartbeat();
        const auto found = find(*client, u"jane@example.com"_s);
        QVERIFY2(found.ok(), qPrintable(found.error.message));
        QVERIFY(found.value);
        QCOMPARE(found.value->id, u"42"_s); // a numeric id, as text
    }

    void heartbeatFind_anotherAddressIsNotTheMember()
    {
        answer([](const Request &) {
            return Answer::json(200, json(heartbeatUser(u"someone.else@example.com"_s)));
        });
        auto client = heartbeat();
        const auto found = find(*client, u"jane@example.com"_s);
        QVERIFY2(found.ok(), qPrintable(found.error.message));
        QVERIFY(!found.value);
    }

    void heartbeatFind_404IsNotFound_butNotAnHtmlPage()
    {
        answer([](const Request &) {
            return Answer::json(404, R"({"error":true,"message":"Could not find user"})");
        });
        auto client = heartbeat();
        const auto missing = find(*client, u"jane@example.com"_s);
        QVERIFY2(missing.ok(), qPrintable(missing.error.message));
        QVERIFY(!missing.value);

        // A wrong base URL answers 404 too, with a page or a message about the path: that is
        // no proof of "no member".
        for (const QByteArray &wrong :
             {QByteArray("<html><body>Cannot GET /v0/find/users</body></html>"),
              QByteArray(R"({"error":"Not Found","message":"Cannot GET /find/users"})"),
              QByteArray(R"({"error":"Not Found"})"), QByteArray()}) {
            answer([wrong](const Request &) { return Answer::json(404, wrong); });
            const auto wrongAddress = find(*client, u"jane@example.com"_s);
            QVERIFY2(wrongAddress.error.kind == ApiErrorKind::NotFound, wrong.constData());
        }
    }

    void heartbeatFind_anUnreadableAnswerNamesTheEndpointAndWhatCame()
    {
        answer([](const Request &) {
            return Answer::json(200, "Service temporarily unavailable; key was " + Key);
        });
        auto client = heartbeat();
        const auto found = find(*client, u"jane@example.com"_s);
        QCOMPARE(found.error.kind, ApiErrorKind::BadResponse);
        const QString message = found.error.message;
        QVERIFY2(message.contains(u"GET"_s) && message.contains(u"/v0/find/users"_s),
                 qPrintable(message));
        QVERIFY2(message.contains(u"Service temporarily unavailable"_s), qPrintable(message));
        QVERIFY2(!message.contains(QString::fromLatin1(Key)), qPrintable(message));

        // A user without an email is unreadable too, never "not found".
        QJsonObject noEmail = heartbeatUser(u"jane@example.com"_s);
        noEmail.remove(u"email"_s);
        answer([noEmail](const Request &) { return Answer::json(200, json(noEmail)); });
        QCOMPARE(find(*client, u"jane@example.com"_s).error.kind, ApiErrorKind::BadResponse);
    }

    void heartbeatFind_roleAsAnObjectAndGroupsAsIds()
    {
        QJsonObject user = heartbeatUser(u"jane@example.com"_s);
        user[u"role"_s] = QJsonObject{{u"id"_s, 7}, {u"name"_s, u"Admin"_s}};
        user[u"groups"_s] = QJsonArray{u"g1"_s, 2};
        user[u"lastLogin"_s] = u"2026-11-01T08:00:00Z"_s;
        answer([user](const Request &) { return Answer::json(200, json(user)); });
        auto client = heartbeat();
        const auto found = find(*client, u"jane@example.com"_s);
        QVERIFY2(found.ok() && found.value, qPrintable(found.error.message));
        QCOMPARE(found.value->role, (NamedRef{u"7"_s, u"Admin"_s}));
        QCOMPARE(found.value->groups, (QList<NamedRef>{{u"g1"_s, {}}, {u"2"_s, {}}}));
        QVERIFY(!found.value->neverSignedIn);
        QCOMPARE(found.value->lastSignIn, QDateTime(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC));
    }

    void heartbeatCreate_readsEveryWriteAnswer_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("idInAnswer");
        QTest::newRow("userID (live)") << 200 << QByteArray(R"({"userID":"u-123"})") << true;
        QTest::newRow("success only") << 200 << QByteArray(R"({"success":true})") << false;
        QTest::newRow("empty body") << 200 << QByteArray() << false;
        QTest::newRow("204") << 204 << QByteArray() << false;
    }

    void heartbeatCreate_readsEveryWriteAnswer()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, idInAnswer);
        answer([status, body](const Request &request) {
            if (request.method == "PUT")
                return Answer::json(status, body);
            return Answer::json(200, json(heartbeatUser(u"jane@example.com"_s, u"u-123"_s)));
        });
        auto client = heartbeat();
        // Without a read-back the id comes from the answer, or stays unknown.
        NewMember member = jane();
        member.readBack = false;
        const auto quick = create(*client, member);
        QVERIFY2(quick.ok(), qPrintable(quick.error.message));
        QCOMPARE(quick.value.id, idInAnswer ? u"u-123"_s : QString());
        QCOMPARE(quick.value.status, MemberStatus::Active);
        QCOMPARE(m_network->count(u"GET /v0/find/users"_s), 0);

        // With it, the member as Heartbeat has it, in the state the create set.
        const auto read = create(*client, jane());
        QVERIFY2(read.ok(), qPrintable(read.error.message));
        QCOMPARE(read.value.id, u"u-123"_s);
        QCOMPARE(read.value.status, MemberStatus::Active);
        QCOMPARE(m_network->count(u"PUT /v0/users"_s), 2);
        QCOMPARE(m_network->count(u"GET /v0/find/users"_s), 1);
    }

    void heartbeatWrite_successFalseIsAFailure()
    {
        answer([](const Request &) {
            return Answer::json(200, R"({"success":false,"message":"roleID is not valid"})");
        });
        auto client = heartbeat();
        const auto created = create(*client, jane());
        QCOMPARE(created.error.kind, ApiErrorKind::Validation);
        QVERIFY2(created.error.message.contains(u"roleID is not valid"_s),
                 qPrintable(created.error.message));
        QCOMPARE(m_network->count(u"PUT /v0/users"_s), 1);
    }

    void heartbeatReactivate_alreadyActiveIsTheStateWanted()
    {
        answer([](const Request &request) {
            if (request.endpoint() == u"POST /v0/users/reactivate"_s)
                return Answer::json(
                    400, R"({"code":"VALIDATION_ERROR","message":"This user is already active"})");
            return Answer::json(200, json(heartbeatUser(u"jane@example.com"_s)));
        });
        auto client = heartbeat();
        const auto result = wait<RemoteMember>(
            [&](auto done) { return client->reactivate(address(u"jane@example.com"_s), done); });
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.status, MemberStatus::Active);
        QCOMPARE(result.note, u"already active"_s);

        // Any other refusal stays a failure.
        answer([](const Request &) {
            return Answer::json(400, R"({"code":"VALIDATION_ERROR","message":"email is invalid"})");
        });
        const auto refused = wait<RemoteMember>(
            [&](auto done) { return client->reactivate(address(u"jane@example.com"_s), done); });
        QCOMPARE(refused.error.kind, ApiErrorKind::Validation);
        QVERIFY(refused.error.message.contains(u"email is invalid"_s));
    }

    void heartbeatList_isCompleteOnlyWhenEveryEntryIsRead()
    {
        auto client = heartbeat();
        answer([](const Request &) {
            return Answer::json(200, json(QJsonArray{heartbeatUser(u"a@example.com"_s, u"1"_s),
                                                     heartbeatUser(u"b@example.com"_s, u"2"_s)}));
        });
        const auto whole = list(*client);
        QVERIFY2(whole.ok(), qPrintable(whole.error.message));
        QCOMPARE(whole.value.members.size(), 2);
        QVERIFY(whole.value.complete);

        QJsonObject broken = heartbeatUser(u"c@example.com"_s, u"3"_s);
        broken.remove(u"id"_s);
        answer([broken](const Request &) {
            return Answer::json(200, json(QJsonArray{heartbeatUser(u"a@example.com"_s), broken}));
        });
        const auto partial = list(*client);
        QVERIFY2(partial.ok(), qPrintable(partial.error.message));
        QCOMPARE(partial.value.members.size(), 1);
        QVERIFY(!partial.value.complete);
        QVERIFY2(partial.value.whyIncomplete.contains(u"no id or email"_s),
                 qPrintable(partial.value.whyIncomplete));

        // One page of a longer list, in an envelope.
        answer([](const Request &) {
            return Answer::json(
                200, json(page(QJsonArray{heartbeatUser(u"a@example.com"_s)}, 0, 1, 40)));
        });
        const auto paged = list(*client);
        QVERIFY2(paged.ok(), qPrintable(paged.error.message));
        QVERIFY(!paged.value.complete);

        answer([](const Request &) { return Answer::json(200, R"({"message":"ok"})"); });
        QCOMPARE(list(*client).error.kind, ApiErrorKind::BadResponse);
    }

    void heartbeatCreate_lostAnswersAreLookedUpAndResentAtMostThreeTimes()
    {
        // The create landed: one look-up finds the member, nothing is sent again.
        bool landed = false;
        answer([&landed](const Request &request) {
            if (request.method == "PUT") {
                landed = true;
                return Answer::lostAnswer();
            }
            return landed ? Answer::json(200, json(heartbeatUser(u"jane@example.com"_s)))
                          : Answer::json(404, R"({"error":true,"message":"Could not find user"})");
        });
        auto client = heartbeat();
        const auto found = create(*client, jane());
        QVERIFY2(found.ok(), qPrintable(found.error.message));
        QCOMPARE(found.value.status, MemberStatus::Active);
        QCOMPARE(m_network->count(u"PUT /v0/users"_s), 1);
        QCOMPARE(m_network->count(u"GET /v0/find/users"_s), 1);

        // It never lands and no answer ever comes: the most a create is ever sent.
        init();
        answer([](const Request &request) {
            return request.method == "PUT"
                       ? Answer::lostAnswer()
                       : Answer::json(404, R"({"error":true,"message":"Could not find user"})");
        });
        auto again = heartbeat();
        const auto failed = create(*again, jane());
        QVERIFY(failed.error.outcomeUnknown);
        QCOMPARE(m_network->count(u"PUT /v0/users"_s), MemberClient::MaxWriteSends);
        // A look-up before each resend, and one after the last send to settle the outcome.
        QCOMPARE(m_network->count(u"GET /v0/find/users"_s), MemberClient::MaxWriteSends);
    }

    void heartbeatProfile_everyFieldIsSentAndReadBack()
    {
        QJsonObject user = heartbeatUser(u"jane@example.com"_s, u"u-1"_s);
        user[u"avatar"_s] = u"https://cdn.example/a/u-1.png"_s;
        user[u"isAdmin"_s] = true;
        user[u"socialLinks"_s] =
            QJsonObject{{u"linkedIn"_s, u"https://www.linkedin.com/in/jane"_s}};
        answer([user](const Request &request) {
            if (request.method == "GET")
                return Answer::json(200, json(user));
            return Answer::json(200, R"({"userID":"u-1"})");
        });
        auto client = heartbeat();
        NewMember member = jane();
        member.bio = u"Hello"_s;
        member.statusLine = u"Mentoring"_s;
        member.linkedin = u"https://www.linkedin.com/in/jane"_s;
        member.twitter = u"https://x.com/jane"_s;
        member.picture = u"data:image/png;base64,iVBORw0KGgo="_s;
        member.introduce = true;
        const auto created = create(*client, member);
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        const QJsonObject body =
            QJsonDocument::fromJson(m_network->requests().first().body).object();
        QCOMPARE(body[u"status"_s].toString(), u"Mentoring"_s);
        QCOMPARE(body[u"linkedin"_s].toString(), u"https://www.linkedin.com/in/jane"_s);
        QCOMPARE(body[u"twitter"_s].toString(), u"https://x.com/jane"_s);
        QVERIFY(!body.contains(u"instagram"_s)); // nothing empty is sent
        QCOMPARE(body[u"profilePicture"_s].toString(), member.picture);
        QCOMPARE(body[u"createIntroductionThread"_s].toBool(), true);
        // Read back: the avatar and the admin flag as Heartbeat tells them; the status line and
        // links as the create sent them (Heartbeat's socialLinks may not show them yet).
        QCOMPARE(created.value.avatarUrl, u"https://cdn.example/a/u-1.png"_s);
        QVERIFY(created.value.isAdmin);
        QCOMPARE(created.value.linkedin, u"https://www.linkedin.com/in/jane"_s);
        QCOMPARE(created.value.twitter, u"https://x.com/jane"_s);
        QCOMPARE(created.value.statusLine, u"Mentoring"_s);
        QCOMPARE(created.value.instagram, QString()); // socialLinks tells it is not set

        // No introduction thread without a bio.
        init();
        answer([](const Request &) { return Answer::json(200, R"({"userID":"u-2"})"); });
        auto again = heartbeat();
        NewMember quiet = jane();
        quiet.introduce = true;
        quiet.readBack = false;
        QVERIFY(create(*again, quiet).ok());
        QVERIFY(!QJsonDocument::fromJson(m_network->requests().first().body)
                     .object()
                     .contains(u"createIntroductionThread"_s));
    }

    void heartbeatPendingCreate_sendsWhatPendingUserDoesNotTakeInAnUpdate()
    {
        answer([](const Request &request) {
            if (request.endpoint() == u"PUT /v0/pendingUser"_s)
                return Answer::json(200, R"({"success":true})");
            return Answer::json(200, R"({"success":true})");
        });
        auto client = heartbeat();
        NewMember member = jane();
        member.pending = true;
        member.readBack = false;
        member.statusLine = u"New here"_s;
        member.instagram = u"https://instagram.com/jane"_s;
        const auto created = create(*client, member);
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QCOMPARE(created.value.status, MemberStatus::Pending);
        QCOMPARE(m_network->requests().size(), 2);
        const QJsonObject pending =
            QJsonDocument::fromJson(m_network->requests().at(0).body).object();
        QVERIFY(!pending.contains(u"status"_s) && !pending.contains(u"instagram"_s));
        const Request &update = m_network->requests().at(1);
        QCOMPARE(update.endpoint(), u"POST /v0/users"_s);
        const QJsonObject body = QJsonDocument::fromJson(update.body).object();
        QCOMPARE(body[u"status"_s].toString(), u"New here"_s);
        QCOMPARE(body[u"instagram"_s].toString(), u"https://instagram.com/jane"_s);
    }

    void heartbeatUpdate_clearsWithAnEmptyStringAndChangesGroupsByMembership()
    {
        QSet<QString> inGroup;
        answer([&inGroup](const Request &request) {
            if (request.endpoint() == u"PUT /v0/groups/g-7/memberships"_s) {
                for (const QJsonValue &email :
                     QJsonDocument::fromJson(request.body)[u"emails"_s].toArray())
                    inGroup.insert(email.toString());
                return Answer::json(200, R"({"success":true})");
            }
            if (request.endpoint() == u"GET /v0/groups/g-7"_s) {
                QJsonArray users;
                for (const QString &email : std::as_const(inGroup))
                    users.append(QJsonObject{{u"id"_s, u"x"_s}, {u"email"_s, email}});
                return Answer::json(200,
                                    json(QJsonObject{{u"id"_s, u"g-7"_s}, {u"users"_s, users}}));
            }
            if (request.method == "GET")
                return Answer::json(200, json(heartbeatUser(u"jane@example.com"_s)));
            return Answer::json(200, R"({"success":true})");
        });
        auto client = heartbeat();
        MemberChanges changes;
        changes.bio = QString(); // clear
        changes.statusLine = u"Back soon"_s;
        changes.addGroupIds = {u"g-7"_s};
        RemoteMember member = address(u"jane@example.com"_s, u"u-1"_s);
        member.status = MemberStatus::Active;
        const auto updated = wait<RemoteMember>(
            [&](auto done) { return client->updateMember(member, changes, done); });
        QVERIFY2(updated.ok(), qPrintable(updated.error.message));
        QCOMPARE(updated.value.statusLine, u"Back soon"_s);
        QCOMPARE(updated.value.bio, QString());
        const QJsonObject body =
            QJsonDocument::fromJson(m_network->requests().first().body).object();
        QCOMPARE(body, (QJsonObject{{u"email"_s, u"jane@example.com"_s},
                                    {u"bio"_s, u""_s},
                                    {u"status"_s, u"Back soon"_s}}));
        QCOMPARE(m_network->count(u"PUT /v0/groups/g-7/memberships"_s), 1);
        QCOMPARE(m_network->count(u"GET /v0/groups/g-7"_s), 1);
        QCOMPARE(m_network->count(u"POST /v0/users"_s), 1);
    }

    void heartbeatAddToGroup_reportsWhomHeartbeatSkipped()
    {
        // Heartbeat skips an address that is no member without a word (live).
        const QStringList members = {u"a@example.com"_s, u"b@example.com"_s};
        answer([members](const Request &request) {
            if (request.method == "PUT")
                return Answer::json(200, R"({"success":true})");
            QJsonArray users;
            for (const QString &email : members)
                users.append(QJsonObject{{u"email"_s, email}});
            return Answer::json(200, json(QJsonObject{{u"users"_s, users}}));
        });
        auto client = heartbeat();
        QStringList emails;
        for (int i = 0; i < 150; ++i)
            emails << u"x%1@example.com"_s.arg(i);
        emails << members;
        const auto result = wait<QStringList>(
            [&](auto done) { return client->addToGroup(u"g-1"_s, emails, done); });
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.value.size(), 150);
        QVERIFY(!result.value.contains(u"a@example.com"_s));
        // A hundred addresses a request, then one read of the group.
        QCOMPARE(m_network->count(u"PUT /v0/groups/g-1/memberships"_s), 2);
        QCOMPARE(m_network->count(u"GET /v0/groups/g-1"_s), 1);
        const QJsonObject first =
            QJsonDocument::fromJson(m_network->requests().first().body).object();
        QCOMPARE(first[u"emails"_s].toArray().size(), HeartbeatClient::MembershipBatch);
        QCOMPARE(first[u"shouldRemoveFromSiblingGroups"_s].toBool(true), false);

        auto forwardClient = forward();
        const auto unsupported = wait<QStringList>(
            [&](auto done) { return forwardClient->addToGroup(u"g-1"_s, emails, done); });
        QCOMPARE(unsupported.error.kind, ApiErrorKind::Unsupported);
    }

    void heartbeatGroupChange_keepsNothingOnceDone()
    {
        // Found by tests/fuzz/fuzz_provider_answers: the step sending the batches held itself,
        // so every group change kept its callback, and what that held, for good.
        answer([](const Request &request) {
            if (request.method == "PUT")
                return Answer::json(200, R"({"success":true})");
            return Answer::json(200, R"({"users":[{"email":"a@example.com"}]})");
        });
        auto client = heartbeat();
        auto held = std::make_shared<int>(0);
        const std::weak_ptr<int> watched = held;
        const auto result = wait<QStringList>([&](auto done) {
            return client->addToGroup(
                u"g-1"_s, {u"a@example.com"_s},
                [done, held = std::move(held)](const Result<QStringList> &r) { done(r); });
        });
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(watched.expired());
    }

    void aFieldTheProviderCannotEditIsRefusedUnsent()
    {
        auto client = forward();
        MemberChanges changes;
        changes.statusLine = u"Hi"_s;
        const auto refused = wait<RemoteMember>([&](auto done) {
            return client->updateMember(address(u"jo@example.com"_s, u"user_5"_s), changes, done);
        });
        QCOMPARE(refused.error.kind, ApiErrorKind::Unsupported);
        QVERIFY2(refused.error.message.contains(u"status"_s), qPrintable(refused.error.message));
        QVERIFY(m_network->requests().isEmpty());
    }

    // ---- Forward ----

    void forwardLookup_asksForBusinessUsersAndTakesOnlyTheSameAddress_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QJsonArray users{forwardUser(u"jane.doe@example.com"_s, u"user_9"_s),
                               forwardUser(u"Jane@Example.com"_s, 77)};
        QTest::newRow("{data, meta} (live)") << json(page(users, 0, 20, 2));
        QTest::newRow("{data, total}") << json(QJsonObject{{u"data"_s, users}, {u"total"_s, 2}});
        QTest::newRow("a bare array") << json(users);
    }

    void forwardLookup_asksForBusinessUsersAndTakesOnlyTheSameAddress()
    {
        QFETCH(QByteArray, body);
        answer([body](const Request &) { return Answer::json(200, body); });
        auto client = forward();
        const auto found = find(*client, u"jane@example.com"_s);
        QVERIFY2(found.ok(), qPrintable(found.error.message));
        QVERIFY(found.value);
        QCOMPARE(found.value->id, u"77"_s);
        const Request &sent = m_network->requests().first();
        QCOMPARE(sent.query(u"type"_s), u"BUSINESS"_s);
        QCOMPARE(sent.query(u"email"_s), u"jane@example.com"_s);
        QCOMPARE(sent.query(u"business_id"_s), u"biz_1"_s);
        QCOMPARE(QString::fromLatin1(sent.header("x-api-key")), QString::fromLatin1(Key));
    }

    void forwardList_pagesUntilTheCountIsRead_data()
    {
        QTest::addColumn<int>("firstPage");
        QTest::addColumn<bool>("refusesPageZero");
        QTest::newRow("pages from 0") << 0 << false;
        QTest::newRow("pages from 1, page 0 read as 1") << 1 << false;
        QTest::newRow("pages from 1, page 0 refused") << 1 << true;
    }

    void forwardList_pagesUntilTheCountIsRead()
    {
        QFETCH(int, firstPage);
        QFETCH(bool, refusesPageZero);
        constexpr int Total = 7;
        constexpr int Size = 3; // the server's maximum, below what the client asks
        answer([=](const Request &request) {
            int asked = request.query(u"page"_s).toInt();
            if (asked < firstPage) {
                if (refusesPageZero)
                    return Answer::json(400, R"({"type":"INVALID_REQUEST","code":"invalid",)"
                                             R"("argument_errors":{"page":"must be at least 1"},)"
                                             R"("message":"Invalid request"})");
                asked = firstPage;
            }
            const int index = asked - firstPage;
            const int from = index * Size;
            return Answer::json(200,
                                json(page(forwardUsers(from, std::clamp(Total - from, 0, Size)),
                                          asked, Size, Total)));
        });
        auto client = forward();
        const auto listed = list(*client);
        QVERIFY2(listed.ok(), qPrintable(listed.error.message));
        QVERIFY2(listed.value.complete, qPrintable(listed.value.whyIncomplete));
        QCOMPARE(listed.value.members.size(), Total);
        QSet<QString> ids;
        for (const RemoteMember &member : listed.value.members)
            ids.insert(member.id);
        QCOMPARE(ids.size(), Total);
        for (const Request &request : m_network->requests())
            QCOMPARE(request.query(u"type"_s), u"BUSINESS"_s);
    }

    void forwardList_isIncompleteWhenItCannotBeProven_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::addColumn<QString>("why");
        QTest::newRow("no count") << u"bare"_s << u"no count"_s;
        QTest::newRow("count not reached") << u"short"_s << u"ended after"_s;
        QTest::newRow("a page repeated") << u"repeat"_s << u"listed already"_s;
        QTest::newRow("another page answered") << u"stuck"_s << u"when asked for page"_s;
    }

    void forwardList_isIncompleteWhenItCannotBeProven()
    {
        QFETCH(QString, shape);
        QFETCH(QString, why);
        answer([shape](const Request &request) {
            const int asked = request.query(u"page"_s).toInt();
            if (shape == u"bare")
                return Answer::json(200, json(forwardUsers(asked * 2, asked < 2 ? 2 : 1)));
            if (shape == u"short")
                return Answer::json(
                    200, json(page(asked == 0 ? forwardUsers(0, 3) : QJsonArray(), asked, 3, 9)));
            if (shape == u"repeat")
                return Answer::json(200, json(page(forwardUsers(0, 3), asked, 3, 9)));
            return Answer::json(200, json(page(forwardUsers(asked * 3, 3), 0, 3, 9)));
        });
        auto client = forward();
        const auto listed = list(*client);
        QVERIFY2(listed.ok(), qPrintable(listed.error.message));
        QVERIFY(!listed.value.complete);
        QVERIFY2(listed.value.whyIncomplete.contains(why), qPrintable(listed.value.whyIncomplete));
        QVERIFY(m_network->requests().size() <= 5);
    }

    void forwardList_aPageThatFailsFailsTheListing()
    {
        answer([](const Request &request) {
            return request.query(u"page"_s) == u"0"_s
                       ? Answer::json(200, json(page(forwardUsers(0, 3), 0, 3, 9)))
                       : Answer::json(500, R"({"message":"boom"})");
        });
        auto client = forward();
        const auto listed = list(*client);
        QCOMPARE(listed.error.kind, ApiErrorKind::Server);
    }

    void forwardCreate_aLostAnswerIsResentWithTheSameKeyAndNoLookUp()
    {
        int sends = 0;
        answer([&sends](const Request &request) {
            if (request.method == "POST" && ++sends == 1)
                return Answer::lostAnswer();
            return Answer::json(201, json(forwardUser(u"jane@example.com"_s, 901)));
        });
        auto client = forward();
        NewMember member = jane();
        member.idempotencyKey = u"roster-row-17-key"_s;
        const auto created = create(*client, member);
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QCOMPARE(created.value.id, u"901"_s);
        QCOMPARE(created.value.status, MemberStatus::Active);
        QCOMPARE(m_network->requests().size(), 2); // two sends, no look-up between
        for (const Request &request : m_network->requests()) {
            QCOMPARE(request.endpoint(), u"POST /forward/users"_s);
            QCOMPARE(request.header("x-idempotency-key"), QByteArray("roster-row-17-key"));
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            QCOMPARE(body[u"business_id"_s].toString(), u"biz_1"_s);
            QCOMPARE(body[u"first_name"_s].toString(), u"Jane"_s);
        }

        // Without a key of its own, a create makes one and keeps it across its sends.
        init();
        sends = 0;
        answer([&sends](const Request &) {
            if (++sends < 3)
                return Answer::lostAnswer();
            return Answer::json(
                201, json(QJsonObject{{u"data"_s, forwardUser(u"jane@example.com"_s, u"u"_s)}}));
        });
        auto again = forward();
        QVERIFY(create(*again, jane()).ok());
        QCOMPARE(m_network->requests().size(), 3);
        const QByteArray key = m_network->requests().first().header("x-idempotency-key");
        QVERIFY(key.size() >= 10);
        for (const Request &request : m_network->requests())
            QCOMPARE(request.header("x-idempotency-key"), key);
    }

    void forwardCreate_whenEveryAnswerIsLostTheOutcomeIsLookedUpOnce()
    {
        bool landed = false;
        answer([&landed](const Request &request) {
            if (request.method == "POST") {
                landed = true; // the first send was carried out; no answer ever comes back
                return Answer::lostAnswer();
            }
            return Answer::json(
                200, json(page(landed ? QJsonArray{forwardUser(u"jane@example.com"_s, u"user_3"_s)}
                                      : QJsonArray(),
                               0, 20, landed ? 1 : 0)));
        });
        auto client = forward();
        const auto created = create(*client, jane());
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QCOMPARE(created.value.id, u"user_3"_s);
        QCOMPARE(m_network->count(u"POST /forward/users"_s), MemberClient::MaxWriteSends);
        QCOMPARE(m_network->count(u"GET /forward/users"_s), 1);

        // Not there either: the failure says its outcome is unknown, never a plain failure.
        init();
        answer([](const Request &request) {
            return request.method == "POST" ? Answer::lostAnswer()
                                            : Answer::json(200, json(page(QJsonArray(), 0, 20, 0)));
        });
        auto again = forward();
        const auto lost = create(*again, jane());
        QVERIFY(!lost.ok());
        QVERIFY(lost.error.outcomeUnknown);
    }

    void forwardErrors_showEveryFieldTheProviderNames()
    {
        answer([](const Request &) {
            return Answer::json(
                400, R"({"type":"INVALID_REQUEST","code":"invalid_argument","argument_errors":)"
                     R"({"first_name":"must not be blank","email":"must be a well-formed email )"
                     R"(address"},"message":"Invalid request"})");
        });
        auto client = forward();
        const auto created = create(*client, jane());
        QCOMPARE(created.error.kind, ApiErrorKind::Validation);
        const QString message = created.error.message;
        QVERIFY2(message.contains(u"Invalid request"_s) &&
                     message.contains(u"first_name: must not be blank"_s) &&
                     message.contains(u"email: must be a well-formed email address"_s) &&
                     message.contains(u"HTTP 400"_s),
                 qPrintable(message));
    }

    void forwardUpdate_sendsEveryField()
    {
        answer([](const Request &) { return Answer::json(200, R"({"success":true})"); });
        auto client = forward();
        MemberChanges changes;
        changes.lastName = u"Nguyen"_s;
        const auto updated = wait<RemoteMember>([&](auto done) {
            return client->updateMember(address(u"jo@example.com"_s, u"user_5"_s), changes, done);
        });
        QVERIFY2(updated.ok(), qPrintable(updated.error.message));
        QCOMPARE(updated.value.lastName, u"Nguyen"_s);
        const Request &sent = m_network->requests().first();
        QCOMPARE(sent.endpoint(), u"PUT /forward/users/user_5"_s);
        const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
        // The whole user, since Forward's PUT may replace it, its business included.
        QCOMPARE(body, (QJsonObject{{u"first_name"_s, u"Jo"_s},
                                    {u"last_name"_s, u"Nguyen"_s},
                                    {u"email"_s, u"jo@example.com"_s},
                                    {u"business_id"_s, u"biz_1"_s}}));
    }

    void forwardStatus_isReadInAnyCase()
    {
        answer([](const Request &) {
            return Answer::json(
                200, json(page(QJsonArray{forwardUser(u"jo@example.com"_s, u"u"_s, u"inactive"_s)},
                               0, 20, 1)));
        });
        auto client = forward();
        QCOMPARE(find(*client, u"jo@example.com"_s).value->status, MemberStatus::Deactivated);
    }

    void forwardLink_pathNeverDoublesV1AndTheLinkIsForThisUser_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("path");
        QTest::newRow("the guide's host")
            << u"/forward"_s << u"/forward/v1/users/user_5/login_url"_s;
        QTest::newRow("a base ending in /v1 (live client)")
            << u"/forward/v1"_s << u"/forward/v1/users/user_5/login_url"_s;
        QTest::newRow("with a trailing slash")
            << u"/forward/v1/"_s << u"/forward/v1/users/user_5/login_url"_s;
    }

    void forwardLink_pathNeverDoublesV1AndTheLinkIsForThisUser()
    {
        QFETCH(QString, base);
        QFETCH(QString, path);
        answer([](const Request &) {
            return Answer::json(
                200, linkAnswer(u"user_5"_s, u"https://app.example/magic?code=s3cret"_s));
        });
        auto client = forward(base);
        const auto link = wait<LoginLink>([&](auto done) {
            return client->loginLink(address(u"jo@example.com"_s, u"user_5"_s), done);
        });
        QVERIFY2(link.ok(), qPrintable(link.error.message));
        QCOMPARE(link.value.url, QUrl(u"https://app.example/magic?code=s3cret"_s));
        QCOMPARE(m_network->requests().first().url.path(), path);
        QVERIFY(!m_network->requests().first().header("x-idempotency-key").isEmpty());

        // A link that names another user never reaches the caller.
        answer([](const Request &) {
            return Answer::json(200,
                                linkAnswer(u"user_6"_s, u"https://app.example/magic?code=other"_s));
        });
        const auto wrong = wait<LoginLink>([&](auto done) {
            return client->loginLink(address(u"jo@example.com"_s, u"user_5"_s), done);
        });
        QCOMPARE(wrong.error.kind, ApiErrorKind::BadResponse);
        QVERIFY(wrong.value.url.isEmpty());
        QVERIFY2(!wrong.error.message.contains(u"code=other"_s), qPrintable(wrong.error.message));
    }

    // ---- Beam.gg ----

    void beamRetrieve_unknownIs404OrANullUser_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("notFound");
        QTest::newRow("404 about the user")
            << 404 << QByteArray(R"({"message":"User not found"})") << true;
        QTest::newRow("{user: null}") << 200 << QByteArray(R"({"user":null})") << true;
        // A 404 that says nothing about a member may be a wrong address: never "no member".
        QTest::newRow("404 without a body") << 404 << QByteArray() << false;
        QTest::newRow("404 about a path")
            << 404 << QByteArray(R"({"message":"Not found: /users/retrieve"})") << false;
    }

    void beamRetrieve_unknownIs404OrANullUser()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, notFound);
        answer([status, body](const Request &) { return Answer::json(status, body); });
        auto client = beam();
        const auto found = find(*client, u"jo@example.com"_s);
        QCOMPARE(found.ok(), notFound);
        QVERIFY(!found.value);
    }

    void beamCreate_aLostAnswerIsLookedUpBeforeAResend()
    {
        int creates = 0;
        answer([&creates](const Request &request) {
            if (request.path() == u"/users/create"_s) {
                ++creates;
                return Answer::lostAnswer();
            }
            return creates > 1
                       ? Answer::json(200, R"({"user":{"id":1001,"email":"jane@example.com"}})")
                       : Answer::json(404, R"({"message":"User not found"})");
        });
        auto client = beam();
        const auto created = create(*client, jane());
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QCOMPARE(created.value.id, u"1001"_s);
        QCOMPARE(creates, 2);
        QCOMPARE(m_network->count(u"POST /users/retrieve"_s), 2);
        // A fresh password for each send, never the same one twice.
        QStringList passwords;
        for (const Request &request : m_network->requests()) {
            if (request.path() == u"/users/create"_s)
                passwords << QJsonDocument::fromJson(request.body)[u"password"_s].toString();
        }
        QCOMPARE(passwords.size(), 2);
        QVERIFY(passwords.at(0) != passwords.at(1));
    }

    void beamCreate_aRefusalSayingTheMemberIsThereIsAConflict_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("conflict");
        QTest::newRow("409") << 409 << QByteArray(R"({"message":"Email is already registered"})")
                             << true;
        QTest::newRow("422 taken")
            << 422 << QByteArray(R"({"errors":{"email":"has already been taken"}})") << true;
        QTest::newRow("400 exists")
            << 400 << QByteArray(R"({"error":"User already exists"})") << true;
        QTest::newRow("400 duplicate email")
            << 400 << QByteArray(R"({"message":"Duplicate email"})") << true;
        QTest::newRow("400 another problem")
            << 400 << QByteArray(R"({"message":"firstName is required"})") << false;
    }

    void beamCreate_aRefusalSayingTheMemberIsThereIsAConflict()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, conflict);
        answer([status, body](const Request &) { return Answer::json(status, body); });
        auto client = beam();
        const auto created = create(*client, jane());
        QVERIFY(!created.ok());
        QCOMPARE(created.error.kind == ApiErrorKind::Conflict, conflict);
        QCOMPARE(m_network->count(u"POST /users/create"_s), 1);
    }

    // ---- The trace ----

    void theTraceShowsWhatCameWithEverySecretRedacted()
    {
        answer([](const Request &request) {
            if (request.path().endsWith(u"/login_url"_s))
                return Answer::json(
                    200, linkAnswer(u"user_5"_s, u"https://app.example/m?code=s3cret-code"_s));
            return Answer::json(
                200,
                json(page(QJsonArray{forwardUser(u"jo@example.com"_s, u"user_5"_s)}, 0, 20, 1)));
        });
        HttpTrace trace([this](const QString &text) { m_trace += text; });
        auto client = forward();
        client->session()->setTrace(&trace);
        const auto link = wait<LoginLink>(
            [&](auto done) { return client->loginLink(address(u"jo@example.com"_s), done); });
        QVERIFY2(link.ok(), qPrintable(link.error.message));
        QVERIFY2(m_trace.contains(u"> GET 127.0.0.1:9/forward/users?type=BUSINESS"_s),
                 qPrintable(m_trace));
        QVERIFY2(
            m_trace.contains(u"< POST 127.0.0.1:9/forward/v1/users/user_5/login_url: HTTP 200"_s),
            qPrintable(m_trace));
        QVERIFY2(m_trace.contains(u"\"total_count\":1"_s), qPrintable(m_trace));
        QVERIFY2(m_trace.contains(u"x-api-key: [redacted]"_s), qPrintable(m_trace));
        QVERIFY2(!m_trace.contains(QString::fromLatin1(Key)), qPrintable(m_trace));
        QVERIFY2(!m_trace.contains(u"s3cret-code"_s), qPrintable(m_trace));
    }
};

QTEST_GUILESS_MAIN(TestProviderAnswerShapes)
#include "tst_provider_answer_shapes.moc"
