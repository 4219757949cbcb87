// Large answers that roster-sandbox streams (Heartbeat's GET /v0/users, GET /_sandbox/state):
// against a real roster-sandbox they arrive whole, byte for byte what QJsonDocument would have
// written, to a slow reader too, through Connection: close and HTTP/1.0, and a connection dropped
// mid-stream leaves the sandbox answering. Counts only, no times.
#include "body_stream.h"
#include "heartbeat_user_json.h"
#include "sandbox_process.h"
#include "sandbox_state.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int ManyMembers = 50000;

QByteArray wholeBody(BodyStream &body)
{
    QByteArray out;
    while (body.writeNext(out, 4096)) {
    }
    return out;
}

// The listing as the sandbox answered it before it streamed: one QJsonDocument.
QByteArray documentListing(const SandboxState &state, const QString &avatarBaseUrl)
{
    const HeartbeatUserJson json(state, avatarBaseUrl);
    QJsonArray users;
    for (const HeartbeatMember &member : state.heartbeat.rows())
        users.append(json.user(member));
    return QJsonDocument(users).toJson(QJsonDocument::Compact);
}

// Ordinary members of all three providers (the process's seeded ones are compared below).
void addPlainMembers(SandboxState &state, int count)
{
    const QDateTime joined = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        HeartbeatMember heartbeat;
        heartbeat.id = u"hb-%1"_s.arg(i);
        heartbeat.email = u"member%1@example.com"_s.arg(i);
        heartbeat.name = u"Søren Member%1"_s.arg(i);
        heartbeat.roleId = u"role_member"_s;
        heartbeat.createdAt = heartbeat.updatedAt = joined.addSecs(-i * 3607);
        state.heartbeat.insert(heartbeat);
        ForwardMember forward;
        forward.id = u"user_%1"_s.arg(i);
        forward.email = heartbeat.email;
        forward.firstName = u"Zoë"_s;
        forward.lastName = u"Müller %1"_s.arg(i);
        forward.businessId = state.forwardBusinessId;
        forward.createdAt = forward.updatedAt = heartbeat.createdAt;
        state.forward.insert(forward);
        BeamMember beam;
        beam.id = 1001 + i;
        beam.email = heartbeat.email;
        beam.firstName = forward.firstName;
        beam.lastName = forward.lastName;
        beam.slug = u"zoe-muller-%1"_s.arg(i);
        beam.verified = i % 3 == 0;
        beam.createdAt = beam.updatedAt = heartbeat.createdAt;
        state.beam.insert(beam);
    }
}

// Members whose texts need every kind of escaping the JSON writer knows.
void addAwkwardMembers(SandboxState &state)
{
    const QString texts[] = {
        u"Quote \" and back\\slash"_s,
        u"Tab\tnew\nline\rform\ffeed\bbell\x01\x1f"_s,
        u"Ünïcödé 李娜 Ωμέγα"_s,
        u"Emoji 😀 and a lone "_s + QChar(0xd800) + u" surrogate "_s + QChar(0xdc00),
        u"/slash <html> & 'single' \x7f"_s,
        QString(),
    };
    int i = 0;
    for (const QString &text : texts) {
        HeartbeatMember member;
        member.id = u"awkward-%1"_s.arg(i);
        member.email = u"awkward%1@example.com"_s.arg(i++);
        member.name = text;
        member.bio = text;
        member.status = text;
        member.linkedin = text.isEmpty() ? QString() : u"https://linkedin.example/"_s + text;
        member.twitter = text;
        member.roleId = i % 2 ? u"role_admin"_s : u"role_unknown"_s;
        member.groupIds = {u"grp_berlin"_s, u"grp_gone"_s};
        member.profilePicture = i % 2 ? QByteArray("\x89PNG fake") : QByteArray();
        member.createdAt = QDateTime::fromMSecsSinceEpoch(-86400000LL * 400 + i, Qt::UTC);
        member.lastLogin = i % 2 ? QDateTime() : QDateTime::currentDateTimeUtc();
        state.heartbeat.insert(member);
    }
}

struct RawAnswer
{
    QByteArray head;
    QByteArray body;
    qint64 contentLength = -1;
    bool closedByServer = false;
};

QByteArray rawGet(quint16 port, QByteArrayView path, const QByteArray &apiKey,
                  QByteArrayView version = "HTTP/1.1", QByteArrayView extraHeader = {})
{
    QByteArray request = "GET " + path.toByteArray() + ' ' + version.toByteArray() + "\r\n";
    request += "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
    request += "Authorization: Bearer " + apiKey + "\r\n";
    if (!extraHeader.isEmpty())
        request += extraHeader.toByteArray() + "\r\n";
    return request + "\r\n";
}

// Reads one answer; with `slowly`, a few KB at a time with pauses, as a client on a slow link.
RawAnswer readAnswer(QTcpSocket &socket, bool slowly, bool untilClosed = false)
{
    RawAnswer answer;
    QByteArray buffer;
    const QDeadlineTimer deadline(120000);
    if (slowly)
        socket.setReadBufferSize(8 * 1024);
    while (!deadline.hasExpired()) {
        if (socket.bytesAvailable() == 0 && socket.state() != QAbstractSocket::ConnectedState)
            break;
        if (socket.bytesAvailable() == 0)
            socket.waitForReadyRead(1000);
        buffer += socket.read(slowly ? 8 * 1024 : 1 << 20);
        if (slowly)
            QTest::qWait(1);
        if (answer.contentLength < 0) {
            const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd >= 0) {
                answer.head = buffer.left(headEnd + 4);
                buffer.remove(0, headEnd + 4);
                for (const QByteArray &line : answer.head.split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        answer.contentLength = line.mid(15).trimmed().toLongLong();
                }
            }
        }
        if (answer.contentLength >= 0 && buffer.size() >= answer.contentLength && !untilClosed)
            break;
    }
    answer.body = buffer;
    answer.closedByServer = socket.state() != QAbstractSocket::ConnectedState ||
                            socket.waitForDisconnected(untilClosed ? 5000 : 0);
    return answer;
}
} // namespace

class TestSandboxStreaming : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;

    static qint64 count(const QJsonObject &stats, const QString &endpoint, const QString &status)
    {
        return stats[u"providers"_s][u"heartbeat"_s][endpoint][status].toInteger();
    }

    SandboxState loadedState()
    {
        QString error;
        const std::optional<SandboxState> state =
            SandboxState::fromJson(m_sandbox->state(), &error);
        if (!state)
            qWarning("%s", qPrintable(error));
        return state.value_or(SandboxState());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>(
            QStringList{u"--members"_s, QString::number(ManyMembers), u"--rate-limit"_s, u"0"_s});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    }

    void cleanupTestCase() { m_sandbox.reset(); }

    void compactWriter_writesWhatQJsonDocumentWrites()
    {
        SandboxState state = SandboxState::withDefaults();
        addPlainMembers(state, 300);
        addAwkwardMembers(state);
        const QString avatars = u"http://127.0.0.1:1/heartbeat/avatars/"_s;
        const HeartbeatUserJson json(state, avatars);
        for (const HeartbeatMember &member : state.heartbeat.rows()) {
            QByteArray compact;
            json.appendCompact(member, compact);
            QCOMPARE(compact, QJsonDocument(json.user(member)).toJson(QJsonDocument::Compact));
        }
        const std::shared_ptr<BodyStream> stateBody = state.toJsonStream();
        const QByteArray expected = QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact);
        QCOMPARE(stateBody->size(), expected.size());
        QCOMPARE(wholeBody(*stateBody), expected);
    }

    void listing_ofManyMembers_arrivesWholeWithEveryMemberOnce()
    {
        const qint64 before = count(m_sandbox->stats(), u"GET /v0/users"_s, u"200"_s);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(rawGet(m_sandbox->port(), "/heartbeat/v0/users", m_sandbox->apiKey()));
        const RawAnswer answer = readAnswer(socket, false);
        QVERIFY2(answer.head.startsWith("HTTP/1.1 200"), answer.head.constData());
        QCOMPARE(answer.body.size(), answer.contentLength);

        const QJsonArray users = QJsonDocument::fromJson(answer.body).array();
        QCOMPARE(users.size(), ManyMembers);
        QSet<QString> ids;
        for (const QJsonValue &user : users)
            ids.insert(user[u"id"_s].toString());
        QCOMPARE(ids.size(), ManyMembers);

        const SandboxState state = loadedState();
        QCOMPARE(state.heartbeat.size(), ManyMembers);
        QCOMPARE(answer.body,
                 documentListing(state, m_sandbox->baseUrl() + u"/heartbeat/avatars/"_s));
        QCOMPARE(count(m_sandbox->stats(), u"GET /v0/users"_s, u"200"_s), before + 1);
    }

    void listing_toASlowReader_arrivesWhole_andTheConnectionServesTheNextRequest()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(rawGet(m_sandbox->port(), "/heartbeat/v0/users", m_sandbox->apiKey()));
        // The next request waits behind the stream on the same connection.
        socket.write(rawGet(m_sandbox->port(), "/heartbeat/v0/roles", m_sandbox->apiKey()));
        const RawAnswer answer = readAnswer(socket, true);
        QVERIFY(answer.contentLength > 0);
        QVERIFY(answer.body.size() >= answer.contentLength);
        QByteArray rest = answer.body.mid(answer.contentLength);
        QCOMPARE(QJsonDocument::fromJson(answer.body.left(answer.contentLength)).array().size(),
                 ManyMembers);
        socket.setReadBufferSize(0);
        const QDeadlineTimer deadline(10000);
        while (!rest.contains("\"Guest\"") && !deadline.hasExpired() &&
               socket.waitForReadyRead(1000))
            rest += socket.readAll();
        QVERIFY2(rest.startsWith("HTTP/1.1 200") && rest.contains("\"Guest\""),
                 rest.left(200).constData());
    }

    void listing_withConnectionClose_andHttp10_arrivesWholeThenCloses()
    {
        const QByteArray requests[] = {
            rawGet(m_sandbox->port(), "/heartbeat/v0/users", m_sandbox->apiKey(), "HTTP/1.1",
                   "Connection: close"),
            rawGet(m_sandbox->port(), "/heartbeat/v0/users", m_sandbox->apiKey(), "HTTP/1.0"),
        };
        for (const QByteArray &request : requests) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
            QVERIFY(socket.waitForConnected(5000));
            socket.write(request);
            const RawAnswer answer = readAnswer(socket, false, true);
            QCOMPARE(answer.body.size(), answer.contentLength);
            QCOMPARE(QJsonDocument::fromJson(answer.body).array().size(), ManyMembers);
            QVERIFY(answer.closedByServer);
        }
    }

    void listing_underInjectedFaults_isRefusedWhole()
    {
        SandboxProcess failing({u"--members"_s, u"1000"_s, u"--fail-rate"_s, u"1"_s});
        QVERIFY2(failing.start(), qPrintable(failing.error()));
        HttpClient http;
        QCOMPARE(
            http.get(failing.url(u"/heartbeat/v0/users"_s), HttpClient::bearer(failing.apiKey()))
                .status,
            503);

        SandboxProcess limited({u"--members"_s, u"1000"_s, u"--rate-limit"_s, u"1"_s});
        QVERIFY2(limited.start(), qPrintable(limited.error()));
        int tooMany = 0;
        for (int i = 0; i < 3; ++i) {
            const TestReply reply = http.get(limited.url(u"/heartbeat/v0/users"_s),
                                             HttpClient::bearer(limited.apiKey()));
            tooMany += reply.status == 429;
            if (reply.status == 200)
                QCOMPARE(reply.array().size(), 1000);
        }
        QVERIFY(tooMany >= 1);
    }

    void droppedConnections_midStream_leaveTheSandboxAnswering()
    {
        SandboxProcess dropping(
            {u"--members"_s, u"20000"_s, u"--drop-rate"_s, u"1"_s, u"--rate-limit"_s, u"0"_s});
        QVERIFY2(dropping.start(), qPrintable(dropping.error()));
        constexpr int Attempts = 12;
        int cutMidStream = 0;
        for (int i = 0; i < Attempts; ++i) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, dropping.port());
            QVERIFY(socket.waitForConnected(5000));
            socket.write(rawGet(dropping.port(), "/heartbeat/v0/users", dropping.apiKey()));
            const RawAnswer answer = readAnswer(socket, false, true);
            QVERIFY(answer.closedByServer);
            QVERIFY(answer.contentLength < 0 || answer.body.size() < answer.contentLength);
            cutMidStream += answer.contentLength > 0;
        }
        const QJsonObject stats = dropping.stats(); // /_sandbox/ is never dropped
        QCOMPARE(stats[u"droppedConnections"_s][u"heartbeat"_s].toInteger(), Attempts);
        QCOMPARE(dropping.state(u"heartbeat"_s)[u"members"_s].toArray().size(), 20000);
        QVERIFY2(cutMidStream > 0, "no answer was cut after its head in 12 drops");
        QCOMPARE(dropping.terminate(), 0);
    }

    void state_roundTripsThroughTheStateFile()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString path = directory.filePath(u"state.json"_s);
        QJsonObject first;
        {
            SandboxProcess seeded({u"--members"_s, u"3000"_s, u"--state"_s, path});
            QVERIFY2(seeded.start(), qPrintable(seeded.error()));
            first = seeded.state();
            QCOMPARE(seeded.terminate(), 0);
        }
        QCOMPARE(first[u"heartbeat"_s][u"members"_s].toArray().size(), 3000);
        SandboxProcess reloaded({u"--state"_s, path});
        QVERIFY2(reloaded.start(), qPrintable(reloaded.error()));
        QCOMPARE(reloaded.state(), first);
    }
};

QTEST_GUILESS_MAIN(TestSandboxStreaming)
#include "tst_sandbox_streaming.moc"
