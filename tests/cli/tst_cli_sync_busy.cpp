// While another process syncs, its one transaction holds the roster's write lock: a command that
// would change a member at the provider and then record it could not record it. Such a command
// is refused before it sends anything, names the sync, and ends with exit code 1: with the sync's
// row written as a sync writes it, and with a real `members sync` held back by the sandbox.
#include "cli_runner.h"
#include "roster_database.h"
#include "sandbox_process.h"
#include "sandbox_stats.h"
#include "workspace_lock.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliSyncBusy : public QObject
{
    Q_OBJECT

    static constexpr auto Email = "ada@example.com";

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<CliRunner> m_cli;
    std::unique_ptr<RosterDatabase> m_db;
    std::unique_ptr<WorkspaceLock> m_sync;

    // Requests the sandbox answered that change something at Heartbeat (anything but a GET).
    qint64 changesSent() { return SandboxStats::changes(m_sandbox->stats(), u"heartbeat"_s); }

    // What a sync in a live process leaves in workspace_locks: this test's process holds it.
    void recordRunningSync()
    {
        m_db =
            std::make_unique<RosterDatabase>(m_cli->homePath() + u"/data/Roster/roster.sqlite"_s);
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        const QString workspaceId = m_cli->workspaceId(u"HB"_s);
        QVERIFY(!workspaceId.isEmpty());
        m_sync = std::make_unique<WorkspaceLock>(*m_db, workspaceId);
        QCOMPARE(m_sync->tryTake(WorkspaceWork::Sync, u"HB"_s, nullptr, &error),
                 WorkspaceLock::Outcome::Taken);
    }

    void expectRefused(const QStringList &arguments)
    {
        const qint64 before = changesSent();
        const CliResult result = m_cli->run(arguments);
        QVERIFY2(result.exitCode == 1, qPrintable(result.diagnosis()));
        QVERIFY2(result.err.contains(u"Roster is reading the members of HB (pid %1, started "_s.arg(
                     QCoreApplication::applicationPid())),
                 qPrintable(result.diagnosis()));
        QVERIFY2(result.err.contains(u"Nothing was sent to the provider."_s),
                 qPrintable(result.diagnosis()));
        QCOMPARE(changesSent(), before);
    }

private Q_SLOTS:
    void init()
    {
        m_cli = std::make_unique<CliRunner>();
        QVERIFY(m_cli->isValid());
        m_sandbox = std::make_unique<SandboxProcess>(
            QStringList{u"--rate-limit"_s, u"0"_s, u"--members"_s, u"0"_s});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
        const CliResult added =
            m_cli->addWorkspace(u"HB"_s, u"heartbeat"_s, m_sandbox->baseUrl() + u"/heartbeat/v0"_s,
                                m_sandbox->apiKey());
        QVERIFY2(added.exitCode == 0, qPrintable(added.diagnosis()));
        const CliResult member =
            m_cli->run({u"member"_s, u"add"_s, QString::fromLatin1(Email), u"-w"_s, u"HB"_s,
                        u"--name"_s, u"Ada Lovelace"_s, u"--role"_s, u"Member"_s});
        QVERIFY2(member.exitCode == 0, qPrintable(member.diagnosis()));
    }

    void cleanup()
    {
        m_sync.reset();
        m_db.reset();
        m_cli.reset();
        m_sandbox.reset();
    }

    void editDuringASync_sendsNothingAndNamesTheSync()
    {
        recordRunningSync();
        expectRefused({u"member"_s, u"edit"_s, QString::fromLatin1(Email), u"-w"_s, u"HB"_s,
                       u"--name"_s, u"Ada King"_s});
        const QStringList shown = SandboxStats::memberEmails(m_sandbox->state(), u"heartbeat"_s);
        QVERIFY(shown.contains(QString::fromLatin1(Email)));

        // Once the sync has ended, the same edit goes through.
        m_sync->release();
        const CliResult edited = m_cli->run({u"member"_s, u"edit"_s, QString::fromLatin1(Email),
                                             u"-w"_s, u"HB"_s, u"--name"_s, u"Ada King"_s});
        QVERIFY2(edited.exitCode == 0, qPrintable(edited.diagnosis()));
        QVERIFY2(edited.out.contains(u"Ada King"_s), qPrintable(edited.diagnosis()));
    }

    void otherMemberChangesDuringASync_sendNothing()
    {
        recordRunningSync();
        const QString email = QString::fromLatin1(Email);
        expectRefused({u"member"_s, u"deactivate"_s, email, u"-w"_s, u"HB"_s});
        expectRefused({u"member"_s, u"add"_s, u"grace@example.com"_s, u"-w"_s, u"HB"_s, u"--name"_s,
                       u"Grace Hopper"_s, u"--role"_s, u"Member"_s});
        expectRefused({u"link"_s, email, u"-w"_s, u"HB"_s});
    }

    // A real `members sync` in another roster-cli, its listing held back by the sandbox's
    // latency: while it waits, it names itself in workspace_locks, and an edit is refused.
    void editDuringARealSync_sendsNothingAndNamesIt()
    {
        SandboxProcess slow(
            {u"--rate-limit"_s, u"0"_s, u"--members"_s, u"5"_s, u"--latency"_s, u"6000"_s});
        QVERIFY2(slow.start(), qPrintable(slow.error()));
        const CliResult added = m_cli->addWorkspace(
            u"Slow"_s, u"heartbeat"_s, slow.baseUrl() + u"/heartbeat/v0"_s, slow.apiKey());
        QVERIFY2(added.exitCode == 0, qPrintable(added.diagnosis()));
        const QString email = SandboxStats::memberEmails(slow.state(), u"heartbeat"_s).value(0);
        QVERIFY(!email.isEmpty());

        std::unique_ptr<QProcess> sync =
            m_cli->start({u"members"_s, u"sync"_s, u"-w"_s, u"Slow"_s});
        RosterDatabase db(m_cli->homePath() + u"/data/Roster/roster.sqlite"_s);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(WorkspaceLock::runningSync(db).has_value(), 30'000);

        const CliResult edited = m_cli->run(
            {u"member"_s, u"edit"_s, email, u"-w"_s, u"Slow"_s, u"--name"_s, u"Renamed"_s});
        QVERIFY2(edited.exitCode == 1, qPrintable(edited.diagnosis()));
        QVERIFY2(
            edited.err.contains(u"Roster is reading the members of Slow (pid %1, started "_s.arg(
                sync->processId())),
            qPrintable(edited.diagnosis()));

        QVERIFY(sync->waitForFinished(60'000));
        QVERIFY2(sync->exitCode() == 0, sync->readAllStandardError().constData());
        const QJsonObject endpoints = slow.stats()[u"providers"_s][u"heartbeat"_s].toObject();
        for (auto it = endpoints.begin(); it != endpoints.end(); ++it)
            QVERIFY2(it.key().startsWith(u"GET "_s), qPrintable(it.key()));
        QVERIFY(!WorkspaceLock::runningSync(db));
    }

    // Reading is not held up by a sync.
    void showDuringASync_goesAhead()
    {
        recordRunningSync();
        const CliResult shown =
            m_cli->run({u"member"_s, u"show"_s, QString::fromLatin1(Email), u"-w"_s, u"HB"_s});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.diagnosis()));
    }
};

QTEST_GUILESS_MAIN(TestCliSyncBusy)
#include "tst_cli_sync_busy.moc"
