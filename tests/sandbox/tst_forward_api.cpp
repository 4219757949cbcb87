// Forward's login_url portal API over loopback against a real roster-sandbox: every endpoint, its
// success and each failure, in the shapes of the live service (NOTES.md), at the guide's paths
// and again under /forward/v1.
#include "http_client.h"
#include "sandbox_process.h"

#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {
const QStringList ErrorKeys = {u"argument_errors"_s, u"code"_s, u"message"_s, u"type"_s};
const QStringList UserKeys = {u"email"_s,     u"first_name"_s, u"id"_s,
                              u"last_name"_s, u"status"_s,     u"type"_s};

QString typeFor(int status)
{
    static const QHash<int, QString> types = {
        {400, u"INVALID_REQUEST"_s}, {401, u"UNAUTHORIZED"_s},       {403, u"FORBIDDEN"_s},
        {404, u"NOT_FOUND"_s},       {405, u"METHOD_NOT_ALLOWED"_s}, {409, u"CONFLICT"_s}};
    return types.value(status);
}
} // namespace

class TestForwardApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    HttpClient m_http;

    QUrl api(const QString &path) const { return m_sandbox->url(u"/forward"_s + path); }
    RawHeaders auth() const { return HttpClient::xApiKey(m_sandbox->apiKey()); }

    TestReply call(QByteArrayView method, const QString &path, const QJsonObject &body = {})
    {
        if (body.isEmpty())
            return m_http.send(method, api(path), auth());
        return m_http.sendJson(method, api(path), auth(), body);
    }

    TestReply list(const QString &query) { return call("GET", u"/users?"_s + query); }

    QJsonArray businessMembers()
    {
        return list(u"type=BUSINESS&business_id=biz_sandbox&size=50"_s)
            .object()[u"data"_s]
            .toArray();
    }

    QJsonArray listByEmail(const QString &email)
    {
        return list(u"type=BUSINESS&email="_s + QString::fromLatin1(QUrl::toPercentEncoding(email)))
            .object()[u"data"_s]
            .toArray();
    }

    QJsonObject storedMember(const QString &id)
    {
        for (const QJsonValue &member : m_sandbox->state(u"forward"_s)[u"members"_s].toArray()) {
            if (member[u"id"_s].toString() == id)
                return member.toObject();
        }
        return {};
    }

    QString createJohn()
    {
        const TestReply created = call("POST", u"/users"_s, john());
        return created.status == 201 ? created.object()[u"id"_s].toString() : QString();
    }

    static QJsonObject john()
    {
        return {{u"first_name"_s, u"John"_s},
                {u"last_name"_s, u"Doe"_s},
                {u"email"_s, u"john@example.com"_s}};
    }

    static void verifyUserShape(const QJsonObject &user)
    {
        QCOMPARE(user.keys(), UserKeys);
        static const QRegularExpression idPattern(u"^user_[a-z0-9]{12}$"_s);
        QVERIFY2(idPattern.match(user[u"id"_s].toString()).hasMatch(),
                 qPrintable(user[u"id"_s].toString()));
        QVERIFY(!user[u"email"_s].toString().isEmpty());
        QCOMPARE(user[u"type"_s].toString(), u"BUSINESS"_s);
        const QString status = user[u"status"_s].toString();
        QVERIFY2(status == u"ACTIVE" || status == u"INACTIVE", qPrintable(status));
    }

    // Forward's live error shape: {type, code, argument_errors, message}.
    static void verifyError(const TestReply &result, int status, const QString &mentions)
    {
        QCOMPARE(result.status, status);
        const QJsonObject error = result.object();
        QCOMPARE(error.keys(), ErrorKeys);
        QCOMPARE(error.value(u"type"_s).toString(), typeFor(status));
        QVERIFY(!error.value(u"code"_s).toString().isEmpty());
        QVERIFY(error.value(u"argument_errors"_s).isObject());
        QVERIFY2(error.value(u"message"_s).toString().contains(mentions),
                 qPrintable(u"message \"%1\" should mention \"%2\""_s.arg(
                     error.value(u"message"_s).toString(), mentions)));
    }

    // A 400 for fields: the generic message, each field's problem in argument_errors.
    static void verifyInvalid(const TestReply &result, const QJsonObject &argumentErrors)
    {
        verifyError(result, 400, u"Invalid request"_s);
        QCOMPARE(result.object()[u"message"_s].toString(), u"Invalid request"_s);
        QCOMPARE(result.object()[u"code"_s].toString(), u"invalid_argument"_s);
        QCOMPARE(result.object()[u"argument_errors"_s].toObject(), argumentErrors);
    }

    static void verifyInvalidField(const TestReply &result, const QString &field)
    {
        verifyError(result, 400, QString());
        const QJsonObject errors = result.object()[u"argument_errors"_s].toObject();
        if (field.isEmpty() || field == u"JSON") {
            QVERIFY2(errors.isEmpty(), result.body.constData());
            QVERIFY2(result.object()[u"message"_s].toString().contains(u"JSON"_s),
                     result.body.constData());
            return;
        }
        QCOMPARE(result.object()[u"message"_s].toString(), u"Invalid request"_s);
        QVERIFY2(errors.contains(field), result.body.constData());
        QVERIFY2(!errors.value(field).toString().isEmpty(), result.body.constData());
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxProcess>(
            QStringList{u"--rate-limit"_s, u"0"_s, u"--members"_s, u"5"_s});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    }

    void cleanup() { m_sandbox.reset(); }

    void listUsers_byTypeAnswersTheDataAndMetaEnvelope()
    {
        const TestReply result = list(u"type=BUSINESS"_s);
        QCOMPARE(result.status, 200);
        const QJsonObject page = result.object();
        QCOMPARE(page.keys(), QStringList({u"data"_s, u"meta"_s}));
        QCOMPARE(page[u"meta"_s].toObject(),
                 QJsonObject({{u"page"_s, 0}, {u"size"_s, 20}, {u"total_count"_s, 5}}));
        const QJsonArray users = page[u"data"_s].toArray();
        QCOMPARE(users.size(), 5);
        for (const QJsonValue &user : users)
            verifyUserShape(user.toObject());

        const QJsonArray stored = m_sandbox->state(u"forward"_s)[u"members"_s].toArray();
        QCOMPARE(stored.size(), 5);
        for (const QJsonValue &member : stored)
            QCOMPARE(member[u"business_id"_s].toString(), u"biz_sandbox"_s);
    }

    void listUsers_requiresType_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("nothing") << QString();
        QTest::newRow("email only") << u"email=john%40example.com"_s;
        QTest::newRow("business only") << u"business_id=biz_sandbox"_s;
        QTest::newRow("paging only") << u"page=0&size=10"_s;
    }

    void listUsers_requiresType()
    {
        QFETCH(QString, query);
        const TestReply result = list(query);
        verifyInvalid(result, {{u"type"_s, u"must not be null"_s}});
    }

    void listUsers_byEmailIgnoringCase()
    {
        const TestReply created = call("POST", u"/users"_s, john());
        QCOMPARE(created.status, 201);
        const QString id = created.object()[u"id"_s].toString();

        const TestReply found = list(u"email=JOHN%40Example.COM&type=BUSINESS"_s);
        QCOMPARE(found.status, 200);
        QCOMPARE(found.object()[u"meta"_s][u"total_count"_s].toInt(), 1);
        const QJsonArray users = found.object()[u"data"_s].toArray();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.first().toObject(), created.object());

        const TestReply both =
            list(u"type=BUSINESS&email=john%40example.com&business_id=biz_sandbox"_s);
        QCOMPARE(both.object()[u"data"_s][0][u"id"_s].toString(), id);
        const TestReply otherBusiness =
            list(u"type=BUSINESS&email=john%40example.com&business_id=biz_other"_s);
        QCOMPARE(otherBusiness.status, 200);
        QCOMPARE(otherBusiness.object()[u"meta"_s][u"total_count"_s].toInt(), 0);
        QCOMPARE(otherBusiness.object()[u"data"_s].toArray().size(), 0);

        const TestReply none = list(u"type=BUSINESS&email=nobody%40example.com"_s);
        QCOMPARE(none.status, 200);
        QCOMPARE(none.object()[u"meta"_s][u"total_count"_s].toInt(), 0);
        QCOMPARE(none.object()[u"data"_s].toArray().size(), 0);

        // The email filter is an exact match: no prefix, no empty filter listing everyone.
        QCOMPARE(listByEmail(u"john"_s).size(), 0);
        QCOMPARE(listByEmail(u"ohn@example.com"_s).size(), 0);
        QCOMPARE(listByEmail(QString()).size(), 0);

        QJsonObject plus = john();
        plus[u"email"_s] = u"john+news@example.com"_s;
        QCOMPARE(call("POST", u"/users"_s, plus).status, 201);
        const QJsonArray plusFound = listByEmail(u"John+News@example.com"_s);
        QCOMPARE(plusFound.size(), 1);
        QCOMPARE(plusFound.first()[u"email"_s].toString(), u"john+news@example.com"_s);
    }

    void listUsers_filtersByTypeAndBusiness()
    {
        const TestReply individual = list(u"type=INDIVIDUAL"_s);
        QCOMPARE(individual.status, 200);
        QCOMPARE(individual.object()[u"meta"_s][u"total_count"_s].toInt(), 0);
        QCOMPARE(individual.object()[u"data"_s].toArray().size(), 0);

        QJsonObject elsewhere = john();
        elsewhere[u"business_id"_s] = u"biz_elsewhere"_s;
        const TestReply created = call("POST", u"/users"_s, elsewhere);
        QCOMPARE(created.status, 201);
        QCOMPARE(storedMember(created.object()[u"id"_s].toString())[u"business_id"_s].toString(),
                 u"biz_elsewhere"_s);

        const TestReply other = list(u"type=BUSINESS&business_id=biz_elsewhere"_s);
        QCOMPARE(other.object()[u"data"_s].toArray(), QJsonArray{created.object()});
        QCOMPARE(businessMembers().size(), 5);
        QCOMPARE(list(u"type=BUSINESS"_s).object()[u"meta"_s][u"total_count"_s].toInt(), 6);
    }

    void listUsers_paginatesWithPageAndSize()
    {
        const QJsonArray all = businessMembers();
        QCOMPARE(all.size(), 5);

        QJsonArray paged;
        for (int page = 0; page < 3; ++page) {
            const TestReply result = list(u"type=BUSINESS&size=2&page=%1"_s.arg(page));
            QCOMPARE(result.status, 200);
            QCOMPARE(result.object()[u"meta"_s].toObject(),
                     QJsonObject({{u"page"_s, page}, {u"size"_s, 2}, {u"total_count"_s, 5}}));
            const QJsonArray data = result.object()[u"data"_s].toArray();
            QCOMPARE(data.size(), page < 2 ? 2 : 1);
            for (const QJsonValue &user : data)
                paged.append(user);
        }
        QCOMPARE(paged, all);

        const TestReply beyond = list(u"type=BUSINESS&size=2&page=3"_s);
        QCOMPARE(beyond.status, 200);
        QCOMPARE(beyond.object()[u"data"_s].toArray(), QJsonArray());
        QCOMPARE(beyond.object()[u"meta"_s].toObject(),
                 QJsonObject({{u"page"_s, 3}, {u"size"_s, 2}, {u"total_count"_s, 5}}));

        const TestReply clamped = list(u"type=BUSINESS&size=500"_s);
        QCOMPARE(clamped.status, 200);
        QCOMPARE(clamped.object()[u"meta"_s][u"size"_s].toInt(), 50);
        QCOMPARE(clamped.object()[u"data"_s].toArray().size(), 5);

        const TestReply one = list(u"type=BUSINESS&size=1&page=3"_s);
        QCOMPARE(one.object()[u"data"_s].toArray(), QJsonArray({all.at(3)}));
    }

    void listUsers_rejectsBadQueriesNamingTheParameter_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown type") << u"type=PARTNER"_s << u"type"_s;
        QTest::newRow("lower-case type") << u"type=business"_s << u"type"_s;
        QTest::newRow("empty type") << u"type="_s << u"type"_s;
        QTest::newRow("size zero") << u"type=BUSINESS&size=0"_s << u"size"_s;
        QTest::newRow("size negative") << u"type=BUSINESS&size=-1"_s << u"size"_s;
        QTest::newRow("size not a number") << u"type=BUSINESS&size=ten"_s << u"size"_s;
        QTest::newRow("size fraction") << u"type=BUSINESS&size=1.5"_s << u"size"_s;
        QTest::newRow("size empty") << u"type=BUSINESS&size="_s << u"size"_s;
        QTest::newRow("page negative") << u"type=BUSINESS&page=-1"_s << u"page"_s;
        QTest::newRow("page not a number") << u"type=BUSINESS&page=x"_s << u"page"_s;
    }

    void listUsers_rejectsBadQueriesNamingTheParameter()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const TestReply result = list(query);
        verifyInvalidField(result, field);
        QCOMPARE(result.object()[u"argument_errors"_s].toObject().keys(), QStringList{field});
    }

    void getUser_byIdOr404()
    {
        const QJsonObject first = businessMembers().first().toObject();
        const QString id = first[u"id"_s].toString();
        const TestReply found = call("GET", u"/users/"_s + id);
        QCOMPARE(found.status, 200);
        verifyUserShape(found.object());
        QCOMPARE(found.object(), first);

        const TestReply missing = call("GET", u"/users/user_doesnotexist"_s);
        verifyError(missing, 404, u"user_doesnotexist"_s);
        QCOMPARE(missing.object()[u"code"_s].toString(), u"user_not_found"_s);
        QCOMPARE(missing.object()[u"argument_errors"_s].toObject(), QJsonObject());
    }

    void createUser_answers201WithTheBareUser()
    {
        QJsonObject body = john();
        body[u"email"_s] = u"  John@Example.com "_s;
        const TestReply created = call("POST", u"/users"_s, body);
        QCOMPARE(created.status, 201);
        const QJsonObject user = created.object();
        verifyUserShape(user);
        QCOMPARE(user[u"first_name"_s].toString(), u"John"_s);
        QCOMPARE(user[u"last_name"_s].toString(), u"Doe"_s);
        QCOMPARE(user[u"email"_s].toString(), u"john@example.com"_s);
        QCOMPARE(user[u"status"_s].toString(), u"ACTIVE"_s);

        const QString id = user[u"id"_s].toString();
        int withThisId = 0;
        for (const QJsonValue &member : m_sandbox->state(u"forward"_s)[u"members"_s].toArray())
            withThisId += member[u"id"_s].toString() == id ? 1 : 0;
        QCOMPARE(withThisId, 1);
        const TestReply fetched = call("GET", u"/users/"_s + id);
        QCOMPARE(fetched.status, 200);
        QCOMPARE(fetched.object(), user);
        QCOMPARE(storedMember(id)[u"business_id"_s].toString(), u"biz_sandbox"_s);
        QCOMPARE(businessMembers().size(), 6);

        QJsonObject second = john();
        second[u"email"_s] = u"johnny@example.com"_s;
        second[u"business_id"_s] = u"biz_42"_s;
        const TestReply another = call("POST", u"/users"_s, second);
        QCOMPARE(another.status, 201);
        QCOMPARE(another.object().keys(), UserKeys);
        QVERIFY(another.object()[u"id"_s].toString() != id);
        QCOMPARE(storedMember(another.object()[u"id"_s].toString())[u"business_id"_s].toString(),
                 u"biz_42"_s);
    }

    void createUser_rejectsBadInputNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QJsonObject>("argumentErrors"); // empty: the body is no JSON object
        QTest::newRow("missing first_name")
            << R"({"last_name":"Doe","email":"a@example.com"})"_ba
            << QJsonObject{{u"first_name"_s, u"must not be null"_s}};
        QTest::newRow("missing last_name") << R"({"first_name":"A","email":"a@example.com"})"_ba
                                           << QJsonObject{{u"last_name"_s, u"must not be null"_s}};
        QTest::newRow("missing email") << R"({"first_name":"A","last_name":"Doe"})"_ba
                                       << QJsonObject{{u"email"_s, u"must not be null"_s}};
        QTest::newRow("missing everything") << R"({})"_ba
                                            << QJsonObject{{u"first_name"_s, u"must not be null"_s},
                                                           {u"last_name"_s, u"must not be null"_s},
                                                           {u"email"_s, u"must not be null"_s}};
        QTest::newRow("invalid email")
            << R"({"first_name":"A","last_name":"Doe","email":"not-an-email"})"_ba
            << QJsonObject{{u"email"_s, u"must be a well-formed email address"_s}};
        QTest::newRow("email not a string")
            << R"({"first_name":"A","last_name":"Doe","email":42})"_ba
            << QJsonObject{{u"email"_s, u"must be a string"_s}};
        QTest::newRow("first_name not a string")
            << R"({"first_name":5,"last_name":"Doe","email":"a@example.com"})"_ba
            << QJsonObject{{u"first_name"_s, u"must be a string"_s}};
        QTest::newRow("last_name an array")
            << R"({"first_name":"A","last_name":["Doe"],"email":"a@example.com"})"_ba
            << QJsonObject{{u"last_name"_s, u"must be a string"_s}};
        QTest::newRow("first_name null")
            << R"({"first_name":null,"last_name":"Doe","email":"a@example.com"})"_ba
            << QJsonObject{{u"first_name"_s, u"must not be null"_s}};
        QTest::newRow("last_name blank")
            << R"({"first_name":"A","last_name":"  ","email":"a@example.com"})"_ba
            << QJsonObject{{u"last_name"_s, u"must not be blank"_s}};
        QTest::newRow("business_id blank")
            << R"({"first_name":"A","last_name":"Doe","email":"a@example.com","business_id":""})"_ba
            << QJsonObject{{u"business_id"_s, u"must not be blank"_s}};
        QTest::newRow("not JSON") << "first_name=A&last_name=Doe&email=a@example.com"_ba
                                  << QJsonObject();
        QTest::newRow("JSON array") << R"([{"email":"a@example.com"}])"_ba << QJsonObject();
        QTest::newRow("empty body") << QByteArray() << QJsonObject();
    }

    void createUser_rejectsBadInputNamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QJsonObject, argumentErrors);
        const QJsonObject before = m_sandbox->state(u"forward"_s);
        const TestReply result = m_http.send("POST", api(u"/users"_s), auth(), body);
        if (argumentErrors.isEmpty())
            verifyInvalidField(result, u"JSON"_s);
        else
            verifyInvalid(result, argumentErrors);
        QCOMPARE(m_sandbox->state(u"forward"_s), before);
        QVERIFY(listByEmail(u"a@example.com"_s).isEmpty());
    }

    void createUser_refusesADuplicateEmail()
    {
        QCOMPARE(call("POST", u"/users"_s, john()).status, 201);
        const QJsonObject before = m_sandbox->state(u"forward"_s);
        QJsonObject again = john();
        again[u"email"_s] = u"JOHN@example.com"_s;
        again[u"first_name"_s] = u"Johnny"_s;
        verifyError(call("POST", u"/users"_s, again), 409, u"john@example.com"_s);

        const QString seeded = businessMembers().first()[u"email"_s].toString();
        again[u"email"_s] = seeded.toUpper();
        verifyError(call("POST", u"/users"_s, again), 409, seeded);
        QCOMPARE(m_sandbox->state(u"forward"_s), before);
        QCOMPARE(listByEmail(u"john@example.com"_s).first()[u"first_name"_s].toString(), u"John"_s);
    }

    void updateUser_replacesTheWholeUser()
    {
        const TestReply created = call("POST", u"/users"_s, john());
        const QString id = created.object()[u"id"_s].toString();

        QJsonObject body = john();
        body[u"last_name"_s] = u"Smith"_s;
        const TestReply updated = call("PUT", u"/users/"_s + id, body);
        QCOMPARE(updated.status, 200);
        QJsonObject expected = created.object();
        expected[u"last_name"_s] = u"Smith"_s;
        QCOMPARE(updated.object(), expected);
        QCOMPARE(call("GET", u"/users/"_s + id).object(), expected);

        body[u"first_name"_s] = u"Jon"_s;
        body[u"business_id"_s] = u"biz_moved"_s;
        const TestReply renamed = call("PUT", u"/users/"_s + id, body);
        QCOMPARE(renamed.status, 200);
        expected[u"first_name"_s] = u"Jon"_s;
        QCOMPARE(renamed.object(), expected);
        QCOMPARE(storedMember(id)[u"business_id"_s].toString(), u"biz_moved"_s);
    }

    void updateUser_requiresEveryField_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QStringList>("missing");
        QTest::newRow("only last_name") << QJsonObject{{u"last_name"_s, u"Smith"_s}}
                                        << QStringList{u"email"_s, u"first_name"_s};
        QTest::newRow("no email") << QJsonObject{{u"first_name"_s, u"Jon"_s},
                                                 {u"last_name"_s, u"Doe"_s}}
                                  << QStringList{u"email"_s};
        QTest::newRow("no first_name")
            << QJsonObject{{u"email"_s, u"john@example.com"_s}, {u"last_name"_s, u"Doe"_s}}
            << QStringList{u"first_name"_s};
        QTest::newRow("no last_name")
            << QJsonObject{{u"email"_s, u"john@example.com"_s}, {u"first_name"_s, u"Jon"_s}}
            << QStringList{u"last_name"_s};
        QTest::newRow("empty object")
            << QJsonObject{} << QStringList{u"email"_s, u"first_name"_s, u"last_name"_s};
    }

    void updateUser_requiresEveryField()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QStringList, missing);
        const QString id = createJohn();
        const QJsonObject before = m_sandbox->state(u"forward"_s);
        QJsonObject argumentErrors;
        for (const QString &field : missing)
            argumentErrors.insert(field, u"must not be null"_s);
        const TestReply result = m_http.send("PUT", api(u"/users/"_s + id), auth(),
                                             QJsonDocument(body).toJson(QJsonDocument::Compact));
        verifyInvalid(result, argumentErrors);
        QCOMPARE(m_sandbox->state(u"forward"_s), before);
    }

    void updateUser_changesTheEmail()
    {
        const QString id = createJohn();
        QJsonObject body = john();
        body[u"email"_s] = u"John.Doe@Example.org"_s;
        const TestReply updated = call("PUT", u"/users/"_s + id, body);
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.object()[u"email"_s].toString(), u"john.doe@example.org"_s);
        QCOMPARE(updated.object()[u"id"_s].toString(), id);
        QCOMPARE(updated.object()[u"first_name"_s].toString(), u"John"_s);

        QVERIFY(listByEmail(u"john@example.com"_s).isEmpty());
        const QJsonArray found = listByEmail(u"john.doe@example.org"_s);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first()[u"id"_s].toString(), id);

        // The same address in another case is no conflict with the member itself.
        body[u"email"_s] = u"JOHN.DOE@example.org"_s;
        const TestReply sameAddress = call("PUT", u"/users/"_s + id, body);
        QCOMPARE(sameAddress.status, 200);
        QCOMPARE(sameAddress.object()[u"email"_s].toString(), u"john.doe@example.org"_s);

        // The old address is free again.
        QCOMPARE(call("POST", u"/users"_s, john()).status, 201);
        QCOMPARE(businessMembers().size(), 7);
    }

    void updateUser_refusesAnEmailThatIsTaken()
    {
        const TestReply created = call("POST", u"/users"_s, john());
        const QString id = created.object()[u"id"_s].toString();
        const QString seeded = businessMembers().first()[u"email"_s].toString();
        const QJsonObject before = m_sandbox->state(u"forward"_s);

        QJsonObject body = john();
        body[u"first_name"_s] = u"Changed"_s;
        body[u"email"_s] = seeded.toUpper();
        verifyError(call("PUT", u"/users/"_s + id, body), 409, seeded);
        QCOMPARE(call("GET", u"/users/"_s + id).object(), created.object());
        QCOMPARE(m_sandbox->state(u"forward"_s), before);
        QCOMPARE(listByEmail(seeded).size(), 1);
    }

    void updateUser_rejectsBadInputNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        const QByteArray valid = R"("first_name":"Jon","last_name":"Doe","email":"j@example.com")";
        QTest::newRow("invalid email")
            << R"({"first_name":"Jon","last_name":"Doe","email":"nope"})"_ba << u"email"_s;
        QTest::newRow("email not a string")
            << R"({"first_name":"Jon","last_name":"Doe","email":true})"_ba << u"email"_s;
        QTest::newRow("first_name not a string")
            << R"({"first_name":1,"last_name":"Doe","email":"j@example.com"})"_ba
            << u"first_name"_s;
        QTest::newRow("first_name empty")
            << R"({"first_name":"","last_name":"Doe","email":"j@example.com"})"_ba
            << u"first_name"_s;
        QTest::newRow("last_name blank")
            << R"({"first_name":"Jon","last_name":" ","email":"j@example.com"})"_ba
            << u"last_name"_s;
        QTest::newRow("last_name an object")
            << R"({"first_name":"Jon","last_name":{},"email":"j@example.com"})"_ba
            << u"last_name"_s;
        QTest::newRow("business_id not a string")
            << "{" + valid + R"(,"business_id":7})"_ba << u"business_id"_s;
        QTest::newRow("not JSON") << "{first_name: Changed}"_ba << u"JSON"_s;
        QTest::newRow("JSON array") << R"(["first_name"])"_ba << u"JSON"_s;
        QTest::newRow("empty body") << QByteArray() << u"JSON"_s;
    }

    void updateUser_rejectsBadInputNamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const TestReply created = call("POST", u"/users"_s, john());
        const QString id = created.object()[u"id"_s].toString();
        const QJsonObject before = m_sandbox->state(u"forward"_s);
        verifyInvalidField(m_http.send("PUT", api(u"/users/"_s + id), auth(), body), field);
        QCOMPARE(m_sandbox->state(u"forward"_s), before);
        QCOMPARE(call("GET", u"/users/"_s + id).object(), created.object());
    }

    void setStatus_readsTheValueInAnyCase()
    {
        const TestReply created = call("POST", u"/users"_s, john());
        const QString id = created.object()[u"id"_s].toString();

        const TestReply inactive =
            call("PUT", u"/users/"_s + id + u"/status"_s, {{u"status"_s, u"inactive"_s}});
        QCOMPARE(inactive.status, 200);
        QVERIFY(!inactive.object()[u"message"_s].toString().isEmpty());
        QCOMPARE(inactive.object()[u"status"_s].toString(), u"INACTIVE"_s);
        QCOMPARE(call("GET", u"/users/"_s + id).object()[u"status"_s].toString(), u"INACTIVE"_s);
        QCOMPARE(storedMember(id)[u"status"_s].toString(), u"INACTIVE"_s);
        QCOMPARE(listByEmail(u"john@example.com"_s).first()[u"status"_s].toString(), u"INACTIVE"_s);

        // Setting the status it already has is fine.
        QCOMPARE(
            call("PUT", u"/users/"_s + id + u"/status"_s, {{u"status"_s, u"INACTIVE"_s}}).status,
            200);

        const TestReply active =
            call("PUT", u"/users/"_s + id + u"/status"_s, {{u"status"_s, u"Active"_s}});
        QCOMPARE(active.status, 200);
        QVERIFY(!active.object()[u"message"_s].toString().isEmpty());
        QCOMPARE(call("GET", u"/users/"_s + id).object(), created.object());
    }

    void setStatus_rejectsAnythingButActiveOrInactive_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("other value") << R"({"status":"DELETED"})"_ba << u"status"_s;
        QTest::newRow("empty") << R"({"status":""})"_ba << u"status"_s;
        QTest::newRow("not a string") << R"({"status":0})"_ba << u"status"_s;
        QTest::newRow("boolean") << R"({"status":false})"_ba << u"status"_s;
        QTest::newRow("missing") << R"({"state":"INACTIVE"})"_ba << u"status"_s;
        QTest::newRow("not JSON") << "status=INACTIVE"_ba << u"JSON"_s;
        QTest::newRow("empty body") << QByteArray() << u"JSON"_s;
    }

    void setStatus_rejectsAnythingButActiveOrInactive()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const QString id = createJohn();
        const QJsonObject before = m_sandbox->state(u"forward"_s);
        verifyInvalidField(m_http.send("PUT", api(u"/users/"_s + id + u"/status"_s), auth(), body),
                           field);
        QCOMPARE(m_sandbox->state(u"forward"_s), before);
        QCOMPARE(call("GET", u"/users/"_s + id).object()[u"status"_s].toString(), u"ACTIVE"_s);
    }

    void loginUrl_answersIdAndLinkThatOpensOnce()
    {
        const QString id = createJohn();
        QVERIFY(storedMember(id)[u"last_login_at"_s].toString().isEmpty());

        const TestReply issued = call("POST", u"/v1/users/"_s + id + u"/login_url"_s);
        QCOMPARE(issued.status, 200);
        QCOMPARE(issued.object().keys(), QStringList({u"id"_s, u"login_url"_s}));
        QCOMPARE(issued.object()[u"id"_s].toString(), id);
        const QUrl link(issued.object()[u"login_url"_s].toString());
        QCOMPARE(link.scheme(), u"http"_s);
        QCOMPARE(link.host(), u"127.0.0.1"_s);
        QCOMPARE(link.port(), int(m_sandbox->port()));
        QCOMPARE(link.path(), u"/forward/auth/magic-link"_s);
        QVERIFY(!QUrlQuery(link).queryItemValue(u"code"_s).isEmpty());
        QCOMPARE(m_sandbox->outstandingLinks(), 1);

        const TestReply opened = m_http.get(link);
        QCOMPARE(opened.status, 200);
        QVERIFY(!storedMember(id)[u"last_login_at"_s].toString().isEmpty());
        QCOMPARE(m_sandbox->outstandingLinks(), 0);
        QCOMPARE(m_http.get(link).status, 410);

        const TestReply second = call("POST", u"/v1/users/"_s + id + u"/login_url"_s);
        QCOMPARE(second.status, 200);
        QVERIFY(second.object()[u"login_url"_s].toString() != link.toString());
    }

    void loginUrl_isRefusedForAnInactiveMember()
    {
        const QString id = createJohn();
        QCOMPARE(
            call("PUT", u"/users/"_s + id + u"/status"_s, {{u"status"_s, u"INACTIVE"_s}}).status,
            200);
        const QJsonObject before = m_sandbox->state(u"forward"_s);
        verifyError(call("POST", u"/v1/users/"_s + id + u"/login_url"_s), 403, id);
        QCOMPARE(m_sandbox->outstandingLinks(), 0);
        QCOMPARE(m_sandbox->state(u"forward"_s), before);

        QCOMPARE(call("PUT", u"/users/"_s + id + u"/status"_s, {{u"status"_s, u"ACTIVE"_s}}).status,
                 200);
        QCOMPARE(call("POST", u"/v1/users/"_s + id + u"/login_url"_s).status, 200);
    }

    void v1Prefix_servesEveryRouteAsAtTheRoot()
    {
        // A live client's base URL ends in /v1: its list call is /forward/v1/users.
        const TestReply listed = call("GET", u"/v1/users?type=BUSINESS"_s);
        QCOMPARE(listed.status, 200);
        QCOMPARE(listed.object(), list(u"type=BUSINESS"_s).object());
        verifyInvalid(call("GET", u"/v1/users"_s), {{u"type"_s, u"must not be null"_s}});

        const TestReply created = call("POST", u"/v1/users"_s, john());
        QCOMPARE(created.status, 201);
        const QString id = created.object()[u"id"_s].toString();
        verifyUserShape(created.object());
        QCOMPARE(call("GET", u"/v1/users/"_s + id).object(), created.object());

        QJsonObject body = john();
        body[u"first_name"_s] = u"Jon"_s;
        const TestReply updated = call("PUT", u"/v1/users/"_s + id, body);
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.object()[u"first_name"_s].toString(), u"Jon"_s);
        QCOMPARE(call("GET", u"/users/"_s + id).object(), updated.object());

        const TestReply status =
            call("PUT", u"/v1/users/"_s + id + u"/status"_s, {{u"status"_s, u"INACTIVE"_s}});
        QCOMPARE(status.status, 200);
        QCOMPARE(call("GET", u"/users/"_s + id).object()[u"status"_s].toString(), u"INACTIVE"_s);
        QCOMPARE(
            call("PUT", u"/v1/users/"_s + id + u"/status"_s, {{u"status"_s, u"ACTIVE"_s}}).status,
            200);

        // The link path is the guide's /v1/users/{id}/login_url, never doubled, never bare.
        QCOMPARE(call("POST", u"/v1/users/"_s + id + u"/login_url"_s).status, 200);
        verifyError(call("POST", u"/v1/v1/users/"_s + id + u"/login_url"_s), 404, u"v1/v1"_s);
        verifyError(call("POST", u"/users/"_s + id + u"/login_url"_s), 404, u"login_url"_s);
        QCOMPARE(m_sandbox->outstandingLinks(), 1);
    }

    void unknownMember_answers404_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        const QByteArray full = R"({"first_name":"X","last_name":"Y","email":"x@example.com"})";
        for (const QString &prefix : {QString(), u"/v1"_s}) {
            const QByteArray name = prefix.isEmpty() ? "" : "v1 ";
            QTest::addRow("%sget", name.constData())
                << "GET"_ba << prefix + u"/users/user_nobody000000"_s << QByteArray();
            QTest::addRow("%supdate", name.constData())
                << "PUT"_ba << prefix + u"/users/user_nobody000000"_s << full;
            QTest::addRow("%sstatus", name.constData())
                << "PUT"_ba << prefix + u"/users/user_nobody000000/status"_s
                << R"({"status":"INACTIVE"})"_ba;
        }
        QTest::newRow("login_url")
            << "POST"_ba << u"/v1/users/user_nobody000000/login_url"_s << QByteArray();
    }

    void unknownMember_answers404()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const QJsonObject before = m_sandbox->state(u"forward"_s);
        const TestReply result = m_http.send(method, api(path), auth(), body);
        verifyError(result, 404, u"user_nobody000000"_s);
        QCOMPARE(result.object()[u"code"_s].toString(), u"user_not_found"_s);
        QCOMPARE(m_sandbox->state(u"forward"_s), before);
        QCOMPARE(m_sandbox->outstandingLinks(), 0);
    }

    void everyEndpoint_refusesAMissingOrWrongKey_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<RawHeaders>("headers");
        const QByteArray create = QJsonDocument(john()).toJson(QJsonDocument::Compact);
        const QList<std::tuple<QByteArray, QString, QByteArray>> endpoints = {
            {"GET", u"/users?type=BUSINESS"_s, {}},
            {"GET", u"/users/{id}"_s, {}},
            {"POST", u"/users"_s, create},
            {"PUT", u"/users/{id}"_s, create},
            {"PUT", u"/users/{id}/status"_s, R"({"status":"INACTIVE"})"_ba},
            {"GET", u"/v1/users?type=BUSINESS"_s, {}},
            {"POST", u"/v1/users"_s, create},
            {"POST", u"/v1/users/{id}/login_url"_s, {}}};
        const QByteArray key = SandboxProcess::DefaultKey;
        for (const auto &[method, path, body] : endpoints) {
            QTest::addRow("%s %s no key", method.constData(), qPrintable(path))
                << method << path << body << RawHeaders();
            QTest::addRow("%s %s wrong key", method.constData(), qPrintable(path))
                << method << path << body << HttpClient::xApiKey("wrong-key"_ba);
            QTest::addRow("%s %s key with a suffix", method.constData(), qPrintable(path))
                << method << path << body << HttpClient::xApiKey(key + "x");
            QTest::addRow("%s %s key as bearer", method.constData(), qPrintable(path))
                << method << path << body << HttpClient::bearer(key);
        }
    }

    void everyEndpoint_refusesAMissingOrWrongKey()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(RawHeaders, headers);
        const QString id = businessMembers().first()[u"id"_s].toString();
        const QJsonObject before = m_sandbox->state(u"forward"_s);
        const TestReply result =
            m_http.send(method, api(QString(path).replace(u"{id}"_s, id)), headers, body);
        verifyError(result, 401, QString());
        QVERIFY(!result.object()[u"message"_s].toString().isEmpty());
        QCOMPARE(result.object()[u"argument_errors"_s].toObject(), QJsonObject());
        QCOMPARE(m_sandbox->state(u"forward"_s), before);
        QCOMPARE(m_sandbox->outstandingLinks(), 0);
    }

    void unknownPathsAndMethods_answerInTheProvidersShape()
    {
        const QString id = businessMembers().first()[u"id"_s].toString();
        const QJsonObject before = m_sandbox->state(u"forward"_s);
        verifyError(call("GET", u"/nothing-here"_s), 404, u"nothing-here"_s);
        verifyError(call("GET", u"/v2/users?type=BUSINESS"_s), 404, u"v2"_s);
        verifyError(call("PATCH", u"/users/"_s + id, {{u"first_name"_s, u"X"_s}}), 405, u"PATCH"_s);
        verifyError(call("DELETE", u"/users/"_s + id), 405, u"DELETE"_s);
        verifyError(call("DELETE", u"/v1/users/"_s + id), 405, u"DELETE"_s);
        verifyError(call("GET", u"/v1/users/"_s + id + u"/login_url"_s), 405, u"GET"_s);
        verifyError(call("POST", u"/users/"_s + id + u"/status"_s, {{u"status"_s, u"ACTIVE"_s}}),
                    405, u"POST"_s);
        QCOMPARE(m_sandbox->state(u"forward"_s), before);
        QCOMPARE(m_sandbox->outstandingLinks(), 0);
    }
};

QTEST_GUILESS_MAIN(TestForwardApi)
#include "tst_forward_api.moc"
