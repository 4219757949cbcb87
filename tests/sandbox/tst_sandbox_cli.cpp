// roster-sandbox's command line: the lines it prints, its options and their validation, the
// port it listens on, the signals that stop it and the members it seeds.
#include "http_client.h"
#include "sandbox_process.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <csignal>

using namespace Qt::StringLiterals;

namespace {
struct Finished
{
    bool exited = false; // within the time allowed, by itself
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs roster-sandbox with exactly these arguments until it exits.
Finished runToExit(const QStringList &arguments, int timeoutMs = 30000)
{
    QProcess process;
    process.start(SandboxProcess::executable(), arguments);
    Finished result;
    if (!process.waitForStarted(5000))
        return result;
    result.exited = process.waitForFinished(timeoutMs);
    if (!result.exited) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitStatus = process.exitStatus();
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// Starts roster-sandbox with exactly these arguments; returns its first stdout line, or an empty
// string if it printed none (then it has usually exited).
QString startAndReadFirstLine(QProcess &process, const QStringList &arguments)
{
    process.start(SandboxProcess::executable(), arguments);
    if (!process.waitForStarted(5000))
        return {};
    const QDeadlineTimer deadline(30000);
    while (!process.canReadLine() && !deadline.hasExpired() && process.state() == QProcess::Running)
        process.waitForReadyRead(100);
    return process.canReadLine() ? QString::fromUtf8(process.readLine()).chopped(1) : QString();
}

void stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(5000))
        process.kill();
    process.waitForFinished(5000);
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool isExampleDomain(const QString &email)
{
    const QString domain = email.section(u'@', 1);
    static const QStringList reserved = {u"example.com"_s, u"example.net"_s, u"example.org"_s};
    return reserved.contains(domain) || domain == u"example"_s || domain.endsWith(u".example"_s);
}

bool hasNonAsciiLetter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() > 127 && c.isLetter(); });
}
} // namespace

class TestSandboxCli : public QObject
{
    Q_OBJECT

private:
    HttpClient m_http;

private Q_SLOTS:
    void firstLine_isTheListeningUrl_withPortZeroPickingAFreePort()
    {
        SandboxProcess sandbox; // passes --port 0
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        QVERIFY(sandbox.port() != 0);
        QCOMPARE(sandbox.firstLine(), u"listening on http://127.0.0.1:%1"_s.arg(sandbox.port()));
        const TestReply stats = m_http.get(sandbox.url(u"/_sandbox/stats"_s));
        QCOMPARE(stats.status, 200);
        QVERIFY(stats.object().contains(u"total"_s));
    }

    void fixedPort_isHonoured_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("plain") << QStringList();
        QTest::newRow("behind the fault relay") << QStringList{u"--latency"_s, u"1"_s};
    }

    void fixedPort_isHonoured()
    {
        QFETCH(QStringList, extra);
        const quint16 port = freePort();
        QVERIFY(port != 0);
        QProcess process;
        const QString firstLine = startAndReadFirstLine(
            process,
            QStringList{u"--port"_s, QString::number(port), u"--api-key"_s, u"k"_s} + extra);
        const auto cleanup = qScopeGuard([&] { stop(process); });
        QCOMPARE(firstLine, u"listening on http://127.0.0.1:%1"_s.arg(port));
        const TestReply users = m_http.get(
            QUrl(u"http://127.0.0.1:%1/heartbeat/v0/users"_s.arg(port)), HttpClient::bearer("k"));
        QCOMPARE(users.status, 200);
        QCOMPARE(users.array().size(), 0);
    }

    void withoutApiKey_aRandomKeyIsPrintedAndIsTheOnlyOneAccepted()
    {
        QByteArray keys[2];
        for (QByteArray &key : keys) {
            SandboxProcess sandbox({}, QByteArray()); // no --api-key
            QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
            QProcess &process = sandbox.process();
            const QDeadlineTimer deadline(10000);
            while (!process.canReadLine() && !deadline.hasExpired())
                process.waitForReadyRead(100);
            const QString secondLine = QString::fromUtf8(process.readLine()).chopped(1);
            static const QRegularExpression pattern(u"^api key: (\\S{16,})$"_s);
            const QRegularExpressionMatch match = pattern.match(secondLine);
            QVERIFY2(match.hasMatch(), qPrintable(secondLine));
            key = match.captured(1).toUtf8();

            QCOMPARE(
                m_http.get(sandbox.url(u"/heartbeat/v0/users"_s), HttpClient::bearer(key)).status,
                200);
            QCOMPARE(
                m_http.get(sandbox.url(u"/forward/users?type=BUSINESS"_s), HttpClient::xApiKey(key))
                    .status,
                200);
            QCOMPARE(m_http
                         .sendJson("POST", sandbox.url(u"/beam/users/retrieve"_s),
                                   HttpClient::bearer(key), {{u"email"_s, u"nobody@example.com"_s}})
                         .status,
                     404);

            const QByteArray other = key + "x";
            QCOMPARE(
                m_http.get(sandbox.url(u"/heartbeat/v0/users"_s), HttpClient::bearer(other)).status,
                401);
            QCOMPARE(
                m_http
                    .get(sandbox.url(u"/forward/users?type=BUSINESS"_s), HttpClient::xApiKey(other))
                    .status,
                401);
            QCOMPARE(m_http
                         .get(sandbox.url(u"/heartbeat/v0/users"_s),
                              HttpClient::bearer(SandboxProcess::DefaultKey))
                         .status,
                     401);
        }
        QVERIFY2(keys[0] != keys[1], "two sandboxes generated the same key");
    }

    void givenApiKey_printsNoKeyLine()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        QCOMPARE(sandbox.terminate(), 0);
        QCOMPARE(sandbox.process().readAllStandardOutput(), QByteArray());
    }

    void help_listsEveryOptionAndExitsZero()
    {
        const Finished help = runToExit({u"--help"_s});
        QVERIFY(help.exited);
        QCOMPARE(help.exitStatus, QProcess::NormalExit);
        QCOMPARE(help.exitCode, 0);
        for (const QString &option :
             {u"--port"_s, u"--api-key"_s, u"--members"_s, u"--state"_s, u"--rate-limit"_s,
              u"--link-ttl"_s, u"--latency"_s, u"--jitter"_s, u"--fail-rate"_s, u"--drop-rate"_s,
              u"--heartbeat-list-inactive"_s, u"--forward-first-page"_s})
            QVERIFY2(help.out.contains(option),
                     qPrintable(option + u" missing in:\n"_s + help.out));
        QVERIFY(!help.out.contains(u"listening on"_s));
    }

    void badArguments_exit2NamingTheOption_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("--fail-rate 2") << QStringList{u"--fail-rate"_s, u"2"_s} << u"--fail-rate"_s;
        QTest::newRow("--fail-rate nan")
            << QStringList{u"--fail-rate"_s, u"nan"_s} << u"--fail-rate"_s;
        QTest::newRow("--drop-rate -0.1")
            << QStringList{u"--drop-rate"_s, u"-0.1"_s} << u"--drop-rate"_s;
        QTest::newRow("--port -1") << QStringList{u"--port"_s, u"-1"_s} << u"--port"_s;
        QTest::newRow("--port 65536") << QStringList{u"--port"_s, u"65536"_s} << u"--port"_s;
        QTest::newRow("--port 2^32 + 1")
            << QStringList{u"--port"_s, u"4294967297"_s} << u"--port"_s;
        QTest::newRow("--members 2^32")
            << QStringList{u"--members"_s, u"4294967296"_s} << u"--members"_s;
        QTest::newRow("--rate-limit abc")
            << QStringList{u"--rate-limit"_s, u"abc"_s} << u"--rate-limit"_s;
        QTest::newRow("--members 1.5") << QStringList{u"--members"_s, u"1.5"_s} << u"--members"_s;
        QTest::newRow("--latency x") << QStringList{u"--latency"_s, u"x"_s} << u"--latency"_s;
        QTest::newRow("--jitter -5") << QStringList{u"--jitter"_s, u"-5"_s} << u"--jitter"_s;
        QTest::newRow("--link-ttl 0") << QStringList{u"--link-ttl"_s, u"0"_s} << u"--link-ttl"_s;
        QTest::newRow("--api-key with a space")
            << QStringList{u"--api-key"_s, u"a b"_s} << u"--api-key"_s;
        QTest::newRow("--heartbeat-list-inactive maybe")
            << QStringList{u"--heartbeat-list-inactive"_s, u"maybe"_s}
            << u"--heartbeat-list-inactive"_s;
        QTest::newRow("--heartbeat-list-inactive YES")
            << QStringList{u"--heartbeat-list-inactive"_s, u"YES"_s}
            << u"--heartbeat-list-inactive"_s;
        QTest::newRow("--heartbeat-list-inactive empty")
            << QStringList{u"--heartbeat-list-inactive"_s, QString()}
            << u"--heartbeat-list-inactive"_s;
        QTest::newRow("--forward-first-page 2")
            << QStringList{u"--forward-first-page"_s, u"2"_s} << u"--forward-first-page"_s;
        QTest::newRow("--forward-first-page -1")
            << QStringList{u"--forward-first-page"_s, u"-1"_s} << u"--forward-first-page"_s;
        QTest::newRow("--forward-first-page one")
            << QStringList{u"--forward-first-page"_s, u"one"_s} << u"--forward-first-page"_s;
        QTest::newRow("unknown option")
            << QStringList{u"--frobnicate"_s, u"3"_s} << u"frobnicate"_s;
        QTest::newRow("missing value") << QStringList{u"--port"_s} << u"port"_s;
        QTest::newRow("stray argument")
            << QStringList{u"--members"_s, u"3"_s, u"extra"_s} << u"extra"_s;
    }

    void badArguments_exit2NamingTheOption()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        // --port 0 first (a later --port wins): a sandbox that wrongly starts takes no fixed port.
        const Finished run = runToExit(QStringList{u"--port"_s, u"0"_s} + arguments, 10000);
        QVERIFY2(run.exited, "roster-sandbox kept running");
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QVERIFY2(run.exitCode == 2,
                 qPrintable(u"exit code %1, stderr: %2"_s.arg(run.exitCode).arg(run.err)));
        QVERIFY2(run.err.contains(named), qPrintable(u"stderr: "_s + run.err));
        QVERIFY2(!run.out.contains(u"listening on"_s), qPrintable(run.out));
    }

    void portInUse_exitsNonZeroWithAMessage_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("plain") << QStringList();
        QTest::newRow("behind the fault relay") << QStringList{u"--jitter"_s, u"5"_s};
    }

    void portInUse_exitsNonZeroWithAMessage()
    {
        QFETCH(QStringList, extra);
        QTcpServer occupant;
        QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
        const QString port = QString::number(occupant.serverPort());
        const Finished run = runToExit(QStringList{u"--port"_s, port} + extra);
        QVERIFY2(run.exited, "roster-sandbox kept running on a taken port");
        QCOMPARE(run.exitStatus, QProcess::NormalExit);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(port), qPrintable(u"stderr: "_s + run.err));
        QVERIFY2(!run.out.contains(u"listening on"_s), qPrintable(run.out));
    }

    void shutdownSignals_exitZeroPromptlyAndWritePendingState_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("SIGTERM") << int(SIGTERM) << QStringList();
        QTest::newRow("SIGINT") << int(SIGINT) << QStringList();
        QTest::newRow("SIGTERM, request in flight behind the relay")
            << int(SIGTERM) << QStringList{u"--latency"_s, u"3000"_s};
        QTest::newRow("SIGINT, request in flight behind the relay")
            << int(SIGINT) << QStringList{u"--latency"_s, u"3000"_s};
    }

    void shutdownSignals_exitZeroPromptlyAndWritePendingState()
    {
        QFETCH(int, signalNumber);
        QFETCH(QStringList, extra);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString stateFile = dir.filePath(u"state.json"_s);
        SandboxProcess sandbox(QStringList{u"--state"_s, stateFile} + extra);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));

        // A write whose state is still pending (the file is written 100 ms after a change).
        const TestReply created = m_http.sendJson("PUT", sandbox.url(u"/heartbeat/v0/users"_s),
                                                  HttpClient::bearer(sandbox.apiKey()),
                                                  {{u"name"_s, u"Zoë Müller"_s},
                                                   {u"email"_s, u"zoe@example.com"_s},
                                                   {u"roleID"_s, u"role_member"_s}});
        QCOMPARE(created.status, 200);

        // A client still waiting for an answer when the signal arrives.
        QTcpSocket waiting;
        waiting.connectToHost(QHostAddress::LocalHost, sandbox.port());
        QVERIFY(waiting.waitForConnected(5000));
        waiting.write(
            "GET /heartbeat/v0/roles HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
            sandbox.apiKey() + "\r\n\r\n");
        QVERIFY(waiting.waitForBytesWritten(5000));
        QTest::qWait(100);

        QVERIFY(::kill(pid_t(sandbox.process().processId()), signalNumber) == 0);
        // "Promptly" is generous here: CI machines are slow, but a hang must not pass.
        QVERIFY2(sandbox.process().waitForFinished(10000), "no exit within 10 s of the signal");
        QCOMPARE(sandbox.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(sandbox.process().exitCode(), 0);

        QFile file(stateFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray members =
            QJsonDocument::fromJson(file.readAll())[u"heartbeat"_s][u"members"_s].toArray();
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first()[u"email"_s].toString(), u"zoe@example.com"_s);
        QCOMPARE(members.first()[u"name"_s].toString(), u"Zoë Müller"_s);
    }

    void members40_seedsARealisticCommunityPerProvider()
    {
        SandboxProcess sandbox({u"--members"_s, u"40"_s, u"--rate-limit"_s, u"0"_s});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        const TestReply result = m_http.get(sandbox.url(u"/_sandbox/state"_s));
        QCOMPARE(result.status, 200);
        const QJsonObject state = result.object();

        // Each provider's name fields.
        const QList<QPair<QString, QStringList>> providers = {
            {u"heartbeat"_s, {u"name"_s}},
            {u"forward"_s, {u"first_name"_s, u"last_name"_s}},
            {u"beam"_s, {u"firstName"_s, u"lastName"_s}},
        };
        for (const auto &[provider, nameFields] : providers) {
            const QJsonArray members = state[provider][u"members"_s].toArray();
            QCOMPARE(members.size(), 40);
            QSet<QString> emails;
            int nonAsciiNames = 0;
            for (const QJsonValue &value : members) {
                const QJsonObject member = value.toObject();
                const QString email = member[u"email"_s].toString();
                QVERIFY2(isExampleDomain(email), qPrintable(email));
                QVERIFY2(!emails.contains(email.toLower()), qPrintable(u"twice: "_s + email));
                emails.insert(email.toLower());
                QStringList nameParts;
                for (const QString &field : nameFields)
                    nameParts.append(member[field].toString());
                const QString name = nameParts.join(u' ');
                QVERIFY2(!name.trimmed().isEmpty(), qPrintable(email));
                if (hasNonAsciiLetter(name))
                    ++nonAsciiNames;
            }
            QVERIFY2(nonAsciiNames > 0, qPrintable(provider + u": only ASCII names"_s));
        }

        // Heartbeat: a mix of account states, valid roles and groups.
        const QJsonObject heartbeat = state[u"heartbeat"_s].toObject();
        QSet<QString> roleIds;
        for (const QJsonValue &role : heartbeat[u"roles"_s].toArray())
            roleIds.insert(role[u"id"_s].toString());
        QSet<QString> groupIds;
        for (const QJsonValue &group : heartbeat[u"groups"_s].toArray())
            groupIds.insert(group[u"id"_s].toString());
        QVERIFY(roleIds.contains(u"role_member"_s));
        QVERIFY(groupIds.size() >= 3);
        QMap<QString, int> accountStates;
        int withGroups = 0;
        int signedIn = 0;
        for (const QJsonValue &member : heartbeat[u"members"_s].toArray()) {
            ++accountStates[member[u"accountStatus"_s].toString()];
            if (member[u"lastLogin"_s].isString()) {
                ++signedIn;
                QVERIFY(member[u"everActive"_s].toBool());
                QVERIFY(member[u"lastLogin"_s].toString() >= member[u"createdAt"_s].toString());
            } else {
                QCOMPARE(member[u"lastLogin"_s], QJsonValue(QJsonValue::Null));
            }
            QVERIFY2(roleIds.contains(member[u"roleID"_s].toString()),
                     qPrintable(member[u"roleID"_s].toString()));
            const QJsonArray groups = member[u"groupIDs"_s].toArray();
            for (const QJsonValue &group : groups)
                QVERIFY2(groupIds.contains(group.toString()), qPrintable(group.toString()));
            if (!groups.isEmpty())
                ++withGroups;
        }
        QVERIFY2(accountStates.value(u"pending"_s) > 0, "no pending Heartbeat member");
        QVERIFY2(accountStates.value(u"deactivated"_s) > 0, "no deactivated Heartbeat member");
        QVERIFY2(accountStates.value(u"active"_s) > 0, "no active Heartbeat member");
        QVERIFY(withGroups > 0);
        QVERIFY2(signedIn > 0, "no Heartbeat member has signed in");
        QVERIFY2(signedIn < 40, "every Heartbeat member has signed in");

        // Forward: some INACTIVE, most ACTIVE.
        QMap<QString, int> forwardStatuses;
        for (const QJsonValue &member : state[u"forward"_s][u"members"_s].toArray())
            ++forwardStatuses[member[u"status"_s].toString()];
        QVERIFY2(forwardStatuses.value(u"INACTIVE"_s) > 0, "no INACTIVE Forward member");
        QVERIFY(forwardStatuses.value(u"ACTIVE"_s) > forwardStatuses.value(u"INACTIVE"_s));

        // The same community through the API.
        const RawHeaders auth = HttpClient::bearer(sandbox.apiKey());
        QCOMPARE(m_http.get(sandbox.url(u"/heartbeat/v0/users"_s), auth).array().size(), 40);
        const QJsonArray roles = m_http.get(sandbox.url(u"/heartbeat/v0/roles"_s), auth).array();
        QCOMPARE(roles.size(), roleIds.size());
        const QJsonArray groups = m_http.get(sandbox.url(u"/heartbeat/v0/groups"_s), auth).array();
        QCOMPARE(groups.size(), groupIds.size());
        QCOMPARE(m_http
                     .get(sandbox.url(u"/forward/users?type=BUSINESS&business_id=biz_sandbox"_s),
                          HttpClient::xApiKey(sandbox.apiKey()))
                     .object()[u"meta"_s][u"total_count"_s]
                     .toInt(),
                 40);
    }
};

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandbox_cli.moc"
