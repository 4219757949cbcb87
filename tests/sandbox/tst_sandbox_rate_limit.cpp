// The sandbox's rate limiter over loopback against a real roster-sandbox: a token bucket per API
// key, 429 with Retry-After in each provider's error shape, and x-ratelimit-* on every API answer.
#include "http_client.h"
#include "sandbox_process.h"

#include <QDateTime>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;

class TestSandboxRateLimit : public QObject
{
    Q_OBJECT

private:
    static constexpr int Limit = 5;

    std::unique_ptr<SandboxProcess> m_sandbox;
    HttpClient m_http;
    QString m_beamEmail;

    bool restart(const QStringList &extraArguments)
    {
        m_sandbox =
            std::make_unique<SandboxProcess>(QStringList{u"--members"_s, u"3"_s} + extraArguments);
        if (!m_sandbox->start())
            return false;
        m_beamEmail = m_sandbox->state()[u"beam"_s][u"members"_s][0][u"email"_s].toString();
        return true;
    }

    // A read of each provider that succeeds with the right key: heartbeat, forward or beam.
    TestReply read(const QString &provider, const QByteArray &key)
    {
        if (provider == u"heartbeat")
            return m_http.get(m_sandbox->url(u"/heartbeat/v0/users"_s), HttpClient::bearer(key));
        if (provider == u"forward")
            return m_http.get(m_sandbox->url(u"/forward/users?type=BUSINESS"_s),
                              HttpClient::xApiKey(key));
        return m_http.sendJson("POST", m_sandbox->url(u"/beam/users/retrieve"_s),
                               HttpClient::bearer(key), {{u"email"_s, m_beamEmail}});
    }
    TestReply read(const QString &provider) { return read(provider, m_sandbox->apiKey()); }

    static void verifyErrorShape(const QString &provider, const TestReply &result, int status)
    {
        QCOMPARE(result.status, status);
        const QJsonObject error = result.object();
        QVERIFY2(!error.value(u"message"_s).toString().isEmpty(), result.body.constData());
        if (provider == u"heartbeat") {
            QCOMPARE(error.value(u"error"_s), QJsonValue(true));
            QCOMPARE(error.size(), 2);
        } else if (provider == u"forward") {
            QCOMPARE(error.value(u"type"_s).toString(), u"TOO_MANY_REQUESTS"_s);
            QCOMPARE(error.value(u"code"_s).toString(), u"rate_limit_exceeded"_s);
            QCOMPARE(error.value(u"argument_errors"_s).toObject(), QJsonObject());
            QCOMPARE(error.size(), 4);
        } else {
            QCOMPARE(error.value(u"error"_s).toString(), u"Too Many Requests"_s);
            QCOMPARE(error.size(), 2);
        }
    }

    // Checks the x-ratelimit-* headers of an answer received between the two times (ms).
    static void verifyRateLimitHeaders(const TestReply &result, qint64 sentMs, qint64 receivedMs)
    {
        bool ok = false;
        QCOMPARE(result.header("x-ratelimit-limit"), QByteArray::number(Limit));
        const int remaining = result.header("x-ratelimit-remaining").toInt(&ok);
        QVERIFY2(ok, result.header("x-ratelimit-remaining").constData());
        QVERIFY(remaining >= 0 && remaining <= Limit);
        const qint64 reset = result.header("x-ratelimit-reset").toLongLong(&ok);
        QVERIFY2(ok, result.header("x-ratelimit-reset").constData());
        // Unix seconds when the bucket is full again: a full bucket of 5 refills within a second.
        QVERIFY2(reset * 1000 >= sentMs,
                 qPrintable(u"reset %1 before %2 ms"_s.arg(reset).arg(sentMs)));
        QVERIFY2(reset <= receivedMs / 1000 + 2,
                 qPrintable(u"reset %1 too far after %2 ms"_s.arg(reset).arg(receivedMs)));
    }

    // Retry-After in whole seconds (the delay-seconds form), or -1 when absent or not that.
    static int retryAfter(const TestReply &result)
    {
        const QByteArray value = result.header("Retry-After");
        if (value.isEmpty() ||
            !std::all_of(value.cbegin(), value.cend(), [](char c) { return c >= '0' && c <= '9'; }))
            return -1;
        return value.toInt();
    }

    void addProviderRows()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("heartbeat") << u"heartbeat"_s;
        QTest::newRow("forward") << u"forward"_s;
        QTest::newRow("beam") << u"beam"_s;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY2(restart({u"--rate-limit"_s, QString::number(Limit)}),
                 qPrintable(m_sandbox->error()));
    }

    void cleanup() { m_sandbox.reset(); }

    void burstOfTheLimit_thenTooManyRequests_data() { addProviderRows(); }

    void burstOfTheLimit_thenTooManyRequests()
    {
        QFETCH(QString, provider);
        for (int i = 0; i < Limit; ++i) {
            const TestReply result = read(provider);
            QCOMPARE(result.status, 200);
            QCOMPARE(result.header("x-ratelimit-remaining"), QByteArray::number(Limit - 1 - i));
            QVERIFY(result.header("Retry-After").isEmpty());
        }
        const TestReply limited = read(provider);
        verifyErrorShape(provider, limited, 429);
        QVERIFY(limited.isJson());
        QVERIFY2(retryAfter(limited) >= 1, limited.header("Retry-After").constData());
        QCOMPARE(limited.header("x-ratelimit-limit"), QByteArray::number(Limit));
        QCOMPARE(limited.header("x-ratelimit-remaining"), "0"_ba);
    }

    void rateLimitHeaders_areOnEveryApiAnswer_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("headerName");
        QTest::addColumn<QByteArray>("headerValue");
        QTest::addColumn<int>("status");
        const QByteArray key = SandboxProcess::DefaultKey;
        QTest::newRow("heartbeat 200") << "GET"_ba << u"/heartbeat/v0/roles"_s << "Authorization"_ba
                                       << "Bearer " + key << 200;
        QTest::newRow("heartbeat 400")
            << "GET"_ba << u"/heartbeat/v0/find/users"_s << "Authorization"_ba
            << "Bearer " + key << 400;
        QTest::newRow("heartbeat 401 wrong key")
            << "GET"_ba << u"/heartbeat/v0/users"_s << "Authorization"_ba
            << "Bearer nope"_ba << 401;
        QTest::newRow("heartbeat 401 no key")
            << "GET"_ba << u"/heartbeat/v0/users"_s << QByteArray() << QByteArray() << 401;
        QTest::newRow("heartbeat 404")
            << "GET"_ba << u"/heartbeat/v0/users/nobody"_s << "Authorization"_ba
            << "Bearer " + key << 404;
        QTest::newRow("heartbeat 405")
            << "PATCH"_ba << u"/heartbeat/v0/users"_s << "Authorization"_ba
            << "Bearer " + key << 405;
        QTest::newRow("forward 200")
            << "GET"_ba << u"/forward/users?type=BUSINESS&email=a%40example.com"_s << "x-api-key"_ba
            << key << 200;
        QTest::newRow("forward 400") << "GET"_ba << u"/forward/users?email=a%40example.com"_s
                                     << "x-api-key"_ba << key << 400;
        QTest::newRow("forward 401")
            << "GET"_ba << u"/forward/users?type=BUSINESS&email=a%40example.com"_s << "x-api-key"_ba
            << "nope"_ba << 401;
        QTest::newRow("forward unknown path")
            << "GET"_ba << u"/forward/nothing"_s << "x-api-key"_ba << key << 404;
        QTest::newRow("beam 404") << "POST"_ba << u"/beam/users/retrieve"_s << "Authorization"_ba
                                  << "Bearer " + key << 404;
        QTest::newRow("beam 401") << "POST"_ba << u"/beam/users/retrieve"_s << "Authorization"_ba
                                  << "Basic dGVzdDp0ZXN0"_ba << 401;
    }

    void rateLimitHeaders_areOnEveryApiAnswer()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, headerName);
        QFETCH(QByteArray, headerValue);
        QFETCH(int, status);
        RawHeaders headers;
        if (!headerName.isEmpty())
            headers.append({headerName, headerValue});
        const QByteArray body = R"({"email":"nobody@example.com"})"_ba;

        // Answers until and including the first 429, each with the headers; remaining counts down.
        int previousRemaining = Limit;
        for (int i = 0; i <= Limit; ++i) {
            const qint64 sentMs = QDateTime::currentMSecsSinceEpoch();
            const TestReply result = m_http.send(method, m_sandbox->url(path), headers, body);
            const qint64 receivedMs = QDateTime::currentMSecsSinceEpoch();
            verifyRateLimitHeaders(result, sentMs, receivedMs);
            if (QTest::currentTestFailed())
                return;
            const int remaining = result.header("x-ratelimit-remaining").toInt();
            if (i < Limit) {
                QCOMPARE(result.status, status);
                QVERIFY2(
                    remaining < previousRemaining,
                    qPrintable(u"remaining %1 after %2"_s.arg(remaining).arg(previousRemaining)));
                QVERIFY(result.header("Retry-After").isEmpty());
            } else {
                QCOMPARE(result.status, 429);
                QCOMPARE(remaining, 0);
                QVERIFY(retryAfter(result) >= 1);
            }
            previousRemaining = remaining;
        }
    }

    void afterRetryAfter_theKeyIsServedAgain_data() { addProviderRows(); }

    void afterRetryAfter_theKeyIsServedAgain()
    {
        QFETCH(QString, provider);
        TestReply result;
        for (int i = 0; i <= Limit && result.status != 429; ++i)
            result = read(provider);
        QCOMPARE(result.status, 429);
        const int seconds = retryAfter(result);
        QVERIFY2(seconds >= 1, result.header("Retry-After").constData());

        QTest::qWait(seconds * 1000);
        const TestReply again = read(provider);
        QCOMPARE(again.status, 200);
        QVERIFY(again.header("Retry-After").isEmpty());
    }

    void buckets_arePerKey_soAWrongKeysBurstDoesNotStarveTheRealKey()
    {
        // The limiter answers before authentication: a wrong key is refused, then limited.
        for (int i = 0; i < Limit; ++i)
            verifyErrorShape(u"heartbeat"_s, read(u"heartbeat"_s, "wrong-key"_ba), 401);
        const TestReply limited = read(u"heartbeat"_s, "wrong-key"_ba);
        verifyErrorShape(u"heartbeat"_s, limited, 429);
        QVERIFY(retryAfter(limited) >= 1);

        for (int i = 0; i < Limit; ++i)
            QCOMPARE(read(u"forward"_s, QByteArray()).status, 401);
        QCOMPARE(read(u"forward"_s, QByteArray()).status, 429);

        const TestReply served = read(u"heartbeat"_s);
        QCOMPARE(served.status, 200);
        QCOMPARE(served.header("x-ratelimit-remaining"), QByteArray::number(Limit - 1));
        QCOMPARE(m_sandbox->stats()[u"rateLimited"_s].toInteger(), 2);
    }

    void oneKey_isOneBucketAcrossTheThreeApis()
    {
        QCOMPARE(read(u"heartbeat"_s).status, 200);
        QCOMPARE(read(u"heartbeat"_s).status, 200);
        QCOMPARE(read(u"forward"_s).status, 200);
        QCOMPARE(read(u"forward"_s).status, 200);
        QCOMPARE(read(u"beam"_s).status, 200);
        verifyErrorShape(u"beam"_s, read(u"beam"_s), 429);
        verifyErrorShape(u"forward"_s, read(u"forward"_s), 429);
        verifyErrorShape(u"heartbeat"_s, read(u"heartbeat"_s), 429);
    }

    void rateLimitedWrites_changeNothing()
    {
        const QJsonObject before = m_sandbox->state();
        const qint64 nextBeamId = before[u"beam"_s][u"nextId"_s].toInteger();
        for (int i = 0; i < Limit; ++i)
            QCOMPARE(read(u"heartbeat"_s).status, 200);

        const QByteArray key = m_sandbox->apiKey();
        const QJsonObject heartbeatJane{{u"name"_s, u"Jane Smith"_s},
                                        {u"email"_s, u"jane@example.com"_s},
                                        {u"roleID"_s, u"role_member"_s}};
        const QJsonObject forwardJane{{u"first_name"_s, u"Jane"_s},
                                      {u"last_name"_s, u"Smith"_s},
                                      {u"email"_s, u"jane@example.com"_s}};
        const QJsonObject beamJane{{u"email"_s, u"jane@example.com"_s},
                                   {u"firstName"_s, u"Jane"_s},
                                   {u"lastName"_s, u"Smith"_s},
                                   {u"password"_s, u"correct horse"_s}};
        const QString heartbeatFirst =
            before[u"heartbeat"_s][u"members"_s][0][u"email"_s].toString();
        const QString forwardFirstId = before[u"forward"_s][u"members"_s][0][u"id"_s].toString();

        TestReply result = m_http.sendJson("PUT", m_sandbox->url(u"/heartbeat/v0/users"_s),
                                           HttpClient::bearer(key), heartbeatJane);
        verifyErrorShape(u"heartbeat"_s, result, 429);
        result = m_http.sendJson("DELETE", m_sandbox->url(u"/heartbeat/v0/users"_s),
                                 HttpClient::bearer(key), {{u"email"_s, heartbeatFirst}});
        verifyErrorShape(u"heartbeat"_s, result, 429);
        result = m_http.sendJson("POST", m_sandbox->url(u"/forward/users"_s),
                                 HttpClient::xApiKey(key), forwardJane);
        verifyErrorShape(u"forward"_s, result, 429);
        result = m_http.sendJson(
            "PUT", m_sandbox->url(u"/forward/users/"_s + forwardFirstId + u"/status"_s),
            HttpClient::xApiKey(key), {{u"status"_s, u"INACTIVE"_s}});
        verifyErrorShape(u"forward"_s, result, 429);
        result = m_http.sendJson("POST", m_sandbox->url(u"/beam/users/create"_s),
                                 HttpClient::bearer(key), beamJane);
        verifyErrorShape(u"beam"_s, result, 429);
        result = m_http.send(
            "POST",
            m_sandbox->url(
                u"/beam/sso/"_s +
                QString::number(before[u"beam"_s][u"members"_s][0][u"id"_s].toInteger())),
            HttpClient::bearer(key));
        verifyErrorShape(u"beam"_s, result, 429);

        QCOMPARE(m_sandbox->state(), before);
        QCOMPARE(m_sandbox->stats()[u"outstandingLinks"_s].toInteger(), 0);

        // Once served again, the refused create takes the id that was next all along.
        QTest::qWait(retryAfter(result) * 1000);
        result = m_http.sendJson("POST", m_sandbox->url(u"/beam/users/create"_s),
                                 HttpClient::bearer(key), beamJane);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.object()[u"user"_s][u"id"_s].toInteger(), nextBeamId);
    }

    void stats_countTheRateLimitedAnswers()
    {
        for (int i = 0; i < Limit + 3; ++i)
            read(u"heartbeat"_s);
        QCOMPARE(read(u"forward"_s).status, 429);
        QCOMPARE(read(u"beam"_s).status, 429);

        const QJsonObject counts = m_sandbox->stats();
        QCOMPARE(counts[u"rateLimited"_s].toInteger(), 5);
        QCOMPARE(counts[u"total"_s].toInteger(), Limit + 5);
        const QJsonObject providers = counts[u"providers"_s].toObject();
        const QJsonObject heartbeatUsers = providers[u"heartbeat"_s][u"GET /v0/users"_s].toObject();
        QCOMPARE(heartbeatUsers[u"200"_s].toInteger(), Limit);
        QCOMPARE(heartbeatUsers[u"429"_s].toInteger(), 3);
        QCOMPARE(providers[u"forward"_s][u"GET /users"_s][u"429"_s].toInteger(), 1);
        QCOMPARE(providers[u"beam"_s][u"POST /users/retrieve"_s][u"429"_s].toInteger(), 1);
    }

    void rateLimitZero_sendsNoHeadersAndNeverLimits()
    {
        QVERIFY2(restart({u"--rate-limit"_s, u"0"_s}), qPrintable(m_sandbox->error()));
        const QStringList providers = {u"heartbeat"_s, u"forward"_s, u"beam"_s};
        for (int i = 0; i < 100; ++i) {
            const TestReply result = read(providers.at(i % 3));
            QCOMPARE(result.status, 200);
            for (const QByteArray &name : {"x-ratelimit-limit"_ba, "x-ratelimit-remaining"_ba,
                                           "x-ratelimit-reset"_ba, "Retry-After"_ba})
                QVERIFY2(result.header(name).isEmpty(), name.constData());
        }
        for (int i = 0; i < 20; ++i) {
            const TestReply refused = read(u"heartbeat"_s, "wrong-key"_ba);
            QCOMPARE(refused.status, 401);
            QVERIFY(refused.header("x-ratelimit-remaining").isEmpty());
        }
        QCOMPARE(m_sandbox->stats()[u"rateLimited"_s].toInteger(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxRateLimit)
#include "tst_sandbox_rate_limit.moc"
