// Forward's login_url portal API over loopback against a real roster-sandbox: every endpoint, its
// success and each documented failure.
#include "http_client.h"
#include "sandbox_process.h"

#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

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
        return list(u"business_id=biz_sandbox&limit=500"_s).object()[u"data"_s].toArray();
    }

    QJsonArray listByEmail(const QString &email)
    {
        return list(u"email="_s + QString::fromLatin1(QUrl::toPercentEncoding(email)))
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

    static QJsonObject john()
    {
        return {{u"first_name"_s, u"John"_s},
                {u"last_name"_s, u"Doe"_s},
                {u"email"_s, u"john@example.com"_s}};
    }

    static void verifyUserShape(const QJsonObject &user)
    {
        QCOMPARE(user.keys(), QStringList({u"email"_s, u"first_name"_s, u"id"_s, u"last_name"_s,
                                           u"status"_s, u"type"_s}));
        static const QRegularExpression idPattern(u"^user_[a-z0-9]{12}$"_s);
        QVERIFY2(idPattern.match(user[u"id"_s].toString()).hasMatch(),
                 qPrintable(user[u"id"_s].toString()));
        QVERIFY(!user[u"email"_s].toString().isEmpty());
        QCOMPARE(user[u"type"_s].toString(), u"BUSINESS"_s);
        const QString status = user[u"status"_s].toString();
        QVERIFY2(status == u"ACTIVE" || status == u"INACTIVE", qPrintable(status));
    }

    static void verifyError(const TestReply &result, int status, const QString &mentions)
    {
        QCOMPARE(result.status, status);
        const QJsonObject error = result.object();
        QCOMPARE(error.keys(), QStringList({u"error"_s, u"message"_s, u"statusCode"_s}));
        QCOMPARE(error.value(u"statusCode"_s).toInt(), status);
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

    void listUsers_byBusinessReturnsEveryMemberWithTheDocumentedFields()
    {
        const TestReply result = list(u"business_id=biz_sandbox"_s);
        QCOMPARE(result.status, 200);
        const QJsonObject page = result.object();
        QCOMPARE(page.keys(), QStringList({u"data"_s, u"limit"_s, u"offset"_s, u"total"_s}));
        QCOMPARE(page[u"total"_s].toInt(), 5);
        QCOMPARE(page[u"limit"_s].toInt(), 100);
        QCOMPARE(page[u"offset"_s].toInt(), 0);
        const QJsonArray users = page[u"data"_s].toArray();
        QCOMPARE(users.size(), 5);
        for (const QJsonValue &user : users)
            verifyUserShape(user.toObject());

        const QJsonArray stored = m_sandbox->state(u"forward"_s)[u"members"_s].toArray();
        QCOMPARE(stored.size(), 5);
        for (const QJsonValue &member : stored)
            QCOMPARE(member[u"business_id"_s].toString(), u"biz_sandbox"_s);

        const TestReply other = list(u"business_id=biz_elsewhere"_s);
        QCOMPARE(other.status, 200);
        QCOMPARE(other.object()[u"total"_s].toInt(), 0);
        QCOMPARE(other.object()[u"data"_s].toArray().size(), 0);
    }

    void listUsers_byEmailIgnoringCase()
    {
        const TestReply created = call("POST", u"/users"_s, john());
        QCOMPARE(created.status, 201);
        const QString id = created.object()[u"id"_s].toString();

        const TestReply found = list(u"email=JOHN%40Example.COM&type=BUSINESS"_s);
        QCOMPARE(found.status, 200);
        QCOMPARE(found.object()[u"total"_s].toInt(), 1);
        const QJsonArray users = found.object()[u"data"_s].toArray();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.first().toObject(), created.object());

        const TestReply both = list(u"email=john%40example.com&business_id=biz_sandbox"_s);
        QCOMPARE(both.object()[u"data"_s][0][u"id"_s].toString(), id);
        const TestReply otherBusiness = list(u"email=john%40example.com&business_id=biz_other"_s);
        QCOMPARE(otherBusiness.status, 200);
        QCOMPARE(otherBusiness.object()[u"total"_s].toInt(), 0);
        QCOMPARE(otherBusiness.object()[u"data"_s].toArray().size(), 0);

        const TestReply none = list(u"email=nobody%40example.com"_s);
        QCOMPARE(none.status, 200);
        QCOMPARE(none.object()[u"total"_s].toInt(), 0);
        QCOMPARE(none.object()[u"data"_s].toArray().size(), 0);

        QJsonObject plus = john();
        plus[u"email"_s] = u"john+news@example.com"_s;
        QCOMPARE(call("POST", u"/users"_s, plus).status, 201);
        const QJsonArray plusFound = listByEmail(u"John+News@example.com"_s);
        QCOMPARE(plusFound.size(), 1);
        QCOMPARE(plusFound.first()[u"email"_s].toString(), u"john+news@example.com"_s);
    }

    void listUsers_filtersByType()
    {
        const TestReply business = list(u"business_id=biz_sandbox&type=BUSINESS"_s);
        QCOMPARE(business.status, 200);
        QCOMPARE(business.object()[u"total"_s].toInt(), 5);
        for (const QJsonValue &user : business.object()[u"data"_s].toArray())
            QCOMPARE(user[u"type"_s].toString(), u"BUSINESS"_s);

        const TestReply individual = list(u"business_id=biz_sandbox&type=INDIVIDUAL"_s);
        QCOMPARE(individual.status, 200);
        QCOMPARE(individual.object()[u"total"_s].toInt(), 0);
        QCOMPARE(individual.object()[u"data"_s].toArray().size(), 0);
    }

    void listUsers_paginatesWithLimitAndOffset()
    {
        const QJsonArray all = businessMembers();
        QCOMPARE(all.size(), 5);

        QJsonArray paged;
        for (int offset = 0; offset < 6; offset += 2) {
            const TestReply result =
                list(u"business_id=biz_sandbox&limit=2&offset=%1"_s.arg(offset));
            QCOMPARE(result.status, 200);
            const QJsonObject page = result.object();
            QCOMPARE(page[u"total"_s].toInt(), 5);
            QCOMPARE(page[u"limit"_s].toInt(), 2);
            QCOMPARE(page[u"offset"_s].toInt(), offset);
            const QJsonArray data = page[u"data"_s].toArray();
            QCOMPARE(data.size(), offset < 4 ? 2 : 1);
            for (const QJsonValue &user : data)
                paged.append(user);
        }
        QCOMPARE(paged, all);

        const TestReply beyond = list(u"business_id=biz_sandbox&limit=2&offset=5"_s);
        QCOMPARE(beyond.status, 200);
        QCOMPARE(beyond.object()[u"total"_s].toInt(), 5);
        QCOMPARE(beyond.object()[u"data"_s].toArray().size(), 0);

        const TestReply largest = list(u"business_id=biz_sandbox&limit=500"_s);
        QCOMPARE(largest.status, 200);
        QCOMPARE(largest.object()[u"limit"_s].toInt(), 500);
        QCOMPARE(largest.object()[u"data"_s].toArray().size(), 5);

        const TestReply one = list(u"business_id=biz_sandbox&limit=1&offset=3"_s);
        QCOMPARE(one.object()[u"data"_s].toArray(), QJsonArray({all.at(3)}));
    }

    void listUsers_rejectsAMissingFilterOrBadPaging_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("no filter") << QString() << u"business_id"_s;
        QTest::newRow("type alone") << u"type=BUSINESS"_s << u"business_id"_s;
        QTest::newRow("empty email") << u"email="_s << u"email"_s;
        QTest::newRow("paging alone") << u"limit=10&offset=0"_s << u"email"_s;
        QTest::newRow("limit zero") << u"business_id=biz_sandbox&limit=0"_s << u"limit"_s;
        QTest::newRow("limit negative") << u"business_id=biz_sandbox&limit=-1"_s << u"limit"_s;
        QTest::newRow("limit too large") << u"business_id=biz_sandbox&limit=501"_s << u"limit"_s;
        QTest::newRow("limit not a number") << u"business_id=biz_sandbox&limit=ten"_s << u"limit"_s;
        QTest::newRow("limit fraction") << u"business_id=biz_sandbox&limit=1.5"_s << u"limit"_s;
        QTest::newRow("limit empty") << u"business_id=biz_sandbox&limit="_s << u"limit"_s;
        QTest::newRow("offset negative") << u"business_id=biz_sandbox&offset=-1"_s << u"offset"_s;
        QTest::newRow("offset not a number")
            << u"business_id=biz_sandbox&offset=x"_s << u"offset"_s;
        QTest::newRow("unknown type") << u"business_id=biz_sandbox&type=PARTNER"_s << u"type"_s;
    }

    void listUsers_rejectsAMissingFilterOrBadPaging()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        verifyError(list(query), 400, field);
    }

    void getUser_byIdOr404()
    {
        const QJsonObject first = businessMembers().first().toObject();
        const QString id = first[u"id"_s].toString();
        const TestReply found = call("GET", u"/users/"_s + id);
        QCOMPARE(found.status, 200);
        verifyUserShape(found.object());
        QCOMPARE(found.object(), first);

        verifyError(call("GET", u"/users/user_doesnotexist"_s), 404, u"user_doesnotexist"_s);
    }

    void createUser_returns201WithANewActiveUser()
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
        const TestReply another = call("POST", u"/users"_s, second);
        QCOMPARE(another.status, 201);
        QVERIFY(another.object()[u"id"_s].toString() != id);
    }

    void createUser_rejectsBadInputNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("missing first_name")
            << R"({"last_name":"Doe","email":"a@example.com"})"_ba << u"first_name"_s;
        QTest::newRow("missing last_name")
            << R"({"first_name":"A","email":"a@example.com"})"_ba << u"last_name"_s;
        QTest::newRow("missing email")
            << R"({"first_name":"A","last_name":"Doe"})"_ba << u"email"_s;
        QTest::newRow("invalid email")
            << R"({"first_name":"A","last_name":"Doe","email":"not-an-email"})"_ba << u"email"_s;
        QTest::newRow("email not a string")
            << R"({"first_name":"A","last_name":"Doe","email":42})"_ba << u"email"_s;
        QTest::newRow("first_name not a string")
            << R"({"first_name":5,"last_name":"Doe","email":"a@example.com"})"_ba
            << u"first_name"_s;
        QTest::newRow("last_name an array")
            << R"({"first_name":"A","last_name":["Doe"],"email":"a@example.com"})"_ba
            << u"last_name"_s;
        QTest::newRow("first_name null")
            << R"({"first_name":null,"last_name":"Doe","email":"a@example.com"})"_ba
            << u"first_name"_s;
        QTest::newRow("last_name blank")
            << R"({"first_name":"A","last_name":"  ","email":"a@example.com"})"_ba
            << u"last_name"_s;
        QTest::newRow("not JSON") << "first_name=A&last_name=Doe&email=a@example.com"_ba
                                  << u"JSON"_s;
        QTest::newRow("JSON array") << R"([{"email":"a@example.com"}])"_ba << u"JSON object"_s;
        QTest::newRow("empty body") << QByteArray() << u"JSON object"_s;
    }

    void createUser_rejectsBadInputNamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const QJsonObject before = m_sandbox->state(u"forward"_s);
        verifyError(m_http.send("POST", api(u"/users"_s), auth(), body), 400, field);
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

    void updateUser_changesOnlyTheSentFields()
    {
        const QJsonObject created = call("POST", u"/users"_s, john()).object();
        const QString id = created[u"id"_s].toString();

        const TestReply updated = call("PUT", u"/users/"_s + id, {{u"last_name"_s, u"Smith"_s}});
        QCOMPARE(updated.status, 200);
        QJsonObject expected = created;
        expected[u"last_name"_s] = u"Smith"_s;
        QCOMPARE(updated.object(), expected);
        QCOMPARE(call("GET", u"/users/"_s + id).object(), expected);

        const TestReply renamed = call("PUT", u"/users/"_s + id, {{u"first_name"_s, u"Jon"_s}});
        QCOMPARE(renamed.status, 200);
        expected[u"first_name"_s] = u"Jon"_s;
        QCOMPARE(renamed.object(), expected);
        QCOMPARE(call("GET", u"/users/"_s + id).object(), expected);
    }

    void updateUser_changesTheEmail()
    {
        const QJsonObject created = call("POST", u"/users"_s, john()).object();
        const QString id = created[u"id"_s].toString();

        const TestReply updated =
            call("PUT", u"/users/"_s + id, {{u"email"_s, u"John.Doe@Example.org"_s}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.object()[u"email"_s].toString(), u"john.doe@example.org"_s);
        QCOMPARE(updated.object()[u"id"_s].toString(), id);
        QCOMPARE(updated.object()[u"first_name"_s].toString(), u"John"_s);

        QVERIFY(listByEmail(u"john@example.com"_s).isEmpty());
        const QJsonArray found = listByEmail(u"john.doe@example.org"_s);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first()[u"id"_s].toString(), id);

        // The same address in another case is no conflict with the member itself.
        const TestReply sameAddress =
            call("PUT", u"/users/"_s + id, {{u"email"_s, u"JOHN.DOE@example.org"_s}});
        QCOMPARE(sameAddress.status, 200);
        QCOMPARE(sameAddress.object()[u"email"_s].toString(), u"john.doe@example.org"_s);

        // The old address is free again.
        QCOMPARE(call("POST", u"/users"_s, john()).status, 201);
        QCOMPARE(businessMembers().size(), 7);
    }

    void updateUser_refusesAnEmailThatIsTaken()
    {
        const QJsonObject created = call("POST", u"/users"_s, john()).object();
        const QString id = created[u"id"_s].toString();
        const QString seeded = businessMembers().first()[u"email"_s].toString();
        const QJsonObject before = m_sandbox->state(u"forward"_s);

        verifyError(call("PUT", u"/users/"_s + id,
                         {{u"first_name"_s, u"Changed"_s}, {u"email"_s, seeded.toUpper()}}),
                    409, seeded);
        QCOMPARE(call("GET", u"/users/"_s + id).object(), created);
        QCOMPARE(m_sandbox->state(u"forward"_s), before);
        QCOMPARE(listByEmail(seeded).size(), 1);
    }

    void updateUser_rejectsBadInputNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("invalid email") << R"({"email":"nope"})"_ba << u"email"_s;
        QTest::newRow("email not a string") << R"({"email":true})"_ba << u"email"_s;
        QTest::newRow("first_name not a string") << R"({"first_name":1})"_ba << u"first_name"_s;
        QTest::newRow("first_name empty") << R"({"first_name":""})"_ba << u"first_name"_s;
        QTest::newRow("last_name blank") << R"({"last_name":" "})"_ba << u"last_name"_s;
        QTest::newRow("last_name an object") << R"({"last_name":{}})"_ba << u"last_name"_s;
        QTest::newRow("valid name, bad email")
            << R"({"first_name":"Changed","email":"x@"})"_ba << u"email"_s;
        QTest::newRow("not JSON") << "{first_name: Changed}"_ba << u"JSON"_s;
        QTest::newRow("JSON array") << R"(["first_name"])"_ba << u"JSON object"_s;
        QTest::newRow("empty body") << QByteArray() << u"JSON object"_s;
    }

    void updateUser_rejectsBadInputNamingTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const QJsonObject created = call("POST", u"/users"_s, john()).object();
        const QString id = created[u"id"_s].toString();
        const QJsonObject before = m_sandbox->state(u"forward"_s);
        verifyError(m_http.send("PUT", api(u"/users/"_s + id), auth(), body), 400, field);
        QCOMPARE(m_sandbox->state(u"forward"_s), before);
        QCOMPARE(call("GET", u"/users/"_s + id).object(), created);
    }

    void setStatus_deactivatesAndReactivates()
    {
        const QJsonObject created = call("POST", u"/users"_s, john()).object();
        const QString id = created[u"id"_s].toString();

        const TestReply inactive =
            call("PUT", u"/users/"_s + id + u"/status"_s, {{u"status"_s, u"INACTIVE"_s}});
        QCOMPARE(inactive.status, 200);
        QVERIFY(!inactive.object()[u"message"_s].toString().isEmpty());
        QCOMPARE(call("GET", u"/users/"_s + id).object()[u"status"_s].toString(), u"INACTIVE"_s);
        QCOMPARE(listByEmail(u"john@example.com"_s).first()[u"status"_s].toString(), u"INACTIVE"_s);

        // Setting the status it already has is fine.
        QCOMPARE(
            call("PUT", u"/users/"_s + id + u"/status"_s, {{u"status"_s, u"INACTIVE"_s}}).status,
            200);

        const TestReply active =
            call("PUT", u"/users/"_s + id + u"/status"_s, {{u"status"_s, u"ACTIVE"_s}});
        QCOMPARE(active.status, 200);
        QVERIFY(!active.object()[u"message"_s].toString().isEmpty());
        QCOMPARE(call("GET", u"/users/"_s + id).object(), created);
    }

    void setStatus_rejectsAnythingButActiveOrInactive_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("other value") << R"({"status":"DELETED"})"_ba << u"status"_s;
        QTest::newRow("lower case") << R"({"status":"inactive"})"_ba << u"status"_s;
        QTest::newRow("empty") << R"({"status":""})"_ba << u"status"_s;
        QTest::newRow("not a string") << R"({"status":0})"_ba << u"status"_s;
        QTest::newRow("boolean") << R"({"status":false})"_ba << u"status"_s;
        QTest::newRow("missing") << R"({"state":"INACTIVE"})"_ba << u"status"_s;
        QTest::newRow("not JSON") << "status=INACTIVE"_ba << u"JSON"_s;
        QTest::newRow("empty body") << QByteArray() << u"JSON object"_s;
    }

    void setStatus_rejectsAnythingButActiveOrInactive()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const QJsonObject created = call("POST", u"/users"_s, john()).object();
        const QString id = created[u"id"_s].toString();
        const QJsonObject before = m_sandbox->state(u"forward"_s);
        verifyError(m_http.send("PUT", api(u"/users/"_s + id + u"/status"_s), auth(), body), 400,
                    field);
        QCOMPARE(m_sandbox->state(u"forward"_s), before);
        QCOMPARE(call("GET", u"/users/"_s + id).object()[u"status"_s].toString(), u"ACTIVE"_s);
    }

    void loginUrl_pointsBackAtTheSandboxAndOpensOnce()
    {
        const QString id = call("POST", u"/users"_s, john()).object()[u"id"_s].toString();
        QVERIFY(storedMember(id)[u"last_login_at"_s].toString().isEmpty());

        const TestReply issued = call("POST", u"/v1/users/"_s + id + u"/login_url"_s);
        QCOMPARE(issued.status, 200);
        QCOMPARE(issued.object().keys(), QStringList{u"login_url"_s});
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
        const QString id = call("POST", u"/users"_s, john()).object()[u"id"_s].toString();
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

    void unknownMember_answers404_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("get") << "GET"_ba << u"/users/user_nobody000000"_s << QByteArray();
        QTest::newRow("update") << "PUT"_ba << u"/users/user_nobody000000"_s
                                << R"({"first_name":"X"})"_ba;
        QTest::newRow("status") << "PUT"_ba << u"/users/user_nobody000000/status"_s
                                << R"({"status":"INACTIVE"})"_ba;
        QTest::newRow("login_url")
            << "POST"_ba << u"/v1/users/user_nobody000000/login_url"_s << QByteArray();
    }

    void unknownMember_answers404()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const QJsonObject before = m_sandbox->state(u"forward"_s);
        verifyError(m_http.send(method, api(path), auth(), body), 404, u"user_nobody000000"_s);
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
            {"GET", u"/users?business_id=biz_sandbox"_s, {}},
            {"GET", u"/users/{id}"_s, {}},
            {"POST", u"/users"_s, create},
            {"PUT", u"/users/{id}"_s, R"({"first_name":"Mallory"})"_ba},
            {"PUT", u"/users/{id}/status"_s, R"({"status":"INACTIVE"})"_ba},
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
        QCOMPARE(m_sandbox->state(u"forward"_s), before);
        QCOMPARE(m_sandbox->outstandingLinks(), 0);
    }

    void unknownPathsAndMethods_answerInTheProvidersShape()
    {
        const QString id = businessMembers().first()[u"id"_s].toString();
        const QJsonObject before = m_sandbox->state(u"forward"_s);
        verifyError(call("GET", u"/nothing-here"_s), 404, u"nothing-here"_s);
        verifyError(call("POST", u"/users/"_s + id + u"/login_url"_s), 404, u"login_url"_s);
        verifyError(call("GET", u"/v1/users"_s), 404, u"v1"_s);
        verifyError(call("PATCH", u"/users/"_s + id, {{u"first_name"_s, u"X"_s}}), 405, u"PATCH"_s);
        verifyError(call("DELETE", u"/users/"_s + id), 405, u"DELETE"_s);
        verifyError(call("GET", u"/v1/users/"_s + id + u"/login_url"_s), 405, u"GET"_s);
        verifyError(call("POST", u"/users/"_s + id + u"/status"_s, {{u"status"_s, u"ACTIVE"_s}}),
                    405, u"POST"_s);
        QCOMPARE(m_sandbox->state(u"forward"_s), before);
        QCOMPARE(m_sandbox->outstandingLinks(), 0);
    }
};

QTEST_GUILESS_MAIN(TestForwardApi)
#include "tst_forward_api.moc"
