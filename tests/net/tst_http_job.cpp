// HttpJob through an ApiSession over loopback: against a real roster-sandbox for what it can
// inject (401/404/400/409, 429, 503, dropped connections), and against small servers written
// here for what it cannot (a server that never answers, exact Retry-After headers, a port that
// starts listening later, a TLS server with a certificate nobody trusts).
// Time is only ever asserted as a lower bound.
#include "api_session.h"
#include "http_job.h"
#include "recorded_network.h"
#include "request_pacer.h"
#include "sandbox_process.h"
#include "sandbox_stats.h"
#include "transport_policy.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

using namespace Qt::StringLiterals;

namespace {
// A loopback HTTP/1.1 server for what the sandbox cannot do. `respond` gets each complete
// request in turn and answers the bytes to write back; an empty answer means never answer, and
// CloseConnection closes the connection without an answer.
class ScriptedServer
{
public:
    using Respond = std::function<QByteArray(int index, const QByteArray &request)>;
    static inline const QByteArray CloseConnection = "<close without an answer>"_ba;

    explicit ScriptedServer(Respond respond = {}) : m_respond(std::move(respond))
    {
        m_clock.start();
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [this, socket] { read(socket); });
            }
        });
    }

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0)
    {
        return m_server.listen(address, port);
    }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path) const
    {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port()).arg(path));
    }

    QList<QByteArray> requests; // every complete request, head and body
    QList<qint64> receivedAtMs; // when each arrived, on this server's clock
    int connections = 0;

    // What the server wrote that the client has not taken yet (beyond the kernel's buffers).
    qint64 unsentBytes() const
    {
        qint64 unsent = 0;
        for (const QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
            unsent += socket->bytesToWrite();
        return unsent;
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            qsizetype bodySize = 0;
            for (const QByteArray &line : buffer.left(headEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    bodySize = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < headEnd + 4 + bodySize)
                return;
            const QByteArray request = buffer.left(headEnd + 4 + bodySize);
            buffer.remove(0, request.size());
            requests.append(request);
            receivedAtMs.append(m_clock.elapsed());
            const QByteArray answer =
                m_respond ? m_respond(int(requests.size()) - 1, request) : QByteArray();
            if (answer == CloseConnection) {
                socket->abort();
                return;
            }
            if (!answer.isEmpty()) {
                socket->write(answer);
                socket->disconnectFromHost();
            }
        }
    }

    QTcpServer m_server;
    Respond m_respond;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QElapsedTimer m_clock;
};

QByteArray httpAnswer(int status, const RawHeaderList &headers = {},
                      const QByteArray &body = "{}"_ba)
{
    QByteArray answer = "HTTP/1.1 "_ba + QByteArray::number(status) + " Status\r\n"_ba;
    for (const auto &[name, value] : headers)
        answer += name + ": "_ba + value + "\r\n"_ba;
    answer += "Content-Type: application/json\r\nConnection: close\r\nContent-Length: "_ba +
              QByteArray::number(body.size()) + "\r\n\r\n"_ba + body;
    return answer;
}

// A loopback port nobody listens on (it was free a moment ago).
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString uniqueEmail(const QString &prefix)
{
    static int counter = 0;
    return u"%1-%2@example.com"_s.arg(prefix).arg(++counter);
}
} // namespace

class TestHttpJob : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RequestPacer> m_pacer;
    std::unique_ptr<ApiSession> m_session;

    bool startSandbox(const QStringList &options)
    {
        m_sandbox = std::make_unique<SandboxProcess>(options);
        return m_sandbox->start();
    }

    // A session for `key` on a pacer of its own, with quick retries.
    void makeSession(const QByteArray &key, double budget = 1000, int maxConcurrent = 8)
    {
        m_session.reset();
        m_pacer = std::make_unique<RequestPacer>(budget, maxConcurrent);
        m_session = std::make_unique<ApiSession>(m_network.get(), m_pacer.get(), key);
        RetryPolicy &policy = m_session->retryPolicy();
        policy.maxAttempts = 3;
        policy.backoffBaseMs = 20;
        policy.backoffCapMs = 200;
        policy.timeoutMs = 15000;
    }

    RetryPolicy &policy() { return m_session->retryPolicy(); }

    HttpCall forward(const QByteArray &method, const QString &path, const QByteArray &body = {},
                     bool idempotent = false) const
    {
        HttpCall call;
        call.method = method;
        call.url = m_sandbox->url(u"/forward"_s + path);
        call.headers = {{"x-api-key"_ba, m_session->apiKey()}};
        call.body = body;
        call.idempotent = idempotent;
        return call;
    }

    static QByteArray newForwardUser(const QString &email)
    {
        return QJsonDocument(QJsonObject{{u"first_name"_s, u"Zoë"_s},
                                         {u"last_name"_s, u"Müller"_s},
                                         {u"email"_s, email}})
            .toJson(QJsonDocument::Compact);
    }

    static HttpCall call(const QByteArray &method, const QUrl &url, bool idempotent,
                         const QByteArray &body = {})
    {
        HttpCall call;
        call.method = method;
        call.url = url;
        call.headers = {{"Authorization"_ba, "Bearer "_ba + SandboxProcess::DefaultKey}};
        call.body = body;
        call.idempotent = idempotent;
        return call;
    }

    // Starts `job` and waits for its end; the result is copied before the job deletes itself.
    static bool runJob(HttpJob *job, HttpResult *result, int timeoutMs = 60000)
    {
        bool done = false;
        QObject::connect(job, &HttpJob::finished, job, [job, result, &done] {
            *result = job->result();
            done = true;
        });
        job->start();
        return QTest::qWaitFor([&done] { return done; }, timeoutMs);
    }

    HttpResult run(HttpCall call, int timeoutMs = 60000)
    {
        HttpResult result;
        if (!runJob(m_session->createJob(std::move(call)), &result, timeoutMs))
            result.error = ApiError::make(ApiErrorKind::BadResponse, u"the job never finished"_s);
        return result;
    }

    static QString describe(const HttpResult &result)
    {
        return u"kind %1, HTTP %2, %3 attempt(s), outcome %4: %5"_s.arg(
            errorKindName(result.error.kind), QString::number(result.status),
            QString::number(result.attempts),
            result.error.outcomeUnknown ? u"unknown"_s : u"known"_s, result.error.message);
    }

private Q_SLOTS:
    void init() { m_network = std::make_unique<QNetworkAccessManager>(); }

    void cleanup()
    {
        m_session.reset();
        m_pacer.reset();
        m_network.reset();
        m_sandbox.reset();
    }

    void success_readAndCreate()
    {
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"0"_s}), qPrintable(m_sandbox->error()));
        makeSession(m_sandbox->apiKey());
        const QString email = uniqueEmail(u"created"_s);

        const HttpResult created = run(forward("POST"_ba, u"/users"_s, newForwardUser(email)));
        QVERIFY2(!created.error.isError(), qPrintable(describe(created)));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.attempts, 1);
        const QJsonObject user = QJsonDocument::fromJson(created.body).object();
        QCOMPARE(user[u"email"_s].toString(), email);
        QVERIFY(!created.header("content-type").isEmpty());
        QCOMPARE(created.header("X-RateLimit-Limit"), QByteArray()); // --rate-limit 0

        const HttpResult found =
            run(forward("GET"_ba, u"/users/"_s + user[u"id"_s].toString(), {}, true));
        QVERIFY2(!found.error.isError(), qPrintable(describe(found)));
        QCOMPARE(found.status, 200);
        QCOMPARE(QJsonDocument::fromJson(found.body).object()[u"email"_s].toString(), email);
        QCOMPARE(m_pacer->inFlight(), 0);
        QCOMPARE(m_pacer->queued(), 0);
    }

    void unauthorized_keyNeverReachesTheMessage_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("Forward, x-api-key") << u"forward"_s;
        QTest::newRow("Heartbeat, Bearer") << u"heartbeat"_s;
    }

    void unauthorized_keyNeverReachesTheMessage()
    {
        QFETCH(QString, provider);
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"0"_s}), qPrintable(m_sandbox->error()));
        const QByteArray wrongKey = "wrong-key-7c1e55aa90b3"_ba;
        makeSession(wrongKey);
        // The key even sits in the path, where a careless message would repeat it.
        HttpCall call;
        call.method = "GET"_ba;
        call.idempotent = true;
        if (provider == u"forward") {
            call.url = m_sandbox->url(u"/forward/users/"_s + QString::fromLatin1(wrongKey));
            call.headers = {{"x-api-key"_ba, wrongKey}};
        } else {
            call.url = m_sandbox->url(u"/heartbeat/v0/users/"_s + QString::fromLatin1(wrongKey));
            call.headers = {{"Authorization"_ba, "Bearer "_ba + wrongKey}};
        }
        const HttpResult result = run(call);
        QCOMPARE(result.error.kind, ApiErrorKind::Unauthorized);
        QCOMPARE(result.error.httpStatus, 401);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.attempts, 1); // a refused key is not retried
        QVERIFY(!result.error.outcomeUnknown);
        QVERIFY2(!result.error.message.isEmpty(), "no message");
        QVERIFY2(result.error.message.contains(u"401"_s), qPrintable(result.error.message));
        QVERIFY2(!result.error.message.contains(QString::fromLatin1(wrongKey)),
                 qPrintable(result.error.message));
        QVERIFY2(!result.error.providerMessage.contains(QString::fromLatin1(wrongKey)),
                 qPrintable(result.error.providerMessage));
        QVERIFY2(result.error.message.contains(u"/users/"_s), qPrintable(result.error.message));
    }

    void httpErrors_haveTheirKinds()
    {
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"0"_s}), qPrintable(m_sandbox->error()));
        makeSession(m_sandbox->apiKey());

        const HttpResult missing = run(forward("GET"_ba, u"/users/user_nosuchuser1"_s, {}, true));
        QCOMPARE(missing.error.kind, ApiErrorKind::NotFound);
        QCOMPARE(missing.error.httpStatus, 404);
        QCOMPARE(missing.attempts, 1);
        QVERIFY(!missing.body.isEmpty()); // the provider's own answer stays available

        const HttpResult invalid = run(forward("POST"_ba, u"/users"_s, R"({"email":"x"})"_ba));
        QCOMPARE(invalid.error.kind, ApiErrorKind::Validation);
        QCOMPARE(invalid.error.httpStatus, 400);
        QCOMPARE(invalid.attempts, 1);
        QVERIFY(!invalid.error.outcomeUnknown); // an answer says what happened

        const HttpResult noFilter = run(forward("GET"_ba, u"/users"_s, {}, true));
        QCOMPARE(noFilter.error.kind, ApiErrorKind::Validation);

        const QString email = uniqueEmail(u"twice"_s);
        QVERIFY(!run(forward("POST"_ba, u"/users"_s, newForwardUser(email))).error.isError());
        const HttpResult duplicate = run(forward("POST"_ba, u"/users"_s, newForwardUser(email)));
        QCOMPARE(duplicate.error.kind, ApiErrorKind::Conflict);
        QCOMPARE(duplicate.error.httpStatus, 409);
        QCOMPARE(duplicate.attempts, 1);
        QVERIFY(!duplicate.error.outcomeUnknown);
        QVERIFY2(duplicate.error.message.contains(u"409"_s), qPrintable(duplicate.error.message));
    }

    void rateLimited_429sAreAbsorbed()
    {
        // The sandbox allows 2 requests a second; the pacer's budget says 50. The 300 ms latency
        // lets several requests leave before the first x-ratelimit-* headers come back, so the
        // server does answer 429s, which the jobs must absorb.
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"2"_s, u"--latency"_s, u"300"_s}),
                 qPrintable(m_sandbox->error()));
        makeSession(m_sandbox->apiKey(), 50, 16);
        constexpr int Count = 20;
        QList<HttpResult> results(Count);
        int finished = 0;
        for (int i = 0; i < Count; ++i) {
            HttpJob *job = m_session->createJob(
                forward("GET"_ba, u"/users?type=BUSINESS&business_id=biz_sandbox"_s, {}, true));
            connect(job, &HttpJob::finished, this, [&results, &finished, job, i] {
                results[i] = job->result();
                ++finished;
            });
            job->start();
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, Count, 120000);
        int retried = 0;
        for (const HttpResult &result : std::as_const(results)) {
            QVERIFY2(!result.error.isError(), qPrintable(describe(result)));
            QCOMPARE(result.status, 200);
            if (result.attempts > 1)
                ++retried;
        }
        const QJsonObject stats = m_sandbox->stats();
        QVERIFY2(SandboxStats::rateLimited(stats) > 0, "the sandbox never answered 429");
        QCOMPARE(SandboxStats::count(stats, u"forward"_s, u"GET /users"_s, 200), Count);
        QCOMPARE(SandboxStats::count(stats, u"forward"_s, u"GET /users"_s, 429),
                 SandboxStats::rateLimited(stats));
        QVERIFY(retried > 0);
        // The pacer learnt the server's limit from its headers.
        QCOMPARE(m_pacer->effectiveRate(), 2.0);
    }

    void rateLimited_givesUpAfterItsAttempts()
    {
        ScriptedServer server([](int, const QByteArray &) {
            return httpAnswer(429, {{"Retry-After"_ba, "0"_ba}}, R"({"message":"slow down"})"_ba);
        });
        QVERIFY(server.listen());
        makeSession(SandboxProcess::DefaultKey);
        policy().maxRateLimitedAttempts = 3;
        const HttpResult result = run(call("POST"_ba, server.url(u"/create"_s), false, "{}"_ba));
        QCOMPARE(result.error.kind, ApiErrorKind::RateLimited);
        QCOMPARE(result.error.httpStatus, 429);
        QCOMPARE(result.attempts, 3);
        QCOMPARE(server.requests.size(), 3); // a 429 was refused, so resending a create is safe
        QVERIFY(!result.error.outcomeUnknown);
    }

    void retryAfter_pausesTheWholeKey_data()
    {
        QTest::addColumn<bool>("httpDate");
        QTest::newRow("delta-seconds") << false;
        QTest::newRow("HTTP-date") << true;
    }

    void retryAfter_pausesTheWholeKey()
    {
        QFETCH(bool, httpDate);
        // 3 s ahead, as delta-seconds or as an HTTP-date (whole seconds, so 2 to 3 s ahead).
        const QDateTime retryAt = QDateTime::currentDateTimeUtc().addSecs(3);
        const QByteArray retryAfter =
            httpDate
                ? QLocale::c().toString(retryAt, u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1()
                : "3"_ba;
        const qint64 leastWaitMs = httpDate ? 1900 : 2900;
        ScriptedServer server([retryAfter](int index, const QByteArray &) {
            if (index == 0)
                return httpAnswer(429, {{"Retry-After"_ba, retryAfter}});
            return httpAnswer(200);
        });
        QVERIFY(server.listen());
        makeSession(SandboxProcess::DefaultKey);

        HttpResult first;
        HttpResult second;
        bool firstDone = false;
        bool secondDone = false;
        HttpJob *firstJob = m_session->createJob(call("GET"_ba, server.url(u"/a"_s), true));
        connect(firstJob, &HttpJob::finished, this, [&, firstJob] {
            first = firstJob->result();
            firstDone = true;
        });
        firstJob->start();
        QTRY_COMPARE(server.requests.size(), 1);
        QTRY_VERIFY(m_pacer->pausedForMs() > 0);

        // Another call with the same key waits out the pause too.
        HttpJob *secondJob = m_session->createJob(call("GET"_ba, server.url(u"/b"_s), true));
        connect(secondJob, &HttpJob::finished, this, [&, secondJob] {
            second = secondJob->result();
            secondDone = true;
        });
        secondJob->start();
        QTRY_VERIFY_WITH_TIMEOUT(firstDone && secondDone, 20000);

        QVERIFY2(!first.error.isError(), qPrintable(describe(first)));
        QVERIFY2(!second.error.isError(), qPrintable(describe(second)));
        QCOMPARE(first.attempts, 2);
        QCOMPARE(second.attempts, 1);
        QCOMPARE(server.requests.size(), 3);
        for (int i = 1; i < 3; ++i) {
            const qint64 waited = server.receivedAtMs[i] - server.receivedAtMs[0];
            QVERIFY2(waited >= leastWaitMs,
                     qPrintable(u"request %1 came %2 ms after the 429 (Retry-After: %3)"_s.arg(i)
                                    .arg(waited)
                                    .arg(QString::fromLatin1(retryAfter))));
        }
        // The retry after a 429 goes first.
        QVERIFY2(server.requests[1].startsWith("GET /a "), server.requests[1].constData());
    }

    void serverError_readIsRetriedUpToMaxAttempts()
    {
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"0"_s, u"--fail-rate"_s, u"1"_s}),
                 qPrintable(m_sandbox->error()));
        makeSession(m_sandbox->apiKey());
        policy().maxAttempts = 4;
        const HttpResult result = run(forward("GET"_ba, u"/users/user_whoever01"_s, {}, true));
        QCOMPARE(result.error.kind, ApiErrorKind::Server);
        QCOMPARE(result.error.httpStatus, 503);
        QCOMPARE(result.attempts, 4);
        QVERIFY(!result.error.outcomeUnknown);
        QCOMPARE(SandboxStats::count(m_sandbox->stats(), u"forward"_s, u"GET /users/{id}"_s, 503),
                 4);
    }

    void serverError_createIsSentOnceWithOutcomeUnknown()
    {
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"0"_s, u"--fail-rate"_s, u"1"_s}),
                 qPrintable(m_sandbox->error()));
        makeSession(m_sandbox->apiKey());
        policy().maxAttempts = 4;
        const HttpResult result =
            run(forward("POST"_ba, u"/users"_s, newForwardUser(uniqueEmail(u"fail"_s))));
        QCOMPARE(result.error.kind, ApiErrorKind::Server);
        QCOMPARE(result.error.httpStatus, 503);
        QCOMPARE(result.attempts, 1);
        QVERIFY(result.error.outcomeUnknown);
        const QJsonObject stats = m_sandbox->stats();
        QCOMPARE(SandboxStats::count(stats, u"forward"_s, u"POST /users"_s), 1);
        QCOMPARE(stats[u"total"_s].toInteger(), 1);
    }

    void droppedConnection_createIsSentOnceWithOutcomeUnknown()
    {
        // Half of the drops happen before the sandbox sees the request, half after it created
        // the member: either way the client cannot tell, and must not send it again.
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"0"_s, u"--drop-rate"_s, u"1"_s}),
                 qPrintable(m_sandbox->error()));
        makeSession(m_sandbox->apiKey());
        policy().maxAttempts = 4;
        constexpr int Count = 12;
        for (int i = 0; i < Count; ++i) {
            const HttpResult result =
                run(forward("POST"_ba, u"/users"_s, newForwardUser(uniqueEmail(u"drop"_s))));
            QCOMPARE(result.error.kind, ApiErrorKind::Network);
            QCOMPARE(result.attempts, 1);
            QVERIFY2(result.error.outcomeUnknown, qPrintable(describe(result)));
        }
        const QJsonObject stats = m_sandbox->stats();
        // One connection per create, each dropped once: nobody (not Qt either) sent one again.
        QCOMPARE(SandboxStats::dropped(stats, u"forward"_s), Count);
        const qint64 processed = SandboxStats::count(stats, u"forward"_s, u"POST /users"_s);
        const qsizetype created =
            SandboxStats::memberEmails(m_sandbox->state(), u"forward"_s).size();
        QCOMPARE(created, processed);
        QVERIFY2(processed <= Count, qPrintable(QString::number(processed)));
    }

    void droppedConnection_readIsRetried()
    {
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"0"_s, u"--drop-rate"_s, u"1"_s}),
                 qPrintable(m_sandbox->error()));
        makeSession(m_sandbox->apiKey());
        policy().maxAttempts = 3;
        const HttpResult result = run(forward("GET"_ba, u"/users/user_whoever01"_s, {}, true));
        QCOMPARE(result.error.kind, ApiErrorKind::Network);
        QCOMPARE(result.attempts, 3);
        QVERIFY(!result.error.outcomeUnknown);
        // At least one dropped connection per attempt; Qt may add one resend of its own for a
        // read (see closedWithoutAnswer_eachAttemptIsSentOnce).
        QVERIFY(SandboxStats::dropped(m_sandbox->stats(), u"forward"_s) >= 3);
    }

    void closedWithoutAnswer_eachAttemptIsSentOnce_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("idempotent");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("GET") << "GET"_ba << true << 3 << QByteArray();
        QTest::newRow("POST create") << "POST"_ba << false << 1 << "{}"_ba;
        QTest::newRow("POST create, no body") << "POST"_ba << false << 1 << QByteArray();
        QTest::newRow("PUT create") << "PUT"_ba << false << 1 << "{}"_ba;
        QTest::newRow("PUT create, no body") << "PUT"_ba << false << 1 << QByteArray();
        QTest::newRow("PUT update") << "PUT"_ba << true << 3 << "{}"_ba;
        QTest::newRow("DELETE") << "DELETE"_ba << true << 3 << "{}"_ba;
    }

    void closedWithoutAnswer_eachAttemptIsSentOnce()
    {
        // The request arrives whole, then the connection closes without an answer: the server
        // may have acted on it. A call that is not idempotent is sent once, by the job, whatever
        // its method; Qt must not resend it either.
        QFETCH(QByteArray, method);
        QFETCH(bool, idempotent);
        QFETCH(int, attempts);
        QFETCH(QByteArray, body);
        ScriptedServer server(
            [](int, const QByteArray &) { return ScriptedServer::CloseConnection; });
        QVERIFY(server.listen());
        makeSession(SandboxProcess::DefaultKey);
        policy().maxAttempts = 3;
        const HttpResult result = run(call(method, server.url(u"/users"_s), idempotent, body));
        QCOMPARE(result.error.kind, ApiErrorKind::Network);
        QCOMPARE(result.attempts, attempts);
        QCOMPARE(result.error.outcomeUnknown, !idempotent);
        QVERIFY2(!result.error.message.contains(u"Unknown error"_s) &&
                     result.error.message.contains(u"closed"_s),
                 qPrintable(result.error.message));
        QTest::qWait(300);
        if (idempotent) {
            // Qt itself may send an idempotent call once more on a fresh connection after the
            // first one closed (QHttpNetworkConnectionChannel's reconnect attempts): harmless
            // for a call that is safe to repeat, and the job still makes only its own attempts.
            QVERIFY2(server.requests.size() >= attempts,
                     qPrintable(QString::number(server.requests.size())));
        } else {
            QCOMPARE(server.requests.size(), attempts);
        }
    }

    void failureAfterSending_createIsSentOnceWithOutcomeUnknown_data()
    {
        QTest::addColumn<int>("error");
        QTest::newRow("unknown network error") << int(QNetworkReply::UnknownNetworkError);
        QTest::newRow("temporary network failure")
            << int(QNetworkReply::TemporaryNetworkFailureError);
        QTest::newRow("connection reset") << int(QNetworkReply::RemoteHostClosedError);
        QTest::newRow("could not resend") << int(QNetworkReply::ContentReSendError);
    }

    void failureAfterSending_createIsSentOnceWithOutcomeUnknown()
    {
        // Errors Qt also reports after the request went out: only a refused connection or an
        // unknown host proves that a create never reached the provider.
        QFETCH(int, error);
        auto *network = new RecordedNetwork([error](const RecordedNetwork::Request &) {
            return RecordedNetwork::Answer::lostAnswer(QNetworkReply::NetworkError(error),
                                                       u"Unknown error"_s);
        });
        m_network.reset(network);
        makeSession(SandboxProcess::DefaultKey);
        const HttpResult result =
            run(call("POST"_ba, QUrl(u"http://127.0.0.1:9/users"_s), false, "{}"_ba));
        QCOMPARE(network->requests().size(), 1);
        QCOMPARE(result.attempts, 1);
        QCOMPARE(result.error.kind, ApiErrorKind::Network);
        QVERIFY2(result.error.outcomeUnknown, qPrintable(describe(result)));
    }

    void silentServer_readIsRetriedThenTimesOut()
    {
        ScriptedServer server; // accepts, reads, never answers
        QVERIFY(server.listen());
        makeSession(SandboxProcess::DefaultKey);
        policy().timeoutMs = 500;
        policy().maxAttempts = 3;
        const HttpResult result = run(call("GET"_ba, server.url(u"/users"_s), true));
        QCOMPARE(result.error.kind, ApiErrorKind::Timeout);
        QCOMPARE(result.attempts, 3);
        QCOMPARE(result.status, 0);
        QVERIFY(!result.error.outcomeUnknown);
        QCOMPARE(server.requests.size(), 3);
        QVERIFY2(result.error.message.contains(u"0.5 s"_s), qPrintable(result.error.message));
    }

    void silentServer_createTimesOutWithOutcomeUnknown()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        makeSession(SandboxProcess::DefaultKey);
        policy().timeoutMs = 500;
        policy().maxAttempts = 3;
        const HttpResult result =
            run(call("POST"_ba, server.url(u"/users"_s), false, R"({"email":"a@example.com"})"_ba));
        QCOMPARE(result.error.kind, ApiErrorKind::Timeout);
        QCOMPARE(result.attempts, 1);
        QVERIFY(result.error.outcomeUnknown);
        QTest::qWait(1500); // nothing sends it again behind the job's back
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(server.connections, 1);
    }

    void userCancel_inFlightIsCancelledNotTimeout_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("idempotent");
        QTest::newRow("GET") << "GET"_ba << true;
        QTest::newRow("POST") << "POST"_ba << false;
    }

    void userCancel_inFlightIsCancelledNotTimeout()
    {
        QFETCH(QByteArray, method);
        QFETCH(bool, idempotent);
        ScriptedServer server;
        QVERIFY(server.listen());
        makeSession(SandboxProcess::DefaultKey);
        policy().timeoutMs = 3000;
        HttpResult result;
        bool done = false;
        HttpJob *job = m_session->createJob(
            call(method, server.url(u"/slow"_s), idempotent, idempotent ? QByteArray() : "{}"_ba));
        connect(job, &HttpJob::finished, this, [&, job] {
            result = job->result();
            done = true;
        });
        job->start();
        QTRY_COMPARE(server.requests.size(), 1);
        job->cancel();
        QTRY_VERIFY(done);
        QCOMPARE(result.error.kind, ApiErrorKind::Cancelled);
        QCOMPARE(result.attempts, 1);
        // A create that left may have been carried out; a read changes nothing.
        QCOMPARE(result.error.outcomeUnknown, !idempotent);
        QTest::qWait(3500); // past the timeout: no retry, no second report
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(m_pacer->inFlight(), 0);
    }

    void userCancel_whileQueuedNeverSends()
    {
        ScriptedServer server([](int, const QByteArray &) { return httpAnswer(200); });
        QVERIFY(server.listen());
        makeSession(SandboxProcess::DefaultKey);
        m_pacer->pauseFor(60000);
        HttpResult result;
        bool done = false;
        HttpJob *job = m_session->createJob(call("POST"_ba, server.url(u"/x"_s), false, "{}"_ba));
        connect(job, &HttpJob::finished, this, [&, job] {
            result = job->result();
            done = true;
        });
        job->start();
        QTRY_COMPARE(m_pacer->queued(), 1);
        job->cancel();
        QTRY_VERIFY(done);
        QCOMPARE(result.error.kind, ApiErrorKind::Cancelled);
        QCOMPARE(result.attempts, 0);
        QVERIFY(!result.error.outcomeUnknown); // it never left
        QCOMPARE(m_pacer->queued(), 0);
        QCOMPARE(server.requests.size(), 0);
    }

    void userCancel_duringBackoff()
    {
        makeSession(SandboxProcess::DefaultKey);
        policy().maxAttempts = 10;
        policy().backoffBaseMs = 4000;
        policy().backoffCapMs = 8000;
        HttpResult result;
        bool done = false;
        HttpJob *job = m_session->createJob(
            call("GET"_ba, QUrl(u"http://127.0.0.1:%1/"_s.arg(closedPort())), true));
        connect(job, &HttpJob::finished, this, [&, job] {
            result = job->result();
            done = true;
        });
        job->start();
        QTRY_VERIFY(job->result().attempts >= 1);
        QTest::qWait(50);
        QVERIFY(!done);
        job->cancel();
        QTRY_VERIFY(done);
        QCOMPARE(result.error.kind, ApiErrorKind::Cancelled);
        QVERIFY(result.attempts < 10);
    }

    void connectionRefused_isANetworkError_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("idempotent");
        QTest::newRow("GET") << "GET"_ba << true;
        QTest::newRow("POST") << "POST"_ba << false;
    }

    void connectionRefused_isANetworkError()
    {
        QFETCH(QByteArray, method);
        QFETCH(bool, idempotent);
        makeSession(SandboxProcess::DefaultKey);
        policy().maxAttempts = 3;
        const HttpResult result =
            run(call(method, QUrl(u"http://127.0.0.1:%1/x"_s.arg(closedPort())), idempotent,
                     idempotent ? QByteArray() : "{}"_ba));
        QCOMPARE(result.error.kind, ApiErrorKind::Network);
        // Refused means never sent: even the create is retried, and its outcome is known.
        QCOMPARE(result.attempts, 3);
        QVERIFY(!result.error.outcomeUnknown);
    }

    void connectionRefused_createIsRetriedUntilTheServerListens()
    {
        const quint16 port = closedPort();
        makeSession(SandboxProcess::DefaultKey);
        policy().maxAttempts = 20;
        policy().backoffBaseMs = 200;
        policy().backoffCapMs = 1000;
        HttpResult result;
        bool done = false;
        HttpJob *job = m_session->createJob(
            call("POST"_ba, QUrl(u"http://127.0.0.1:%1/users"_s.arg(port)), false, "{}"_ba));
        connect(job, &HttpJob::finished, this, [&, job] {
            result = job->result();
            done = true;
        });
        job->start();
        // The first attempt was refused once its slot is back and no answer came.
        QTRY_VERIFY(job->result().attempts >= 1 && m_pacer->inFlight() == 0);
        QVERIFY(!done);
        ScriptedServer server([](int, const QByteArray &) { return httpAnswer(201); });
        QVERIFY(server.listen(QHostAddress::LocalHost, port));
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY2(!result.error.isError(), qPrintable(describe(result)));
        QCOMPARE(result.status, 201);
        QVERIFY(result.attempts >= 2);
        QCOMPARE(server.requests.size(), 1);
    }

    void insecure_plainHttpToAnotherHostIsRefusedBeforeSending_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::newRow("TEST-NET") << QUrl(u"http://192.0.2.1/forward/users"_s);
        QTest::newRow("private network") << QUrl(u"http://10.0.0.1:7678/forward/users"_s);
        QTest::newRow("host name") << QUrl(u"http://api.example.com/v0/users"_s);
    }

    void insecure_plainHttpToAnotherHostIsRefusedBeforeSending()
    {
        QFETCH(QUrl, url);
        makeSession(SandboxProcess::DefaultKey);
        bool submitted = false;
        connect(m_pacer.get(), &RequestPacer::changed, this, [&submitted] { submitted = true; });
        const HttpResult result = run(call("POST"_ba, url, false, "{}"_ba));
        QCOMPARE(result.error.kind, ApiErrorKind::Insecure);
        QCOMPARE(result.attempts, 0);
        QVERIFY(!result.error.outcomeUnknown);
        QVERIFY2(result.error.message.contains(u"HTTPS"_s), qPrintable(result.error.message));
        QVERIFY(!submitted); // never even queued for a connection
    }

    void tls_untrustedCertificateFailsWithoutRetry_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("idempotent");
        QTest::newRow("GET") << "GET"_ba << true;
        QTest::newRow("POST") << "POST"_ba << false;
    }

    void tls_untrustedCertificateFailsWithoutRetry()
    {
        QFETCH(QByteArray, method);
        QFETCH(bool, idempotent);
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend here");
        QFile certificateFile(QStringLiteral(ROSTER_NET_TEST_DATA "/selfsigned.crt"));
        QFile keyFile(QStringLiteral(ROSTER_NET_TEST_DATA "/selfsigned.key"));
        QVERIFY(certificateFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(&certificateFile, QSsl::Pem));
        configuration.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        QVERIFY(!configuration.localCertificate().isNull());
        QVERIFY(!configuration.privateKey().isNull());

        QSslServer server;
        server.setSslConfiguration(configuration);
        int handshakes = 0;
        connect(&server, &QSslServer::startedEncryptionHandshake, this,
                [&handshakes] { ++handshakes; });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));

        makeSession(SandboxProcess::DefaultKey);
        policy().maxAttempts = 4;
        const HttpResult result =
            run(call(method, QUrl(u"https://127.0.0.1:%1/users"_s.arg(server.serverPort())),
                     idempotent, idempotent ? QByteArray() : "{}"_ba));
        QCOMPARE(result.error.kind, ApiErrorKind::Tls);
        QCOMPARE(result.attempts, 1); // never ignored, never retried
        QVERIFY(!result.error.outcomeUnknown);
        QVERIFY2(!result.error.message.isEmpty(), "no message");
        QCOMPARE(handshakes, 1);
    }

    void noHttpCache()
    {
        // Even with a cache on the network manager, every call goes to the server, and says so.
        QTemporaryDir cacheDir;
        QVERIFY(cacheDir.isValid());
        auto *cache = new QNetworkDiskCache(m_network.get());
        cache->setCacheDirectory(cacheDir.path());
        m_network->setCache(cache);
        ScriptedServer server([](int index, const QByteArray &) {
            return httpAnswer(200,
                              {{"Cache-Control"_ba, "public, max-age=3600"_ba},
                               {"ETag"_ba, "\"v1\""_ba},
                               {"Last-Modified"_ba, "Wed, 21 Oct 2015 07:28:00 GMT"_ba}},
                              R"({"n":)"_ba + QByteArray::number(index) + "}"_ba);
        });
        QVERIFY(server.listen());
        makeSession(SandboxProcess::DefaultKey);
        const HttpResult first = run(call("GET"_ba, server.url(u"/roles"_s), true));
        const HttpResult second = run(call("GET"_ba, server.url(u"/roles"_s), true));
        QVERIFY2(!first.error.isError(), qPrintable(describe(first)));
        QVERIFY2(!second.error.isError(), qPrintable(describe(second)));
        QCOMPARE(second.body, R"({"n":1})"_ba);
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(cache->cacheSize(), 0);
        for (const QByteArray &request : std::as_const(server.requests)) {
            const QByteArray lower = request.toLower();
            QVERIFY2(lower.contains("\r\ncache-control: no-store\r\n"), request.constData());
            QVERIFY2(!lower.contains("if-none-match") && !lower.contains("if-modified-since"),
                     request.constData());
        }
    }

    void redirect_neverTakesTheKeyToAnotherOrigin_data()
    {
        QTest::addColumn<QHostAddress>("listenOn");
        QTest::addColumn<QString>("host");
        // 0.0.0.0 reaches this computer on Linux, yet the transport policy refuses plain HTTP to
        // it: a redirect there stands for a redirect to any host.
        QTest::newRow("plain HTTP to a refused host")
            << QHostAddress(QHostAddress::AnyIPv4) << u"0.0.0.0"_s;
        QTest::newRow("another loopback origin")
            << QHostAddress(QHostAddress::LocalHost) << u"127.0.0.1"_s;
    }

    void redirect_neverTakesTheKeyToAnotherOrigin()
    {
        QFETCH(QHostAddress, listenOn);
        QFETCH(QString, host);
        ScriptedServer elsewhere([](int, const QByteArray &) { return httpAnswer(200); });
        QVERIFY(elsewhere.listen(listenOn, 0));
        const QByteArray location = "http://"_ba + host.toLatin1() + ":"_ba +
                                    QByteArray::number(elsewhere.port()) + "/collect"_ba;
        ScriptedServer server([location](int, const QByteArray &) {
            return httpAnswer(302, {{"Location"_ba, location}});
        });
        QVERIFY(server.listen());
        makeSession(SandboxProcess::DefaultKey);
        policy().timeoutMs = 3000;
        const HttpResult result = run(call("GET"_ba, server.url(u"/users"_s), true));
        QVERIFY2(result.error.isError(), qPrintable(describe(result)));
        QVERIFY(!server.requests.isEmpty());
        QTest::qWait(200);
        QVERIFY2(elsewhere.requests.isEmpty(), elsewhere.requests.value(0).constData());
    }

    void redirect_withinTheOriginIsFollowed()
    {
        ScriptedServer server([](int index, const QByteArray &) {
            if (index == 0)
                return httpAnswer(307, {{"Location"_ba, "/moved"_ba}});
            return httpAnswer(200, {}, R"({"moved":true})"_ba);
        });
        QVERIFY(server.listen());
        makeSession(SandboxProcess::DefaultKey);
        const HttpResult result = run(call("GET"_ba, server.url(u"/users"_s), true));
        QVERIFY2(!result.error.isError(), qPrintable(describe(result)));
        QCOMPARE(result.body, R"({"moved":true})"_ba);
        QCOMPARE(server.requests.size(), 2);
        QVERIFY2(server.requests[1].startsWith("GET /moved "), server.requests[1].constData());
    }

    void closingASession_freesThePacerForTheOthers()
    {
        // Pacers are shared by key across sessions (PacerRegistry). A session closed with one
        // call in flight and one queued must give back the slot and never run the queued one.
        ScriptedServer silent;
        QVERIFY(silent.listen());
        ScriptedServer answering([](int, const QByteArray &) { return httpAnswer(200); });
        QVERIFY(answering.listen());
        makeSession(SandboxProcess::DefaultKey, 1000, 1);
        m_session->createJob(call("GET"_ba, silent.url(u"/in-flight"_s), true))->start();
        QTRY_COMPARE(silent.requests.size(), 1);
        m_session->createJob(call("GET"_ba, silent.url(u"/queued"_s), true))->start();
        QTRY_COMPARE(m_pacer->queued(), 1);
        QCOMPARE(m_pacer->inFlight(), 1);

        m_session.reset(); // closes the window: its jobs go with it
        QCOMPARE(m_pacer->inFlight(), 0);
        QCOMPARE(m_pacer->queued(), 0);

        ApiSession other(m_network.get(), m_pacer.get(), SandboxProcess::DefaultKey);
        HttpResult result;
        QVERIFY(runJob(other.createJob(call("GET"_ba, answering.url(u"/after"_s), true)), &result,
                       10000));
        QVERIFY2(!result.error.isError(), qPrintable(describe(result)));
        QCOMPARE(silent.requests.size(), 1); // the queued call never left
    }

private:
    // A listing's body goes to a BodySink as it arrives; the result keeps its first bytes only.
    struct Sunk
    {
        QByteArray bytes;
        int begun = 0;
        qint64 expected = -2;
    };
    HttpResult runToSink(HttpCall call, Sunk &sunk, std::function<bool()> ready = {},
                         std::function<void(HttpJob *)> started = {})
    {
        HttpJob *job = m_session->createJob(std::move(call));
        BodySink sink;
        sink.begin = [&sunk](qint64 expected) {
            ++sunk.begun;
            sunk.expected = expected;
        };
        sink.write = [&sunk](QByteArrayView bytes) {
            sunk.bytes.append(bytes);
            return true;
        };
        sink.ready = std::move(ready);
        job->setBodySink(std::move(sink));
        if (started)
            started(job);
        HttpResult result;
        if (!runJob(job, &result, 20000))
            result.error = ApiError::make(ApiErrorKind::BadResponse, u"the job never finished"_s);
        return result;
    }

    static QByteArray largeBody() { return QByteArray(1024 * 1024, 'x'); }

private Q_SLOTS:
    void streamedBody_goesToTheSinkAndOnlyItsHeadIsKept()
    {
        const QByteArray body = largeBody();
        ScriptedServer server(
            [&body](int, const QByteArray &) { return httpAnswer(200, {}, body); });
        QVERIFY(server.listen());
        makeSession(SandboxProcess::DefaultKey);
        Sunk sunk;
        const HttpResult result = runToSink(call("GET"_ba, server.url(u"/users"_s), true), sunk);
        QVERIFY2(!result.error.isError(), qPrintable(describe(result)));
        QCOMPARE(sunk.bytes, body);
        QCOMPARE(sunk.begun, 1);
        QCOMPARE(sunk.expected, body.size());
        QCOMPARE(result.streamedBytes, body.size());
        QVERIFY(result.body.size() > 0 && result.body.size() <= 4096);
    }

    void streamedBody_waitsWhileTheSinkIsFull()
    {
        const QByteArray body = largeBody();
        ScriptedServer server(
            [&body](int, const QByteArray &) { return httpAnswer(200, {}, body); });
        QVERIFY(server.listen());
        makeSession(SandboxProcess::DefaultKey);
        Sunk sunk;
        bool room = false;
        HttpJob *streaming = nullptr;
        QTimer::singleShot(300, [&] {
            // Held back: Qt buffers a bounded part, the rest waits in the network.
            QVERIFY(sunk.bytes.isEmpty());
            room = true;
            streaming->resumeBody();
        });
        const HttpResult result = runToSink(
            call("GET"_ba, server.url(u"/users"_s), true), sunk, [&room] { return room; },
            [&streaming](HttpJob *job) { streaming = job; });
        QVERIFY2(!result.error.isError(), qPrintable(describe(result)));
        QCOMPARE(sunk.bytes, body);
    }

    void streamedBody_heldBackStaysInTheNetwork()
    {
        // A sink that cannot keep up leaves the rest of a large answer with the server, instead
        // of it piling up in Roster's memory. What arrives before Qt takes the read buffer's
        // size (a slow build takes tens of MB) is kept: the answer is large enough for that.
        const QByteArray body(256 * 1024 * 1024, 'x');
        ScriptedServer server(
            [&body](int, const QByteArray &) { return httpAnswer(200, {}, body); });
        QVERIFY(server.listen());
        makeSession(SandboxProcess::DefaultKey);
        Sunk sunk;
        bool room = false;
        qint64 unsentWhileHeld = -1;
        HttpJob *streaming = nullptr;
        QTimer::singleShot(1500, [&] {
            unsentWhileHeld = server.unsentBytes();
            room = true;
            streaming->resumeBody();
        });
        const HttpResult result = runToSink(
            call("GET"_ba, server.url(u"/users"_s), true), sunk, [&room] { return room; },
            [&streaming](HttpJob *job) { streaming = job; });
        QVERIFY2(!result.error.isError(), qPrintable(describe(result)));
        QCOMPARE(sunk.bytes.size(), body.size());
        QVERIFY2(unsentWhileHeld > body.size() / 2,
                 qPrintable(u"the client took %1 of %2 bytes while its sink was full"_s
                                .arg(body.size() - unsentWhileHeld)
                                .arg(body.size())));
    }

    void streamedBody_brokenAfterItBeganIsNotResent()
    {
        // The answer promises a megabyte and the connection closes after a third of it.
        const QByteArray body = largeBody();
        ScriptedServer server([&body](int, const QByteArray &) {
            return httpAnswer(200, {}, body).chopped(body.size() * 2 / 3);
        });
        QVERIFY(server.listen());
        makeSession(SandboxProcess::DefaultKey);
        policy().maxAttempts = 3;
        Sunk sunk;
        const HttpResult result = runToSink(call("GET"_ba, server.url(u"/users"_s), true), sunk);
        QCOMPARE(result.error.kind, ApiErrorKind::Network);
        QCOMPARE(result.attempts, 1);
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(sunk.begun, 1);
        QVERIFY(!sunk.bytes.isEmpty() && sunk.bytes.size() < body.size());
        QVERIFY2(result.error.message.contains(u"bytes of the answer"_s),
                 qPrintable(describe(result)));
    }

    void streamedBody_anErrorBeforeTheBodyIsResentAndKeptWhole()
    {
        const QByteArray body = largeBody();
        ScriptedServer server([&body](int index, const QByteArray &) {
            return index == 0 ? httpAnswer(503, {}, R"({"message":"busy"})")
                              : httpAnswer(200, {}, body);
        });
        QVERIFY(server.listen());
        makeSession(SandboxProcess::DefaultKey);
        Sunk sunk;
        const HttpResult result = runToSink(call("GET"_ba, server.url(u"/users"_s), true), sunk);
        QVERIFY2(!result.error.isError(), qPrintable(describe(result)));
        QCOMPARE(result.attempts, 2);
        QCOMPARE(sunk.begun, 1);
        QCOMPARE(sunk.bytes, body);

        ScriptedServer refusing([](int, const QByteArray &) {
            return httpAnswer(401, {}, R"({"message":"bad key"})");
        });
        QVERIFY(refusing.listen());
        Sunk none;
        const HttpResult refused = runToSink(call("GET"_ba, refusing.url(u"/users"_s), true), none);
        QCOMPARE(refused.error.kind, ApiErrorKind::Unauthorized);
        QCOMPARE(refused.body, QByteArray(R"({"message":"bad key"})"));
        QCOMPARE(none.begun, 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpJob)
#include "tst_http_job.moc"
