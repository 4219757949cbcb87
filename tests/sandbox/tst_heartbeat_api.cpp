// Heartbeat's API over loopback against a real roster-sandbox: every endpoint, its success and
// each documented failure.
#include "http_client.h"
#include "sandbox_process.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestHeartbeatApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    HttpClient m_http;

    QUrl api(const QString &path) const { return m_sandbox->url(u"/heartbeat/v0"_s + path); }
    RawHeaders auth() const { return HttpClient::bearer(m_sandbox->apiKey()); }

    TestReply call(QByteArrayView method, const QString &path, const QJsonObject &body = {})
    {
        if (body.isEmpty())
            return m_http.send(method, api(path), auth());
        return m_http.sendJson(method, api(path), auth(), body);
    }

    QJsonObject findOne(const QString &email)
    {
        const TestReply found = m_http.get(
            api(u"/find/users?email="_s + QString::fromLatin1(QUrl::toPercentEncoding(email))),
            auth());
        const QJsonArray users = found.array();
        return users.isEmpty() ? QJsonObject() : users.first().toObject();
    }

    static QJsonObject jane()
    {
        return {{u"name"_s, u"Jane Smith"_s},
                {u"email"_s, u"jane@example.com"_s},
                {u"roleID"_s, u"role_member"_s}};
    }

    static void verifyError(const TestReply &result, int status, const QString &mentions)
    {
        QCOMPARE(result.status, status);
        const QJsonObject error = result.object();
        QCOMPARE(error.value(u"error"_s).toBool(), true);
        QVERIFY2(error.value(u"message"_s).toString().contains(mentions),
                 qPrintable(u"message \"%1\" should mention \"%2\""_s.arg(
                     error.value(u"message"_s).toString(), mentions)));
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxProcess>(
            QStringList{u"--rate-limit"_s, u"0"_s, u"--members"_s, u"5"_s});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    }

    void cleanup() { m_sandbox.reset(); }

    void listUsers_returnsEveryMemberWithTheDocumentedFields()
    {
        const TestReply result = call("GET", u"/users"_s);
        QCOMPARE(result.status, 200);
        const QJsonArray users = result.array();
        QCOMPARE(users.size(), 5);
        for (const QJsonValue &user : users) {
            for (const QString &field : {u"id"_s, u"email"_s, u"name"_s, u"role"_s, u"isAdmin"_s,
                                         u"groups"_s, u"bio"_s, u"avatar"_s})
                QVERIFY2(user.toObject().contains(field), qPrintable(field));
        }
    }

    void getUser_byIdOr404()
    {
        const QJsonObject first = call("GET", u"/users"_s).array().first().toObject();
        const TestReply found = call("GET", u"/users/"_s + first.value(u"id"_s).toString());
        QCOMPARE(found.status, 200);
        QCOMPARE(found.object().value(u"email"_s), first.value(u"email"_s));

        verifyError(call("GET", u"/users/no-such-user"_s), 404, u"not found"_s);
    }

    void findUsers_matchesEmailIgnoringCase()
    {
        QCOMPARE(call("PUT", u"/users"_s, jane()).status, 200);
        const TestReply found = m_http.get(api(u"/find/users?email=JANE%40Example.com"_s), auth());
        QCOMPARE(found.status, 200);
        QCOMPARE(found.array().size(), 1);
        QCOMPARE(found.array().first()[u"name"_s].toString(), u"Jane Smith"_s);

        const TestReply none = m_http.get(api(u"/find/users?email=nobody%40example.com"_s), auth());
        QCOMPARE(none.status, 200);
        QCOMPARE(none.array().size(), 0);

        verifyError(call("GET", u"/find/users"_s), 400, u"email"_s);
    }

    void createActiveUser_withRoleGroupsAndProfile()
    {
        QJsonObject body = jane();
        body.insert(u"groupIDs"_s, QJsonArray{u"grp_mentors"_s, u"grp_berlin"_s});
        body.insert(u"bio"_s, u"Hello"_s);
        body.insert(u"twitter"_s, u"@jane"_s);
        QCOMPARE(call("PUT", u"/users"_s, body).status, 200);

        const QJsonObject user = findOne(u"jane@example.com"_s);
        QCOMPARE(user[u"accountStatus"_s].toString(), u"active"_s);
        QCOMPARE(user[u"role"_s][u"id"_s].toString(), u"role_member"_s);
        QCOMPARE(user[u"groups"_s].toArray().size(), 2);
        QCOMPARE(user[u"groups"_s][0][u"name"_s].toString(), u"Mentors"_s);
        QCOMPARE(user[u"bio"_s].toString(), u"Hello"_s);
        QCOMPARE(user[u"twitter"_s].toString(), u"@jane"_s);
        QCOMPARE(user[u"isAdmin"_s].toBool(), false);
    }

    void createUser_rejectsBadInputNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("missing email") << R"({"name":"A","roleID":"role_member"})"_ba << u"email"_s;
        QTest::newRow("missing name")
            << R"({"email":"a@example.com","roleID":"role_member"})"_ba << u"name"_s;
        QTest::newRow("missing roleID")
            << R"({"email":"a@example.com","name":"A"})"_ba << u"roleID"_s;
        QTest::newRow("invalid email")
            << R"({"email":"not-an-email","name":"A","roleID":"role_member"})"_ba << u"email"_s;
        QTest::newRow("name not a string")
            << R"({"email":"a@example.com","name":5,"roleID":"role_member"})"_ba << u"name"_s;
        QTest::newRow("unknown role")
            << R"({"email":"a@example.com","name":"A","roleID":"role_pilot"})"_ba << u"roleID"_s;
        QTest::newRow("unknown group")
            << R"({"email":"a@example.com","name":"A","roleID":"role_member","groupIDs":["nope"]})"_ba
            << u"groupIDs"_s;
        QTest::newRow("groupIDs not an array")
            << R"({"email":"a@example.com","name":"A","roleID":"role_member","groupIDs":"x"})"_ba
            << u"groupIDs"_s;
        QTest::newRow("picture not base64")
            << R"({"email":"a@example.com","name":"A","roleID":"role_member","profilePicture":"%%%"})"_ba
            << u"profilePicture"_s;
        QTest::newRow("not JSON") << "name=A&email=a@example.com"_ba << u"JSON"_s;
        QTest::newRow("JSON array") << R"([{"email":"a@example.com"}])"_ba << u"JSON object"_s;
        QTest::newRow("empty body") << QByteArray() << u"JSON object"_s;
    }

    void createUser_rejectsBadInputNamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        verifyError(m_http.send("PUT", api(u"/users"_s), auth(), body), 400, field);
        QVERIFY(findOne(u"a@example.com"_s).isEmpty());
    }

    void createUser_refusesADuplicateEmail()
    {
        QCOMPARE(call("PUT", u"/users"_s, jane()).status, 200);
        QJsonObject again = jane();
        again[u"email"_s] = u"Jane@Example.com"_s;
        verifyError(call("PUT", u"/users"_s, again), 409, u"jane@example.com"_s);
        verifyError(call("PUT", u"/pendingUser"_s, jane()), 409, u"already a member"_s);
    }

    void profilePicture_isServedAsTheAvatar()
    {
        QJsonObject body = jane();
        body.insert(u"profilePicture"_s, QString::fromLatin1("\x89PNG fake image"_ba.toBase64()));
        QCOMPARE(call("PUT", u"/users"_s, body).status, 200);
        const QString avatar = findOne(u"jane@example.com"_s)[u"avatar"_s].toString();
        QVERIFY(avatar.startsWith(m_sandbox->baseUrl()));
        const TestReply image = m_http.get(QUrl(avatar));
        QCOMPARE(image.status, 200);
        QCOMPARE(image.body, "\x89PNG fake image"_ba);
    }

    void pendingUser_createsThenUpdatesWhilePending()
    {
        QCOMPARE(call("PUT", u"/pendingUser"_s, jane()).status, 200);
        QCOMPARE(findOne(u"jane@example.com"_s)[u"accountStatus"_s].toString(), u"pending"_s);

        QJsonObject renamed = jane();
        renamed[u"name"_s] = u"Jane Smith-Doe"_s;
        renamed[u"bio"_s] = u"Updated"_s;
        QCOMPARE(call("PUT", u"/pendingUser"_s, renamed).status, 200);
        const QJsonObject user = findOne(u"jane@example.com"_s);
        QCOMPARE(user[u"name"_s].toString(), u"Jane Smith-Doe"_s);
        QCOMPARE(user[u"bio"_s].toString(), u"Updated"_s);
        QCOMPARE(user[u"accountStatus"_s].toString(), u"pending"_s);
        QCOMPARE(call("GET", u"/users"_s).array().size(), 6);

        verifyError(call("PUT", u"/pendingUser"_s,
                         QJsonObject{{u"email"_s, u"b@example.com"_s}, {u"name"_s, u"B"_s}}),
                    400, u"roleID"_s);
    }

    void updateUser_changesOnlyTheSentFields()
    {
        QJsonObject body = jane();
        body.insert(u"bio"_s, u"Original bio"_s);
        body.insert(u"linkedin"_s, u"jane-li"_s);
        QCOMPARE(call("PUT", u"/users"_s, body).status, 200);

        QCOMPARE(call("POST", u"/users"_s,
                      {{u"email"_s, u"jane@example.com"_s}, {u"bio"_s, u"New bio"_s}})
                     .status,
                 200);
        const QJsonObject user = findOne(u"jane@example.com"_s);
        QCOMPARE(user[u"bio"_s].toString(), u"New bio"_s);
        QCOMPARE(user[u"name"_s].toString(), u"Jane Smith"_s);
        QCOMPARE(user[u"linkedin"_s].toString(), u"jane-li"_s);

        verifyError(
            call("POST", u"/users"_s, {{u"email"_s, u"ghost@example.com"_s}, {u"bio"_s, u"x"_s}}),
            404, u"ghost@example.com"_s);
        verifyError(call("POST", u"/users"_s, {{u"bio"_s, u"x"_s}}), 400, u"email"_s);
        verifyError(
            call("POST", u"/users"_s, {{u"email"_s, u"jane@example.com"_s}, {u"name"_s, u""_s}}),
            400, u"name"_s);
    }

    void deactivateAndReactivate_anActiveMember()
    {
        QCOMPARE(call("PUT", u"/users"_s, jane()).status, 200);
        QCOMPARE(call("DELETE", u"/users"_s, {{u"email"_s, u"jane@example.com"_s}}).status, 200);
        QCOMPARE(findOne(u"jane@example.com"_s)[u"accountStatus"_s].toString(), u"deactivated"_s);
        QCOMPARE(call("POST", u"/users/reactivate"_s, {{u"email"_s, u"jane@example.com"_s}}).status,
                 200);
        QCOMPARE(findOne(u"jane@example.com"_s)[u"accountStatus"_s].toString(), u"active"_s);
    }

    void reactivatingAMemberWhoNeverLoggedIn_leavesThemPending()
    {
        QCOMPARE(call("PUT", u"/pendingUser"_s, jane()).status, 200);
        QCOMPARE(call("DELETE", u"/users"_s, {{u"email"_s, u"jane@example.com"_s}}).status, 200);
        QCOMPARE(findOne(u"jane@example.com"_s)[u"accountStatus"_s].toString(), u"deactivated"_s);
        QCOMPARE(call("POST", u"/users/reactivate"_s, {{u"email"_s, u"jane@example.com"_s}}).status,
                 200);
        QCOMPARE(findOne(u"jane@example.com"_s)[u"accountStatus"_s].toString(), u"pending"_s);
    }

    void deactivateAndReactivate_unknownOrMissingEmail()
    {
        verifyError(call("DELETE", u"/users"_s, {{u"email"_s, u"ghost@example.com"_s}}), 404,
                    u"ghost@example.com"_s);
        verifyError(call("POST", u"/users/reactivate"_s, {{u"email"_s, u"ghost@example.com"_s}}),
                    404, u"ghost@example.com"_s);
        verifyError(m_http.send("DELETE", api(u"/users"_s), auth(), "{oops"_ba), 400, u"JSON"_s);
        verifyError(call("POST", u"/users/reactivate"_s, {{u"mail"_s, u"x"_s}}), 400, u"email"_s);
    }

    void rolesAndGroups_areListed()
    {
        const TestReply roles = call("GET", u"/roles"_s);
        QCOMPARE(roles.status, 200);
        QVERIFY(roles.array().size() >= 3);
        for (const QJsonValue &role : roles.array())
            QVERIFY(!role[u"id"_s].toString().isEmpty() && !role[u"name"_s].toString().isEmpty());

        const TestReply groups = call("GET", u"/groups"_s);
        QCOMPARE(groups.status, 200);
        QVERIFY(groups.array().size() >= 3);
        QVERIFY(!groups.array().first()[u"name"_s].toString().isEmpty());
    }

    void everyEndpoint_refusesAMissingOrWrongKey_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("authorization");
        const QList<QPair<QByteArray, QString>> endpoints = {
            {"GET", u"/users"_s},
            {"GET", u"/users/x"_s},
            {"GET", u"/find/users?email=a%40b.c"_s},
            {"PUT", u"/users"_s},
            {"PUT", u"/pendingUser"_s},
            {"POST", u"/users"_s},
            {"DELETE", u"/users"_s},
            {"POST", u"/users/reactivate"_s},
            {"GET", u"/roles"_s},
            {"GET", u"/groups"_s}};
        for (const auto &[method, path] : endpoints) {
            QTest::addRow("%s %s no key", method.constData(), qPrintable(path))
                << method << path << QByteArray();
            QTest::addRow("%s %s wrong key", method.constData(), qPrintable(path))
                << method << path << "Bearer wrong-key"_ba;
            QTest::addRow("%s %s basic auth", method.constData(), qPrintable(path))
                << method << path << "Basic dGVzdDp0ZXN0"_ba;
        }
    }

    void everyEndpoint_refusesAMissingOrWrongKey()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, authorization);
        RawHeaders headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const TestReply result =
            m_http.send(method, api(path), headers, QJsonDocument(jane()).toJson());
        QCOMPARE(result.status, 401);
        QCOMPARE(result.object(),
                 QJsonObject({{u"error"_s, true}, {u"message"_s, u"Invalid API Key"_s}}));
        QVERIFY(findOne(u"jane@example.com"_s).isEmpty());
    }

    void unknownPathsAndMethods_answerInTheProvidersShape()
    {
        verifyError(call("GET", u"/nothing-here"_s), 404, u"nothing-here"_s);
        const TestReply patch = call("PATCH", u"/users"_s, jane());
        verifyError(patch, 405, u"PATCH"_s);
        QCOMPARE(patch.header("Allow"), "GET, PUT, POST, DELETE"_ba);
    }
};

QTEST_GUILESS_MAIN(TestHeartbeatApi)
#include "tst_heartbeat_api.moc"
