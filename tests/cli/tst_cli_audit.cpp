// roster-cli audit answers "who did what, when, from where": the OS user, the source (CLI), an
// edit's fields old → new, and the filters --member, --action, --user, --since and --until, in
// the table and in --json.
#include "cli_runner.h"
#include "sandbox_process.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliAudit : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<CliRunner> m_cli;
    const QStringList m_ws = {u"-w"_s, u"Acme"_s};

    CliResult cli(const QStringList &arguments) { return m_cli->run(arguments + m_ws); }

    // The entries `roster-cli audit --json` prints with these options, as "action member".
    QStringList audit(const QStringList &options)
    {
        const CliResult r = cli(QStringList{u"audit"_s, u"--json"_s} + options);
        if (r.exitCode != 0)
            return {r.diagnosis()};
        QStringList entries;
        for (const QJsonValue &entry : QJsonDocument::fromJson(r.outBytes()).array())
            entries << entry[u"action"_s].toString() + u' ' + entry[u"member"_s].toString();
        return entries;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>(
            QStringList{u"--rate-limit"_s, u"0"_s, u"--members"_s, u"2"_s});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
        m_cli = std::make_unique<CliRunner>();
        m_cli->environment().insert(u"USER"_s, u"casey"_s);
        const CliResult added =
            m_cli->addWorkspace(u"Acme"_s, u"heartbeat"_s,
                                m_sandbox->baseUrl() + u"/heartbeat/v0"_s, m_sandbox->apiKey());
        QVERIFY2(added.exitCode == 0, qPrintable(added.diagnosis()));
        for (const QString &email : {u"ada@example.com"_s, u"bob@example.com"_s}) {
            const CliResult r = cli({u"member"_s, u"add"_s, email, u"--name"_s, u"Someone"_s,
                                     u"--role"_s, u"member"_s, u"--bio"_s, u"Old bio"_s});
            QVERIFY2(r.exitCode == 0, qPrintable(r.diagnosis()));
        }
        CliResult r = cli({u"member"_s, u"edit"_s, u"ada@example.com"_s, u"--bio"_s, u"New bio"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.diagnosis()));
        r = cli({u"member"_s, u"add"_s, u"ada@example.com"_s, u"--name"_s, u"Ada again"_s,
                 u"--role"_s, u"member"_s});
        QVERIFY2(r.exitCode != 0, qPrintable(r.diagnosis()));
    }

    void everyEntryNamesTheUserTheSourceAndAnEditsChanges()
    {
        const CliResult r = cli({u"audit"_s, u"--json"_s, u"--action"_s, u"update"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.diagnosis()));
        const QJsonArray entries = QJsonDocument::fromJson(r.outBytes()).array();
        QCOMPARE(entries.size(), 1);
        const QJsonObject edit = entries.first().toObject();
        QCOMPARE(edit[u"user"_s].toString(), u"casey"_s);
        QCOMPARE(edit[u"source"_s].toString(), u"cli"_s);
        QCOMPARE(edit[u"member"_s].toString(), u"ada@example.com"_s);
        QCOMPARE(edit[u"changes"_s].toString(), u"bio: 'Old bio' → 'New bio'"_s);

        const CliResult table = cli({u"audit"_s, u"--action"_s, u"update"_s});
        QVERIFY2(table.exitCode == 0, qPrintable(table.diagnosis()));
        for (const QString &word : {u"USER"_s, u"SOURCE"_s, u"CHANGES"_s, u"casey"_s, u"CLI"_s,
                                    u"bio: 'Old bio' → 'New bio'"_s})
            QVERIFY2(table.out.contains(word), qPrintable(word + u" missing in\n"_s + table.out));
    }

    void theFailedDuplicateAddIsTheWorkspacesNotAdas()
    {
        const CliResult r = cli({u"audit"_s, u"--json"_s, u"--action"_s, u"create"_s});
        const QJsonArray entries = QJsonDocument::fromJson(r.outBytes()).array();
        QCOMPARE(entries.size(), 3);
        const QJsonObject failed = entries.first().toObject();
        QCOMPARE(failed[u"outcome"_s].toString(), u"failed"_s);
        QCOMPARE(failed[u"member"_s].toString(), QString());
        QVERIFY(failed[u"detail"_s].toString().contains(u"ada@example.com"_s));
    }

    void filtersNarrowTheEntries()
    {
        QCOMPARE(
            audit({u"--member"_s, u"ADA"_s}),
            QStringList({u"create "_s, u"update ada@example.com"_s, u"create ada@example.com"_s}));
        QCOMPARE(audit({u"--member"_s, u"bob"_s, u"--action"_s, u"create"_s}),
                 QStringList({u"create bob@example.com"_s}));
        QCOMPARE(audit({u"--user"_s, u"CASEY"_s}).size(), 4);
        QCOMPARE(audit({u"--user"_s, u"someone-else"_s}), QStringList());
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        QCOMPARE(audit({u"--since"_s, today, u"--until"_s, today}).size(), 4);
        QCOMPARE(audit({u"--since"_s, u"2999-01-01"_s}), QStringList());
        QCOMPARE(audit({u"--until"_s, u"2000-01-01T00:00"_s}), QStringList());
    }

    void badFiltersAreRefusedWithTheReason()
    {
        CliResult r = cli({u"audit"_s, u"--since"_s, u"yesterday"_s});
        QVERIFY2(r.exitCode != 0 && r.err.contains(u"--since"_s), qPrintable(r.diagnosis()));
        r = cli({u"audit"_s, u"--action"_s, u"delete"_s});
        QVERIFY2(r.exitCode != 0 && r.err.contains(u"update"_s), qPrintable(r.diagnosis()));
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cli_audit.moc"
