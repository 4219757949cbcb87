// A full roster-cli session per provider, against a real sandbox and the test session's keyring:
// add a workspace, provision, edit, deactivate, reactivate, link, audit. Afterwards no file under
// the session's home holds the API key or any login link.
#include "cli_runner.h"
#include "key_store.h"
#include "sandbox_process.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class TestCliSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<CliRunner> m_cli;
    QStringList m_secrets;

    CliResult cli(const QStringList &arguments, const QByteArray &input = {})
    {
        const CliResult result = m_cli->run(arguments, input);
        for (const QString &secret : std::as_const(m_secrets)) {
            if (result.err.contains(secret))
                qWarning("a secret reached standard error");
        }
        return result;
    }

    QJsonObject json(const CliResult &result)
    {
        return QJsonDocument::fromJson(result.outBytes()).object();
    }

    // The provider's own record of the member, from the sandbox.
    QJsonObject sandboxMember(const QString &provider, const QString &email)
    {
        const QJsonArray members = m_sandbox->state(provider)[u"members"_s].toArray();
        for (const QJsonValue &member : members) {
            if (member[u"email"_s].toString() == email)
                return member.toObject();
        }
        return {};
    }

    QString readKeyFromKeychain(const QString &workspaceId)
    {
        KeyStore keys;
        std::optional<KeyResult> read;
        keys.readKey(workspaceId, [&read](const KeyResult &result) { read = result; });
        if (!QTest::qWaitFor([&read] { return read.has_value(); }, 20000))
            return u"(no answer from the keychain)"_s;
        return read->ok ? read->key : u"(%1)"_s.arg(read->message);
    }

    // The link's one-time code: what must never be kept anywhere.
    static QString codeOf(const QUrl &link)
    {
        const QUrlQuery query(link);
        return query.hasQueryItem(u"code"_s) ? query.queryItemValue(u"code"_s)
                                             : query.queryItemValue(u"token"_s);
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

    void fullSession_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QStringList>("sandboxOptions");
        // Whether Heartbeat lists deactivated and pending members is not known: both ways.
        QTest::newRow("heartbeat, listing every member")
            << u"heartbeat"_s << QStringList{u"--heartbeat-list-inactive"_s, u"yes"_s};
        QTest::newRow("heartbeat, listing active members only")
            << u"heartbeat"_s << QStringList{u"--heartbeat-list-inactive"_s, u"no"_s};
        QTest::newRow("forward, pages from 0")
            << u"forward"_s << QStringList{u"--forward-first-page"_s, u"0"_s};
        QTest::newRow("forward, pages from 1")
            << u"forward"_s << QStringList{u"--forward-first-page"_s, u"1"_s};
        QTest::newRow("beam") << u"beam"_s << QStringList();
    }

    void fullSession()
    {
        QFETCH(QString, provider);
        QFETCH(QStringList, sandboxOptions);
        m_sandbox = std::make_unique<SandboxProcess>(
            QStringList{u"--rate-limit"_s, u"0"_s, u"--members"_s, u"4"_s} + sandboxOptions,
            "cli-session-key-5f2a9c71");
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
        m_secrets = {QString::fromLatin1(m_sandbox->apiKey())};
        const QString base = m_sandbox->baseUrl();
        const QString email = u"ada.lovelace@example.com"_s;
        QStringList add = {u"workspace"_s,  u"add"_s, u"Analytical Engine"_s,
                           u"--provider"_s, provider, u"--key-stdin"_s};
        if (provider == u"heartbeat"_s)
            add << u"--url"_s << base + u"/heartbeat/v0"_s << u"--community-url"_s
                << base + u"/heartbeat/community"_s;
        else if (provider == u"forward"_s)
            add << u"--url"_s << base + u"/forward"_s << u"--business-id"_s << u"biz_sandbox"_s;
        else
            add << u"--url"_s << base + u"/beam"_s;
        CliResult r = cli(add, m_sandbox->apiKey() + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.diagnosis()));
        const QString workspaceId = m_cli->workspaceId(u"Analytical Engine"_s);
        QVERIFY(!workspaceId.isEmpty());
        QCOMPARE(readKeyFromKeychain(workspaceId), QString::fromLatin1(m_sandbox->apiKey()));

        const QStringList ws = {u"--workspace"_s, u"Analytical Engine"_s};
        r = cli({u"workspace"_s, u"test"_s, u"Analytical Engine"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.diagnosis()));

        // What the provider lists of its seeded members, as the sandbox says.
        qsizetype listedSeeds = 4;
        if (sandboxOptions.contains(u"no"_s)) {
            listedSeeds = 0;
            for (const QJsonValue &member :
                 m_sandbox->state(u"heartbeat"_s)[u"members"_s].toArray())
                listedSeeds += member[u"accountStatus"_s].toString() == u"active"_s ? 1 : 0;
        }
        r = cli(QStringList{u"members"_s, u"sync"_s, u"--json"_s} + ws);
        if (provider == u"beam"_s) {
            QCOMPARE(r.exitCode, 4);
            QVERIFY2(r.err.contains(u"no API that lists members"_s), qPrintable(r.err));
        } else {
            QVERIFY2(r.exitCode == 0, qPrintable(r.diagnosis()));
            QCOMPARE(json(r)[u"members"_s].toInt(), listedSeeds);
            QVERIFY2(json(r)[u"complete"_s].toBool(), qPrintable(r.diagnosis()));
            // Nothing new: nothing changed, nothing written.
            r = cli(QStringList{u"members"_s, u"sync"_s, u"--json"_s} + ws);
            QVERIFY2(r.exitCode == 0, qPrintable(r.diagnosis()));
            QCOMPARE(json(r)[u"changed"_s].toInt(), 0);
            QCOMPARE(json(r)[u"added"_s].toInt(), 0);
            QCOMPARE(json(r)[u"unchanged"_s].toInt(), listedSeeds);
        }

        QStringList create = QStringList{u"member"_s, u"add"_s, email, u"--json"_s} + ws;
        if (provider == u"heartbeat"_s)
            create << u"--name"_s << u"Ada Lovelace"_s << u"--role"_s << u"moderator"_s
                   << u"--group"_s << u"Mentors"_s << u"--bio"_s << u"First programmer"_s;
        else
            create << u"--name"_s << u"Ada King Lovelace"_s;
        r = cli(create);
        QVERIFY2(r.exitCode == 0, qPrintable(r.diagnosis()));
        QCOMPARE(json(r)[u"email"_s].toString(), email);
        QCOMPARE(json(r)[u"status"_s].toString(), u"active"_s);
        QVERIFY(!json(r)[u"id"_s].toString().isEmpty());
        const QJsonObject created = sandboxMember(provider, email);
        QVERIFY2(!created.isEmpty(), "the member is not at the provider");
        if (provider == u"heartbeat"_s) {
            QCOMPARE(json(r)[u"role"_s][u"name"_s].toString(), u"Moderator"_s);
            QCOMPARE(json(r)[u"groups"_s][0][u"name"_s].toString(), u"Mentors"_s);
        } else {
            QCOMPARE(json(r)[u"firstName"_s].toString(), u"Ada King"_s);
            QCOMPARE(json(r)[u"lastName"_s].toString(), u"Lovelace"_s);
        }

        if (provider == u"heartbeat"_s) {
            r = cli(QStringList{u"member"_s, u"add"_s, u"grace@example.com"_s, u"--name"_s,
                                u"Grace Hopper"_s, u"--role"_s, u"Member"_s, u"--pending"_s,
                                u"--json"_s} +
                    ws);
            QVERIFY2(r.exitCode == 0, qPrintable(r.diagnosis()));
            QCOMPARE(json(r)[u"status"_s].toString(), u"pending"_s);
        }

        const QStringList edit = provider == u"heartbeat"_s
                                     ? QStringList{u"--bio"_s, u"Wrote the first program"_s}
                                     : QStringList{u"--last-name"_s, u"Byron"_s};
        r = cli(QStringList{u"member"_s, u"edit"_s, email, u"--json"_s} + ws + edit);
        QVERIFY2(r.exitCode == 0, qPrintable(r.diagnosis()));
        if (provider == u"heartbeat"_s)
            QCOMPARE(json(r)[u"bio"_s].toString(), u"Wrote the first program"_s);
        else
            QCOMPARE(json(r)[u"lastName"_s].toString(), u"Byron"_s);

        r = cli(QStringList{u"member"_s, u"deactivate"_s, email, u"--json"_s} + ws);
        if (provider == u"beam"_s) {
            QCOMPARE(r.exitCode, 4);
            QVERIFY2(r.err.contains(u"no API to deactivate"_s), qPrintable(r.err));
        } else {
            QVERIFY2(r.exitCode == 0, qPrintable(r.diagnosis()));
            QCOMPARE(json(r)[u"status"_s].toString(), u"deactivated"_s);
            r = cli(QStringList{u"member"_s, u"show"_s, email, u"--local"_s, u"--json"_s} + ws);
            QCOMPARE(json(r)[u"status"_s].toString(), u"deactivated"_s);
            r = cli(QStringList{u"member"_s, u"reactivate"_s, email, u"--json"_s} + ws);
            QVERIFY2(r.exitCode == 0, qPrintable(r.diagnosis()));
            QCOMPARE(json(r)[u"status"_s].toString(), u"active"_s);
        }

        r = cli(QStringList{u"link"_s, email} + ws);
        QVERIFY2(r.exitCode == 0, qPrintable(r.diagnosis()));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        const QUrl link(lines.first());
        HttpClient http;
        if (provider == u"heartbeat"_s) {
            QCOMPARE(link, QUrl(base + u"/heartbeat/community"_s));
            QVERIFY2(r.err.contains(u"magic link"_s), qPrintable(r.err));
        } else {
            QVERIFY2(r.err.contains(u"Mail scanners"_s), qPrintable(r.err));
            QVERIFY2(!r.err.contains(codeOf(link)), "the link must reach stdout only");
            m_secrets << codeOf(link);
            QCOMPARE(http.get(link).status, 200);
            QCOMPARE(http.get(link).status, 410);
        }

        r = cli(QStringList{u"members"_s, u"list"_s, u"--json"_s} + ws);
        QVERIFY2(r.exitCode == 0, qPrintable(r.diagnosis()));
        QStringList listed;
        const QJsonArray members = QJsonDocument::fromJson(r.outBytes()).array();
        for (const QJsonValue &member : members)
            listed << member[u"email"_s].toString();
        QVERIFY2(listed.contains(email), qPrintable(listed.join(u", "_s)));
        QCOMPARE(listed.size(), provider == u"beam"_s        ? 1
                                : provider == u"heartbeat"_s ? listedSeeds + 2
                                                             : listedSeeds + 1);

        // What the provider answered, for an admin to show us: on stderr, secrets redacted.
        r = cli(QStringList{u"--trace-http"_s, u"member"_s, u"show"_s, email} + ws);
        QVERIFY2(r.exitCode == 0, qPrintable(r.diagnosis()));
        QVERIFY2(r.err.contains(u"> "_s) && r.err.contains(u"< "_s) &&
                     r.err.contains(u"HTTP 200"_s) && r.err.contains(email),
                 qPrintable(r.err));
        for (const QString &secret : std::as_const(m_secrets))
            QVERIFY2(!r.err.contains(secret), "a secret reached the trace");

        r = cli(QStringList{u"audit"_s, u"--json"_s, u"--member"_s, email} + ws);
        QVERIFY2(r.exitCode == 0, qPrintable(r.diagnosis()));
        QStringList actions;
        const QJsonArray entries = QJsonDocument::fromJson(r.outBytes()).array();
        for (const QJsonValue &entry : entries) {
            QCOMPARE(entry[u"outcome"_s].toString(), u"ok"_s);
            actions << entry[u"action"_s].toString();
        }
        // Heartbeat issues no links: Roster hands out its sign-in page, and says so.
        const QString linked = provider == u"heartbeat"_s ? u"sign-in-page"_s : u"link"_s;
        const QStringList expected =
            provider == u"beam"_s
                ? QStringList{linked, u"update"_s, u"create"_s}
                : QStringList{linked, u"reactivate"_s, u"deactivate"_s, u"update"_s, u"create"_s};
        QCOMPARE(actions, expected);

        // A second session of the same key through ROSTER_API_KEY also leaves nothing behind.
        QProcessEnvironment withKey;
        withKey.insert(u"ROSTER_API_KEY"_s, QString::fromLatin1(m_sandbox->apiKey()));
        r = m_cli->run(QStringList{u"member"_s, u"show"_s, email} + ws, {}, withKey);
        QVERIFY2(r.exitCode == 0, qPrintable(r.diagnosis()));

        // The scan reads the local roster and the workspaces file: it finds what they hold.
        QVERIFY(!m_cli->filesContaining(email).isEmpty());
        QVERIFY(!m_cli->filesContaining(u"Analytical Engine"_s).isEmpty());
        for (const QString &secret : std::as_const(m_secrets)) {
            const QStringList leaks = m_cli->filesContaining(secret);
            QVERIFY2(leaks.isEmpty(), qPrintable(u"a secret is in "_s + leaks.join(u", "_s)));
        }
        r = cli({u"workspace"_s, u"remove"_s, u"Analytical Engine"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.diagnosis()));
        QVERIFY(readKeyFromKeychain(workspaceId).startsWith(u'('));
        QVERIFY(m_cli->workspaceId(u"Analytical Engine"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliSession)
#include "tst_cli_session.moc"
