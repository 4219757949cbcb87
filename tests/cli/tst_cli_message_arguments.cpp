// roster-cli quotes outside text as it is: a "%1" or "%3" in a workspace name, a file name, an
// email address, the provider's message or the API key is never taken for a placeholder.
#include "cli_runner.h"
#include "http_client.h"
#include "sandbox_process.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliMessageArguments : public QObject
{
    Q_OBJECT

    static inline const QString Workspace = u"Acme %1 %3"_s;

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<CliRunner> m_cli;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_cli->homePath() + u'/' + name;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{u"--rate-limit"_s, u"0"_s});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
        m_cli = std::make_unique<CliRunner>();
        QVERIFY(m_cli->isValid());
        const CliResult added =
            m_cli->addWorkspace(Workspace, u"heartbeat"_s,
                                m_sandbox->baseUrl() + u"/heartbeat/v0"_s, m_sandbox->apiKey());
        QVERIFY2(added.exitCode == 0, qPrintable(added.diagnosis()));
        QVERIFY2(added.out.contains(u"\"Acme %1 %3\""_s), qPrintable(added.diagnosis()));
    }

    void cleanupTestCase()
    {
        m_cli.reset();
        m_sandbox.reset();
    }

    // The report's repro: a duplicate address with "%1" in it, in a file named with "%1" and "%3".
    void dryRun_quotesFileWorkspaceAndEmailLiterally()
    {
        const QString path = writeFile(u"a%1b%3.csv"_s, "Email,Name,Role\n"
                                                        "x%1y%3@example.com,A,member\n"
                                                        "x%1y%3@example.com,B,member\n");
        QVERIFY(!path.isEmpty());
        const CliResult r = m_cli->run({u"import"_s, path, u"-w"_s, Workspace, u"--dry-run"_s});
        const QString all = QString(r.out + r.err);
        QVERIFY2(
            all.contains(u"Reading %1 and comparing it with Heartbeat (%2)"_s.arg(path, Workspace)),
            qPrintable(r.diagnosis()));
        QVERIFY2(all.contains(u"x%1y%3@example.com is on line 2 already"_s),
                 qPrintable(r.diagnosis()));
    }

    // The provider's own message, which quotes the address, reaches the user as it was sent.
    void providerMessage_isQuotedLiterally()
    {
        const QString email = u"r%1s%3@example.com"_s;
        HttpClient http;
        const TestReply created = http.sendJson(
            "PUT", m_sandbox->url(u"/heartbeat/v0/users"_s),
            HttpClient::bearer(m_sandbox->apiKey()),
            QJsonObject{{u"email"_s, email}, {u"name"_s, u"R"_s}, {u"roleID"_s, u"role_member"_s}});
        QCOMPARE(created.status, 200);
        const CliResult r = m_cli->run({u"member"_s, u"add"_s, email, u"--name"_s, u"R"_s,
                                        u"--role"_s, u"member"_s, u"-w"_s, Workspace});
        QVERIFY2(r.exitCode != 0, qPrintable(r.diagnosis()));
        QVERIFY2(
            r.err.contains(u"A user with email r%1s%3@example.com already exists (HTTP 409)"_s),
            qPrintable(r.diagnosis()));
    }

    // A wrong key with placeholders in it: refused, with the status as the provider gave it, and
    // the key nowhere in what is printed.
    void refusedKey_isNotSubstitutedOrShown()
    {
        QProcessEnvironment badKey;
        badKey.insert(u"ROSTER_API_KEY"_s, u"bad%1key%3value"_s);
        const CliResult r = m_cli->run({u"workspace"_s, u"test"_s, Workspace}, {}, badKey);
        QVERIFY2(r.exitCode != 0, qPrintable(r.diagnosis()));
        QVERIFY2(r.err.contains(u"(HTTP 401)"_s), qPrintable(r.diagnosis()));
        QVERIFY2(!QString(r.out + r.err).contains(u"bad%1key"_s), qPrintable(r.diagnosis()));
    }
};

QTEST_GUILESS_MAIN(TestCliMessageArguments)
#include "tst_cli_message_arguments.moc"
