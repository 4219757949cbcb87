// roster-cli's failures: each names the problem (the provider's own words where it has them),
// never shows the key, and ends with the exit code of its kind.
#include "cli_runner.h"
#include "sandbox_process.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliFailures : public QObject
{
    Q_OBJECT

    static constexpr const char *Key = "cli-failures-key-91c3e0b7";

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<CliRunner> m_cli;

    bool startSandbox(const QStringList &options = {})
    {
        m_sandbox = std::make_unique<SandboxProcess>(
            QStringList{u"--rate-limit"_s, u"0"_s, u"--members"_s, u"2"_s} + options, Key);
        return m_sandbox->start();
    }

    CliResult addWorkspace(const QString &name, const QString &provider, const QString &url,
                           const QByteArray &key = Key, const QStringList &extra = {})
    {
        return m_cli->addWorkspace(name, provider, url, key, extra);
    }

    void expect(const CliResult &result, int exitCode, const QString &says)
    {
        QVERIFY2(result.exitCode == exitCode, qPrintable(result.diagnosis()));
        QVERIFY2(result.err.contains(says), qPrintable(result.diagnosis()));
        QVERIFY2(!result.err.contains(QLatin1String(Key)), "the key reached a message");
        QVERIFY2(!result.out.contains(QLatin1String(Key)), "the key reached the output");
    }

private Q_SLOTS:
    void init()
    {
        m_cli = std::make_unique<CliRunner>();
        QVERIFY(m_cli->isValid());
    }

    void cleanup()
    {
        m_cli.reset();
        m_sandbox.reset();
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("no command") << QStringList{} << u"Commands:"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"no command"_s;
        QTest::newRow("unknown option")
            << QStringList{u"workspace"_s, u"list"_s, u"--colour"_s} << u"colour"_s;
        QTest::newRow("no workspace")
            << QStringList{u"member"_s, u"show"_s, u"a@example.com"_s} << u"--workspace"_s;
        QTest::newRow("unknown workspace")
            << QStringList{u"member"_s, u"show"_s, u"a@example.com"_s, u"-w"_s, u"Nope"_s}
            << u"no workspace \"Nope\""_s;
        QTest::newRow("bad email")
            << QStringList{u"member"_s, u"add"_s, u"not-an-address"_s, u"-w"_s, u"Nope"_s}
            << u"not an email address"_s;
        QTest::newRow("bad provider")
            << QStringList{u"workspace"_s, u"add"_s, u"X"_s, u"--provider"_s, u"myspace"_s}
            << u"--provider"_s;
        QTest::newRow("plain http elsewhere") << QStringList{u"workspace"_s,
                                                             u"add"_s,
                                                             u"X"_s,
                                                             u"--provider"_s,
                                                             u"beam"_s,
                                                             u"--url"_s,
                                                             u"http://api.example.com"_s}
                                              << u"plain http://"_s;
        QTest::newRow("forward without address")
            << QStringList{u"workspace"_s, u"add"_s, u"X"_s, u"--provider"_s, u"forward"_s}
            << u"Forward has no default"_s;
        QTest::newRow("edit without a change")
            << QStringList{u"member"_s, u"edit"_s, u"a@example.com"_s, u"-w"_s, u"X"_s}
            << u"Say what to change"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        expect(m_cli->run(arguments), 2, says);
    }

    void helpForEveryCommand()
    {
        const CliResult overview = m_cli->run({u"--help"_s});
        QCOMPARE(overview.exitCode, 0);
        for (const QString &command :
             {u"workspace add"_s, u"workspace list"_s, u"workspace edit"_s, u"workspace remove"_s,
              u"workspace test"_s, u"members list"_s, u"members sync"_s, u"member add"_s,
              u"member edit"_s, u"member show"_s, u"member deactivate"_s, u"member reactivate"_s,
              u"link"_s, u"audit"_s}) {
            QVERIFY2(overview.out.contains(command), qPrintable(command));
            const CliResult help = m_cli->run(command.split(u' ') + QStringList{u"--help"_s});
            QVERIFY2(help.exitCode == 0, qPrintable(command));
            QVERIFY2(help.out.startsWith(u"Usage: roster-cli [options] "_s + command),
                     qPrintable(help.out));
        }
        const CliResult group = m_cli->run({u"member"_s, u"--help"_s});
        QCOMPARE(group.exitCode, 0);
        QVERIFY(group.out.contains(u"member deactivate"_s));
    }

    void wrongKey_isAnAuthErrorInTheProvidersWords_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("says");
        QTest::newRow("heartbeat") << u"heartbeat"_s << u"/heartbeat/v0"_s << u"Invalid API Key"_s;
        QTest::newRow("forward") << u"forward"_s << u"/forward"_s << u"Invalid API key"_s;
        QTest::newRow("beam") << u"beam"_s << u"/beam"_s << u"401"_s;
    }

    void wrongKey_isAnAuthErrorInTheProvidersWords()
    {
        QFETCH(QString, provider);
        QFETCH(QString, path);
        QFETCH(QString, says);
        QVERIFY2(startSandbox(), qPrintable(m_sandbox->error()));
        QCOMPARE(
            addWorkspace(u"W"_s, provider, m_sandbox->baseUrl() + path, "wrong-key-123").exitCode,
            0);
        const CliResult r = m_cli->run({u"workspace"_s, u"test"_s, u"W"_s});
        expect(r, 3, says);
        QVERIFY2(!r.err.contains(u"wrong-key-123"_s), "the key reached a message");
        // The key of this run wins over the keychain's.
        QProcessEnvironment good;
        good.insert(u"ROSTER_API_KEY"_s, QLatin1String(Key));
        QCOMPARE(m_cli->run({u"workspace"_s, u"test"_s, u"W"_s}, {}, good).exitCode, 0);
    }

    void providerRefusals_areApiErrorsNamingTheProblem()
    {
        QVERIFY2(startSandbox(), qPrintable(m_sandbox->error()));
        QCOMPARE(addWorkspace(u"F"_s, u"forward"_s, m_sandbox->baseUrl() + u"/forward"_s).exitCode,
                 0);
        const QStringList ws = {u"-w"_s, u"F"_s};
        const QStringList add = {u"member"_s,       u"add"_s, u"kim@example.com"_s,
                                 u"--first-name"_s, u"Kim"_s, u"--last-name"_s,
                                 u"Lee"_s,          u"-w"_s,  u"F"_s};
        QCOMPARE(m_cli->run(add).exitCode, 0);
        // 409: the provider's own words, with the status.
        expect(m_cli->run(add), 4, u"already exists"_s);
        // 400 naming the field.
        expect(m_cli->run(QStringList{u"member"_s, u"edit"_s, u"kim@example.com"_s,
                                      u"--first-name"_s, u""_s} +
                          ws),
               4, u"first_name: must not be blank"_s);
        // 404: no such member.
        expect(m_cli->run(QStringList{u"member"_s, u"deactivate"_s, u"ghost@example.com"_s} + ws),
               4, u"ghost@example.com"_s);
        expect(m_cli->run(QStringList{u"member"_s, u"show"_s, u"ghost@example.com"_s} + ws), 4,
               u"no member with the email ghost@example.com"_s);
        // Beam.gg cannot list: the sync says so and sends nothing.
        QCOMPARE(addWorkspace(u"B"_s, u"beam"_s, m_sandbox->baseUrl() + u"/beam"_s).exitCode, 0);
        expect(m_cli->run({u"members"_s, u"sync"_s, u"-w"_s, u"B"_s}), 4,
               u"Beam.gg has no API that lists members"_s);
        // A field Forward cannot change is a usage error, before anything is sent.
        expect(
            m_cli->run(
                QStringList{u"member"_s, u"edit"_s, u"kim@example.com"_s, u"--bio"_s, u"x"_s} + ws),
            2, u"Forward takes first-name, last-name, email: leave out --bio"_s);
    }

    void heartbeatNeedsAKnownRole()
    {
        QVERIFY2(startSandbox(), qPrintable(m_sandbox->error()));
        QCOMPARE(addWorkspace(u"H"_s, u"heartbeat"_s, m_sandbox->baseUrl() + u"/heartbeat/v0"_s)
                     .exitCode,
                 0);
        expect(m_cli->run({u"member"_s, u"add"_s, u"kim@example.com"_s, u"--name"_s, u"Kim"_s,
                           u"-w"_s, u"H"_s}),
               2, u"Moderator"_s);
        expect(m_cli->run({u"member"_s, u"add"_s, u"kim@example.com"_s, u"--name"_s, u"Kim"_s,
                           u"--role"_s, u"Overlord"_s, u"-w"_s, u"H"_s}),
               2, u"There is no role \"Overlord\""_s);
    }

    void rateLimited_429sAreAbsorbed()
    {
        // Two roster-cli runs on one key at once, each pacing itself to a budget of 50 where the
        // sandbox allows 2 a second: together they meet 429s, and each create still lands once.
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"2"_s}), qPrintable(m_sandbox->error()));
        QCOMPARE(addWorkspace(u"H"_s, u"heartbeat"_s, m_sandbox->baseUrl() + u"/heartbeat/v0"_s,
                              Key, {u"--rate-limit"_s, u"50"_s})
                     .exitCode,
                 0);
        QList<QStringList> runs;
        for (const QString &name : {u"kim"_s, u"lee"_s, u"max"_s}) {
            runs.append({u"member"_s, u"add"_s, name + u"@example.com"_s, u"--name"_s, name,
                         u"--role"_s, u"Member"_s, u"--group"_s, u"Mentors"_s, u"-w"_s, u"H"_s});
        }
        const QList<CliResult> results = m_cli->runTogether(runs);
        for (const CliResult &r : results)
            QVERIFY2(r.exitCode == 0, qPrintable(r.diagnosis()));
        const QJsonObject stats = m_sandbox->stats();
        QVERIFY2(stats[u"rateLimited"_s].toInteger() > 0, "no 429 was answered");
        QCOMPARE(stats[u"providers"_s][u"heartbeat"_s][u"PUT /v0/users"_s][u"200"_s].toInteger(),
                 3);
        QCOMPARE(stats[u"providers"_s][u"heartbeat"_s][u"PUT /v0/users"_s][u"409"_s].toInteger(),
                 0);
    }

    void unavailable_isANetworkError_data()
    {
        QTest::addColumn<QStringList>("faults");
        QTest::addColumn<QString>("says");
        QTest::newRow("503") << QStringList{u"--fail-rate"_s, u"1"_s} << u"503"_s;
        QTest::newRow("dropped") << QStringList{u"--drop-rate"_s, u"1"_s} << u"closed"_s;
    }

    void unavailable_isANetworkError()
    {
        QFETCH(QStringList, faults);
        QFETCH(QString, says);
        QVERIFY2(startSandbox(faults), qPrintable(m_sandbox->error()));
        QCOMPARE(addWorkspace(u"B"_s, u"beam"_s, m_sandbox->baseUrl() + u"/beam"_s).exitCode, 0);
        expect(m_cli->run({u"workspace"_s, u"test"_s, u"B"_s}), 5, says);
        // A create whose outcome is unknown says so.
        const CliResult create =
            m_cli->run({u"member"_s, u"add"_s, u"kim@example.com"_s, u"--first-name"_s, u"Kim"_s,
                        u"--last-name"_s, u"Lee"_s, u"-w"_s, u"B"_s});
        QCOMPARE(create.exitCode, 5);
    }

    void silentServer_timesOut()
    {
        QTcpServer silent; // accepts connections (the kernel does) and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const QString url = u"http://127.0.0.1:%1/beam"_s.arg(silent.serverPort());
        QCOMPARE(addWorkspace(u"B"_s, u"beam"_s, url).exitCode, 0);
        expect(m_cli->run({u"workspace"_s, u"test"_s, u"B"_s, u"--timeout"_s, u"0.5"_s}), 5,
               u"no answer within 0.5 s"_s);
    }

    void refusedConnection_isANetworkError()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        QCOMPARE(addWorkspace(u"B"_s, u"beam"_s, u"http://127.0.0.1:%1/beam"_s.arg(port)).exitCode,
                 0);
        expect(m_cli->run({u"workspace"_s, u"test"_s, u"B"_s}), 5, u"refused"_s);
    }

    void noKeychain_saysHowToFixAndTakesAKeyForTheRun()
    {
        QVERIFY2(startSandbox(), qPrintable(m_sandbox->error()));
        QProcessEnvironment noBus;
        noBus.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/roster-bus"_s);
        const CliResult added = m_cli->addWorkspace(
            u"B"_s, u"beam"_s, m_sandbox->baseUrl() + u"/beam"_s, Key, {}, noBus);
        expect(added, 3, u"ROSTER_API_KEY"_s);
        QVERIFY2(added.out.contains(u"Added workspace \"B\""_s), qPrintable(added.diagnosis()));
        expect(m_cli->run({u"workspace"_s, u"test"_s, u"B"_s}, {}, noBus), 3, u"keychain"_s);
        QProcessEnvironment keyForTheRun = noBus;
        keyForTheRun.insert(u"ROSTER_API_KEY"_s, QLatin1String(Key));
        const CliResult tested = m_cli->run({u"workspace"_s, u"test"_s, u"B"_s}, {}, keyForTheRun);
        QVERIFY2(tested.exitCode == 0, qPrintable(tested.diagnosis()));
        const CliResult piped =
            m_cli->run({u"workspace"_s, u"test"_s, u"B"_s, u"--key-stdin"_s}, Key, noBus);
        QVERIFY2(piped.exitCode == 0, qPrintable(piped.diagnosis()));
        QVERIFY(m_cli->filesContaining(QLatin1String(Key)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliFailures)
#include "tst_cli_failures.moc"
