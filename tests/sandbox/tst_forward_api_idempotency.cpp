// Forward's x-idempotency-key over loopback against a real roster-sandbox: a write resent with
// the same key gets the first answer again and changes nothing; a short key is refused; a key
// reused for another request is a conflict; replays are counted in /_sandbox/stats.
#include "http_client.h"
#include "sandbox_process.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestForwardApiIdempotency : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    HttpClient m_http;

    QUrl api(const QString &path) const { return m_sandbox->url(u"/forward"_s + path); }

    RawHeaders withKey(const std::optional<QByteArray> &idempotencyKey) const
    {
        RawHeaders headers = HttpClient::xApiKey(m_sandbox->apiKey());
        if (idempotencyKey)
            headers.append({"x-idempotency-key", *idempotencyKey});
        return headers;
    }

    TestReply write(QByteArrayView method, const QString &path,
                    const std::optional<QByteArray> &idempotencyKey, const QJsonObject &body = {})
    {
        if (body.isEmpty())
            return m_http.send(method, api(path), withKey(idempotencyKey));
        return m_http.sendJson(method, api(path), withKey(idempotencyKey), body);
    }

    QJsonArray members() { return m_sandbox->state(u"forward"_s)[u"members"_s].toArray(); }
    qint64 replays() { return m_sandbox->stats()[u"idempotentReplays"_s].toInteger(-1); }

    QString createdId(const TestReply &reply) { return reply.object()[u"id"_s].toString(); }

    static QJsonObject john(const QString &email = u"john@example.com"_s)
    {
        return {{u"first_name"_s, u"John"_s}, {u"last_name"_s, u"Doe"_s}, {u"email"_s, email}};
    }

    static void verifySameAnswer(const TestReply &again, const TestReply &first)
    {
        QCOMPARE(again.status, first.status);
        QCOMPARE(again.body, first.body);
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{u"--rate-limit"_s, u"0"_s});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    }

    void cleanup() { m_sandbox.reset(); }

    void createResentWithTheSameKey_answersTheFirstAnswerAndCreatesOneUser()
    {
        QCOMPARE(replays(), 0);
        const QByteArray key = "create-john-0001";
        const TestReply first = write("POST", u"/users"_s, key, john());
        QCOMPARE(first.status, 201);

        const TestReply again = write("POST", u"/users"_s, key, john());
        verifySameAnswer(again, first);
        QCOMPARE(members().size(), 1);
        QCOMPARE(members().first()[u"id"_s].toString(), createdId(first));
        QCOMPARE(replays(), 1);

        // Even a resend whose body changed is the same request: the first answer, no change.
        const TestReply changed = write("POST", u"/users"_s, key, john(u"other@example.com"_s));
        verifySameAnswer(changed, first);
        QCOMPARE(members().size(), 1);
        QCOMPARE(replays(), 2);
    }

    void withoutTheHeader_writesBehaveAsBefore()
    {
        QCOMPARE(write("POST", u"/users"_s, std::nullopt, john()).status, 201);
        const TestReply again = write("POST", u"/users"_s, std::nullopt, john());
        QCOMPARE(again.status, 409);
        QCOMPARE(members().size(), 1);
        QCOMPARE(replays(), 0);
    }

    void differentKeys_areDifferentRequests()
    {
        QCOMPARE(write("POST", u"/users"_s, "key-number-one", john()).status, 201);
        QCOMPARE(write("POST", u"/users"_s, "key-number-two", john(u"jane@example.com"_s)).status,
                 201);
        QCOMPARE(write("POST", u"/users"_s, "key-number-three", john()).status, 409);
        QCOMPARE(members().size(), 2);
        QCOMPARE(replays(), 0);
    }

    void aKeyShorterThanTenCharacters_isRefusedNamingTheHeader_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("nine") << "123456789"_ba;
        QTest::newRow("one") << "x"_ba;
    }

    void aKeyShorterThanTenCharacters_isRefusedNamingTheHeader()
    {
        QFETCH(QByteArray, key);
        const TestReply refused = write("POST", u"/users"_s, key, john());
        QCOMPARE(refused.status, 400);
        const QJsonObject error = refused.object();
        QCOMPARE(error[u"type"_s].toString(), u"INVALID_REQUEST"_s);
        QCOMPARE(error[u"message"_s].toString(), u"Invalid request"_s);
        QCOMPARE(error[u"argument_errors"_s].toObject().keys(),
                 QStringList{u"x-idempotency-key"_s});
        QCOMPARE(members().size(), 0);

        QCOMPARE(write("POST", u"/users"_s, "1234567890", john()).status, 201);
    }

    void theSameKeyForAnotherRequest_isAConflict()
    {
        const QByteArray key = "one-key-two-uses";
        const TestReply created = write("POST", u"/users"_s, key, john());
        QCOMPARE(created.status, 201);
        const QString id = createdId(created);
        const QJsonObject before = m_sandbox->state(u"forward"_s);

        const QList<std::tuple<QByteArray, QString, QJsonObject>> others = {
            {"PUT", u"/users/"_s + id, john(u"renamed@example.com"_s)},
            {"PUT", u"/users/"_s + id + u"/status"_s, {{u"status"_s, u"INACTIVE"_s}}},
            {"POST", u"/v1/users/"_s + id + u"/login_url"_s, {}},
            {"POST", u"/v1/users"_s, john(u"jane@example.com"_s)}};
        for (const auto &[method, path, body] : others) {
            const TestReply conflict = write(method, path, key, body);
            QCOMPARE(conflict.status, 422);
            const QJsonObject error = conflict.object();
            QCOMPARE(error.keys(),
                     QStringList({u"argument_errors"_s, u"code"_s, u"message"_s, u"type"_s}));
            QCOMPARE(error[u"type"_s].toString(), u"UNPROCESSABLE_ENTITY"_s);
            QVERIFY(error[u"argument_errors"_s].toObject().contains(u"x-idempotency-key"_s));
        }
        QCOMPARE(m_sandbox->state(u"forward"_s), before);
        QCOMPARE(m_sandbox->outstandingLinks(), 0);

        // The first request itself still replays.
        verifySameAnswer(write("POST", u"/users"_s, key, john()), created);
    }

    void updateAndStatusResent_changeNothingTheSecondTime()
    {
        const QString id = createdId(write("POST", u"/users"_s, std::nullopt, john()));
        QJsonObject renamed = john();
        renamed[u"first_name"_s] = u"Jon"_s;
        const TestReply updated = write("PUT", u"/users/"_s + id, "rename-john-01", renamed);
        QCOMPARE(updated.status, 200);
        const TestReply inactive = write("PUT", u"/users/"_s + id + u"/status"_s,
                                         "deactivate-john-01", {{u"status"_s, u"INACTIVE"_s}});
        QCOMPARE(inactive.status, 200);

        // Changed since, without a key.
        QJsonObject other = john();
        other[u"first_name"_s] = u"Johnny"_s;
        QCOMPARE(write("PUT", u"/users/"_s + id, std::nullopt, other).status, 200);
        QCOMPARE(write("PUT", u"/users/"_s + id + u"/status"_s, std::nullopt,
                       {{u"status"_s, u"ACTIVE"_s}})
                     .status,
                 200);
        const QJsonObject before = m_sandbox->state(u"forward"_s);

        verifySameAnswer(write("PUT", u"/users/"_s + id, "rename-john-01", renamed), updated);
        verifySameAnswer(write("PUT", u"/users/"_s + id + u"/status"_s, "deactivate-john-01",
                               {{u"status"_s, u"INACTIVE"_s}}),
                         inactive);
        QCOMPARE(m_sandbox->state(u"forward"_s), before);
        QCOMPARE(members().first()[u"first_name"_s].toString(), u"Johnny"_s);
        QCOMPARE(members().first()[u"status"_s].toString(), u"ACTIVE"_s);
        QCOMPARE(replays(), 2);
    }

    void loginUrlResent_answersTheSameSingleUseLink()
    {
        const QString id = createdId(write("POST", u"/users"_s, std::nullopt, john()));
        const QString path = u"/v1/users/"_s + id + u"/login_url"_s;
        const TestReply first = write("POST", path, "login-link-john-1");
        QCOMPARE(first.status, 200);
        const TestReply again = write("POST", path, "login-link-john-1");
        verifySameAnswer(again, first);
        QCOMPARE(m_sandbox->outstandingLinks(), 1);

        const QUrl link(first.object()[u"login_url"_s].toString());
        QCOMPARE(m_http.get(link).status, 200);
        verifySameAnswer(write("POST", path, "login-link-john-1"), first);
        QCOMPARE(m_http.get(link).status, 410);
        QCOMPARE(m_sandbox->outstandingLinks(), 0);
        QCOMPARE(replays(), 2);

        // A new key is a new link.
        const TestReply fresh = write("POST", path, "login-link-john-2");
        QCOMPARE(fresh.status, 200);
        QVERIFY(fresh.object()[u"login_url"_s] != first.object()[u"login_url"_s]);
    }

    void theFirstAnswerIsKeptEvenWhenItIsARefusal()
    {
        const QByteArray key = "refused-create-1";
        const TestReply refused = write("POST", u"/users"_s, key, john(u"not-an-email"_s));
        QCOMPARE(refused.status, 400);
        verifySameAnswer(write("POST", u"/users"_s, key, john()), refused);
        QCOMPARE(members().size(), 0);
        QCOMPARE(write("POST", u"/users"_s, "another-key-1", john()).status, 201);
    }

    void replays_areCountedPerEndpointToo()
    {
        const QByteArray key = "counted-create-1";
        QCOMPARE(write("POST", u"/v1/users"_s, key, john()).status, 201);
        QCOMPARE(write("POST", u"/v1/users"_s, key, john()).status, 201);
        const QJsonObject stats = m_sandbox->stats();
        QCOMPARE(stats[u"idempotentReplays"_s].toInteger(), 1);
        QCOMPARE(stats[u"providers"_s][u"forward"_s][u"POST /v1/users"_s][u"201"_s].toInteger(), 2);
    }
};

QTEST_GUILESS_MAIN(TestForwardApiIdempotency)
#include "tst_forward_api_idempotency.moc"
