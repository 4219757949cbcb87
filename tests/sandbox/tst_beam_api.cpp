// Beam.gg's Users API over loopback against a real roster-sandbox: every endpoint, its success
// and each documented failure.
#include "http_client.h"
#include "sandbox_process.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class TestBeamApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    HttpClient m_http;

    QUrl api(const QString &path) const { return m_sandbox->url(u"/beam"_s + path); }
    RawHeaders auth() const { return HttpClient::bearer(m_sandbox->apiKey()); }

    TestReply call(QByteArrayView method, const QString &path, const QJsonObject &body = {})
    {
        if (body.isEmpty())
            return m_http.send(method, api(path), auth());
        return m_http.sendJson(method, api(path), auth(), body);
    }

    TestReply retrieve(const QString &email)
    {
        return call("POST", u"/users/retrieve"_s, {{u"email"_s, email}});
    }

    static QJsonObject jane()
    {
        return {{u"email"_s, u"jane@example.com"_s},
                {u"firstName"_s, u"Jane"_s},
                {u"lastName"_s, u"Smith"_s},
                {u"password"_s, u"8letters"_s}};
    }

    // The documented response: {"user": {id: Number, email, verified: Boolean, firstName,
    // lastName, slug}}. Returns the inner user.
    static QJsonObject userOf(const TestReply &result)
    {
        const QJsonObject object = result.object();
        if (object.keys() != QStringList{u"user"_s})
            return {};
        return object[u"user"_s].toObject();
    }

    static void verifyUserShape(const QJsonObject &user)
    {
        QCOMPARE(user.keys(), QStringList({u"email"_s, u"firstName"_s, u"id"_s, u"lastName"_s,
                                           u"slug"_s, u"verified"_s}));
        QVERIFY(user[u"id"_s].isDouble());
        QCOMPARE(user[u"id"_s].toDouble(), double(user[u"id"_s].toInteger()));
        QVERIFY(user[u"id"_s].toInteger() >= 1001);
        QVERIFY(user[u"email"_s].isString());
        QVERIFY(user[u"verified"_s].isBool());
        QVERIFY(user[u"firstName"_s].isString());
        QVERIFY(user[u"lastName"_s].isString());
        QVERIFY(!user[u"slug"_s].toString().isEmpty());
    }

    static void verifyError(const TestReply &result, int status, const QString &mentions)
    {
        QCOMPARE(result.status, status);
        const QJsonObject error = result.object();
        QCOMPARE(error.keys(), QStringList({u"error"_s, u"message"_s}));
        QCOMPARE(error.value(u"error"_s).toString(), reasonPhrase(status));
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

    void retrieveUser_byEmailIgnoringCase()
    {
        const QJsonArray stored = m_sandbox->state(u"beam"_s)[u"members"_s].toArray();
        QCOMPARE(stored.size(), 5);
        for (const QJsonValue &member : stored) {
            const QString email = member[u"email"_s].toString();
            const TestReply result = retrieve(u"  "_s + email.toUpper() + u" "_s);
            QCOMPARE(result.status, 200);
            const QJsonObject user = userOf(result);
            verifyUserShape(user);
            QCOMPARE(user[u"id"_s].toInteger(), member[u"id"_s].toInteger());
            QCOMPARE(user[u"email"_s].toString(), email);
            QCOMPARE(user[u"verified"_s].toBool(), member[u"verified"_s].toBool());
            QCOMPARE(user[u"firstName"_s].toString(), member[u"firstName"_s].toString());
            QCOMPARE(user[u"lastName"_s].toString(), member[u"lastName"_s].toString());
            QCOMPARE(user[u"slug"_s].toString(), member[u"slug"_s].toString());
        }

        verifyError(retrieve(u"ghost@example.com"_s), 404, u"ghost@example.com"_s);
    }

    void retrieveUser_rejectsBadInputNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("missing email") << R"({"mail":"a@example.com"})"_ba << u"email"_s;
        QTest::newRow("email not a string") << R"({"email":["a@example.com"]})"_ba << u"email"_s;
        QTest::newRow("email null") << R"({"email":null})"_ba << u"email"_s;
        QTest::newRow("invalid email") << R"({"email":"a-at-example.com"})"_ba << u"email"_s;
        QTest::newRow("not JSON") << "email=a@example.com"_ba << u"JSON"_s;
        QTest::newRow("JSON array") << R"(["a@example.com"])"_ba << u"JSON object"_s;
        QTest::newRow("empty body") << QByteArray() << u"JSON object"_s;
    }

    void retrieveUser_rejectsBadInputNamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        verifyError(m_http.send("POST", api(u"/users/retrieve"_s), auth(), body), 400, field);
    }

    void createUser_returnsTheNewUnverifiedUser()
    {
        const qint64 nextId = m_sandbox->state(u"beam"_s)[u"nextId"_s].toInteger();
        QJsonObject body = jane();
        body[u"email"_s] = u" Jane@Example.COM "_s;
        const TestReply created = call("POST", u"/users/create"_s, body);
        QCOMPARE(created.status, 200);
        const QJsonObject user = userOf(created);
        verifyUserShape(user);
        QCOMPARE(user[u"id"_s].toInteger(), nextId);
        QCOMPARE(user[u"email"_s].toString(), u"jane@example.com"_s);
        QCOMPARE(user[u"verified"_s].toBool(), false);
        QCOMPARE(user[u"firstName"_s].toString(), u"Jane"_s);
        QCOMPARE(user[u"lastName"_s].toString(), u"Smith"_s);
        QCOMPARE(user[u"slug"_s].toString(), u"jane-smith"_s);

        QCOMPARE(userOf(retrieve(u"jane@example.com"_s)), user);
        const QJsonObject state = m_sandbox->state(u"beam"_s);
        QCOMPARE(state[u"members"_s].toArray().size(), 6);
        QVERIFY2(!QJsonDocument(state).toJson().contains("8letters"),
                 "the password must not be stored");

        QJsonObject second = jane();
        second[u"email"_s] = u"other@example.com"_s;
        const QJsonObject other = userOf(call("POST", u"/users/create"_s, second));
        QCOMPARE(other[u"id"_s].toInteger(), nextId + 1);
    }

    void createUser_keepsThePasswordAsSent()
    {
        QJsonObject body = jane();
        body[u"password"_s] = u" abcdefg"_s; // eight characters with the leading space
        QCOMPARE(call("POST", u"/users/create"_s, body).status, 200);
    }

    void createUser_derivesAUniqueAsciiSlug()
    {
        const QJsonObject first = userOf(call("POST", u"/users/create"_s, jane()));
        QCOMPARE(first[u"slug"_s].toString(), u"jane-smith"_s);

        QJsonObject body = jane();
        body[u"email"_s] = u"jane.two@example.com"_s;
        const QJsonObject second = userOf(call("POST", u"/users/create"_s, body));
        const qint64 id = second[u"id"_s].toInteger();
        QCOMPARE(second[u"slug"_s].toString(), u"jane-smith-%1"_s.arg(id));

        body = {{u"email"_s, u"zoe@example.com"_s},
                {u"firstName"_s, u"Zoë"_s},
                {u"lastName"_s, u"Müller"_s},
                {u"password"_s, u"long enough"_s}};
        const TestReply accented = call("POST", u"/users/create"_s, body);
        QCOMPARE(accented.status, 200);
        QCOMPARE(userOf(accented)[u"slug"_s].toString(), u"zoe-muller"_s);
        QCOMPARE(userOf(accented)[u"firstName"_s].toString(), u"Zoë"_s);
    }

    void createUser_rejectsBadInputNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("missing email")
            << R"({"firstName":"A","lastName":"B","password":"12345678"})"_ba << u"email"_s;
        QTest::newRow("missing firstName")
            << R"({"email":"a@example.com","lastName":"B","password":"12345678"})"_ba
            << u"firstName"_s;
        QTest::newRow("missing lastName")
            << R"({"email":"a@example.com","firstName":"A","password":"12345678"})"_ba
            << u"lastName"_s;
        QTest::newRow("missing password")
            << R"({"email":"a@example.com","firstName":"A","lastName":"B"})"_ba << u"password"_s;
        QTest::newRow("password of 7 characters")
            << R"({"email":"a@example.com","firstName":"A","lastName":"B","password":"1234567"})"_ba
            << u"password"_s;
        QTest::newRow("password of 1 character")
            << R"({"email":"a@example.com","firstName":"A","lastName":"B","password":"x"})"_ba
            << u"password"_s;
        QTest::newRow("password a number")
            << R"({"email":"a@example.com","firstName":"A","lastName":"B","password":12345678})"_ba
            << u"password"_s;
        QTest::newRow("invalid email")
            << R"({"email":"a@","firstName":"A","lastName":"B","password":"12345678"})"_ba
            << u"email"_s;
        QTest::newRow("email a number")
            << R"({"email":7,"firstName":"A","lastName":"B","password":"12345678"})"_ba
            << u"email"_s;
        QTest::newRow("firstName not a string")
            << R"({"email":"a@example.com","firstName":true,"lastName":"B","password":"12345678"})"_ba
            << u"firstName"_s;
        QTest::newRow("lastName an object")
            << R"({"email":"a@example.com","firstName":"A","lastName":{},"password":"12345678"})"_ba
            << u"lastName"_s;
        QTest::newRow("firstName blank")
            << R"({"email":"a@example.com","firstName":" ","lastName":"B","password":"12345678"})"_ba
            << u"firstName"_s;
        QTest::newRow("not JSON") << "email=a@example.com&firstName=A"_ba << u"JSON"_s;
        QTest::newRow("JSON array") << R"([{"email":"a@example.com"}])"_ba << u"JSON object"_s;
        QTest::newRow("empty body") << QByteArray() << u"JSON object"_s;
    }

    void createUser_rejectsBadInputNamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const QJsonObject before = m_sandbox->state(u"beam"_s);
        verifyError(m_http.send("POST", api(u"/users/create"_s), auth(), body), 400, field);
        QCOMPARE(m_sandbox->state(u"beam"_s), before);
        QCOMPARE(retrieve(u"a@example.com"_s).status, 404);
    }

    void createUser_refusesADuplicateEmail()
    {
        QCOMPARE(call("POST", u"/users/create"_s, jane()).status, 200);
        const QJsonObject before = m_sandbox->state(u"beam"_s);
        QJsonObject again = jane();
        again[u"email"_s] = u"JANE@example.com"_s;
        again[u"firstName"_s] = u"Janet"_s;
        verifyError(call("POST", u"/users/create"_s, again), 409, u"jane@example.com"_s);

        const QString seeded = before[u"members"_s][0][u"email"_s].toString();
        again[u"email"_s] = seeded.toUpper();
        verifyError(call("POST", u"/users/create"_s, again), 409, seeded);
        QCOMPARE(m_sandbox->state(u"beam"_s), before);
        QCOMPARE(userOf(retrieve(u"jane@example.com"_s))[u"firstName"_s].toString(), u"Jane"_s);
    }

    void editUser_changesOnlyTheSentFields()
    {
        const QJsonObject created = userOf(call("POST", u"/users/create"_s, jane()));
        const QString path = u"/users/%1"_s.arg(created[u"id"_s].toInteger());

        const TestReply edited = call("POST", path, {{u"lastName"_s, u"Doe"_s}});
        QCOMPARE(edited.status, 200);
        QJsonObject expected = created;
        expected[u"lastName"_s] = u"Doe"_s;
        QCOMPARE(userOf(edited), expected);
        QCOMPARE(userOf(retrieve(u"jane@example.com"_s)), expected);

        const TestReply both =
            call("POST", path, {{u"firstName"_s, u"Janet"_s}, {u"lastName"_s, u"Jones"_s}});
        QCOMPARE(both.status, 200);
        expected[u"firstName"_s] = u"Janet"_s;
        expected[u"lastName"_s] = u"Jones"_s;
        QCOMPARE(userOf(both), expected);
        QCOMPARE(userOf(retrieve(u"jane@example.com"_s)), expected);
    }

    void editUser_rejectsBadInputNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("firstName not a string") << R"({"firstName":1})"_ba << u"firstName"_s;
        QTest::newRow("firstName null") << R"({"firstName":null})"_ba << u"firstName"_s;
        QTest::newRow("lastName empty") << R"({"lastName":""})"_ba << u"lastName"_s;
        QTest::newRow("valid firstName, bad lastName")
            << R"({"firstName":"Janet","lastName":["Jones"]})"_ba << u"lastName"_s;
        QTest::newRow("not JSON") << "firstName=Janet"_ba << u"JSON"_s;
        QTest::newRow("JSON array") << R"(["Janet"])"_ba << u"JSON object"_s;
        QTest::newRow("empty body") << QByteArray() << u"JSON object"_s;
    }

    void editUser_rejectsBadInputNamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const QJsonObject created = userOf(call("POST", u"/users/create"_s, jane()));
        const QString path = u"/users/%1"_s.arg(created[u"id"_s].toInteger());
        const QJsonObject before = m_sandbox->state(u"beam"_s);
        verifyError(m_http.send("POST", api(path), auth(), body), 400, field);
        QCOMPARE(m_sandbox->state(u"beam"_s), before);
        QCOMPARE(userOf(retrieve(u"jane@example.com"_s)), created);
    }

    void unknownOrNonNumericMember_answers404_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("id");
        for (const QString &endpoint : {u"/users/"_s, u"/sso/"_s}) {
            for (const QString &id : {u"999999"_s, u"0"_s, u"-1001"_s, u"abc"_s, u"1001abc"_s,
                                      u"1001.5"_s, u"user_1001"_s, u"01001"_s, u"+1001"_s}) {
                QTest::addRow("%s%s", qPrintable(endpoint), qPrintable(id)) << endpoint << id;
            }
        }
    }

    void unknownOrNonNumericMember_answers404()
    {
        QFETCH(QString, endpoint);
        QFETCH(QString, id);
        const QJsonObject before = m_sandbox->state(u"beam"_s);
        verifyError(call("POST", endpoint + id, {{u"firstName"_s, u"Mallory"_s}}), 404, id);
        QCOMPARE(m_sandbox->state(u"beam"_s), before);
        QCOMPARE(m_sandbox->outstandingLinks(), 0);
    }

    void sso_returnsAUrlThatSignsInOnceAndVerifies()
    {
        const QJsonObject created = userOf(call("POST", u"/users/create"_s, jane()));
        QCOMPARE(created[u"verified"_s].toBool(), false);

        const TestReply issued = call("POST", u"/sso/%1"_s.arg(created[u"id"_s].toInteger()));
        QCOMPARE(issued.status, 200);
        QCOMPARE(issued.object().keys(), QStringList{u"url"_s});
        const QUrl url(issued.object()[u"url"_s].toString());
        QCOMPARE(url.scheme(), u"http"_s);
        QCOMPARE(url.host(), u"127.0.0.1"_s);
        QCOMPARE(url.port(), int(m_sandbox->port()));
        QCOMPARE(url.path(), u"/beam/community/sso"_s);
        QVERIFY(!QUrlQuery(url).queryItemValue(u"token"_s).isEmpty());
        QCOMPARE(m_sandbox->outstandingLinks(), 1);
        // Issuing the URL is not a sign-in.
        QCOMPARE(userOf(retrieve(u"jane@example.com"_s))[u"verified"_s].toBool(), false);

        QCOMPARE(m_http.get(url).status, 200);
        QJsonObject expected = created;
        expected[u"verified"_s] = true;
        QCOMPARE(userOf(retrieve(u"jane@example.com"_s)), expected);
        QCOMPARE(m_sandbox->outstandingLinks(), 0);

        QCOMPARE(m_http.get(url).status, 410);
        QCOMPARE(userOf(retrieve(u"jane@example.com"_s)), expected);
    }

    void everyEndpoint_refusesAMissingOrWrongKey_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<RawHeaders>("headers");
        const QList<QPair<QString, QByteArray>> endpoints = {
            {u"/users/retrieve"_s, R"({"email":"jane@example.com"})"_ba},
            {u"/users/create"_s, QJsonDocument(jane()).toJson(QJsonDocument::Compact)},
            {u"/users/1001"_s, R"({"firstName":"Mallory"})"_ba},
            {u"/sso/1001"_s, {}}};
        const QByteArray key = SandboxProcess::DefaultKey;
        for (const auto &[path, body] : endpoints) {
            QTest::addRow("%s no key", qPrintable(path)) << path << body << RawHeaders();
            QTest::addRow("%s wrong key", qPrintable(path))
                << path << body << HttpClient::bearer("wrong-key"_ba);
            QTest::addRow("%s key with a suffix", qPrintable(path))
                << path << body << HttpClient::bearer(key + "x");
            QTest::addRow("%s basic auth", qPrintable(path))
                << path << body << RawHeaders{{"Authorization", "Basic dGVzdDp0ZXN0"}};
            QTest::addRow("%s key without a scheme", qPrintable(path))
                << path << body << RawHeaders{{"Authorization", key}};
            QTest::addRow("%s key as x-api-key", qPrintable(path))
                << path << body << HttpClient::xApiKey(key);
        }
    }

    void everyEndpoint_refusesAMissingOrWrongKey()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(RawHeaders, headers);
        const QJsonObject before = m_sandbox->state(u"beam"_s);
        const TestReply result = m_http.send("POST", api(path), headers, body);
        verifyError(result, 401, QString());
        QVERIFY(!result.object()[u"message"_s].toString().isEmpty());
        QCOMPARE(m_sandbox->state(u"beam"_s), before);
        QCOMPARE(m_sandbox->outstandingLinks(), 0);
    }

    void unknownPathsAndMethods_answerInTheProvidersShape()
    {
        const QJsonObject before = m_sandbox->state(u"beam"_s);
        verifyError(call("POST", u"/nothing-here"_s), 404, u"nothing-here"_s);
        verifyError(call("POST", u"/users"_s, jane()), 404, u"users"_s);
        verifyError(call("GET", u"/users/retrieve"_s), 405, u"GET"_s);
        verifyError(call("PUT", u"/users/create"_s, jane()), 405, u"PUT"_s);
        verifyError(call("PATCH", u"/users/1001"_s, {{u"firstName"_s, u"X"_s}}), 405, u"PATCH"_s);
        verifyError(call("GET", u"/sso/1001"_s), 405, u"GET"_s);
        QCOMPARE(m_sandbox->state(u"beam"_s), before);
        QCOMPARE(m_sandbox->outstandingLinks(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBeamApi)
#include "tst_beam_api.moc"
