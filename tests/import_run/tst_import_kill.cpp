// The import survives being killed: the real roster-cli is killed with SIGKILL in the middle of
// an import, then resumed; afterwards the provider holds exactly the file's members, each once,
// and no create was ever refused as a duplicate.
#include "cli_runner.h"
#include "import_test_files.h"
#include "sandbox_process.h"
#include "sandbox_stats.h"

#include <QSet>
#include <QTest>
#include <csignal>

using namespace Qt::StringLiterals;

class TestImportKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedMidImport_resumesAndCreatesEachMemberOnce_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("forward") << u"forward"_s << u"POST /users"_s;
        QTest::newRow("beam") << u"beam"_s << u"POST /users/create"_s;
    }

    void killedMidImport_resumesAndCreatesEachMemberOnce()
    {
        QFETCH(QString, provider);
        QFETCH(QString, endpoint);
        constexpr int Rows = 120;
        SandboxProcess sandbox({u"--rate-limit"_s, u"0"_s, u"--latency"_s, u"150"_s});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        CliRunner cli;
        QStringList options = {u"--rate-limit"_s, u"40"_s};
        if (provider == u"forward"_s)
            options << u"--business-id"_s << u"biz_sandbox"_s;
        QCOMPARE(cli.addWorkspace(u"W"_s, provider, sandbox.baseUrl() + u'/' + provider,
                                  sandbox.apiKey(), options)
                     .exitCode,
                 0);
        const QString path = cli.homePath() + u"/members.csv"_s;
        QVERIFY(ImportTestFiles::write(path, u"kill"_s, Rows));

        const QStringList import = {u"import"_s, path, u"-w"_s, u"W"_s};
        std::unique_ptr<QProcess> running = cli.start(import);
        QVERIFY(running->waitForStarted());
        QVERIFY2(QTest::qWaitFor(
                     [&] { return SandboxStats::count(sandbox.stats(), provider, endpoint) >= 40; },
                     60000),
                 "the import never got going");
        ::kill(pid_t(running->processId()), SIGKILL);
        QVERIFY(running->waitForFinished());
        QCOMPARE(running->exitStatus(), QProcess::CrashExit);
        const qint64 sentBeforeTheKill = SandboxStats::count(sandbox.stats(), provider, endpoint);
        QVERIFY2(sentBeforeTheKill < Rows, "killed too late to prove anything");

        // Starting over would risk duplicates: the command says to resume instead.
        const CliResult again = cli.run(import);
        QVERIFY2(again.exitCode == 2 && again.err.contains(u"--resume"_s),
                 qPrintable(again.diagnosis()));

        const CliResult resumed = cli.run(import + QStringList{u"--resume"_s});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.diagnosis()));
        QVERIFY2(resumed.out.contains(u"%1 created"_s.arg(Rows)), qPrintable(resumed.diagnosis()));

        const QStringList atProvider = SandboxStats::memberEmails(sandbox.state(), provider);
        const QStringList expected = ImportTestFiles::emails(u"kill"_s, Rows);
        QCOMPARE(atProvider.size(), Rows);
        QCOMPARE(QSet<QString>(atProvider.cbegin(), atProvider.cend()),
                 QSet<QString>(expected.cbegin(), expected.cend()));
        const QJsonObject stats = sandbox.stats();
        QCOMPARE(SandboxStats::count(stats, provider, endpoint, 409), 0);
        // Nothing is left to resume.
        const CliResult nothing = cli.run(import + QStringList{u"--resume"_s});
        QCOMPARE(nothing.exitCode, 2);
    }

    // Killed while its dry run still plans (Beam.gg: a look-up per row, which only a dry run
    // spends), the import has no run to resume: --resume must not carry on with the part of the
    // file planned so far as if it were the whole file. Importing the file again creates every
    // member once. (tst_import_engine cuts a direct run's plan off half-way.)
    void killedWhilePlanning_resumeRefusesAndImportingAgainCreatesEveryMember()
    {
        constexpr int Rows = 120;
        const QString provider = u"beam"_s;
        SandboxProcess sandbox({u"--rate-limit"_s, u"0"_s, u"--latency"_s, u"100"_s});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        CliRunner cli;
        QCOMPARE(cli.addWorkspace(u"W"_s, provider, sandbox.baseUrl() + u"/beam"_s,
                                  sandbox.apiKey(), {u"--rate-limit"_s, u"40"_s})
                     .exitCode,
                 0);
        const QString path = cli.homePath() + u"/members.csv"_s;
        QVERIFY(ImportTestFiles::write(path, u"plan"_s, Rows));

        const QStringList import = {u"import"_s, path, u"-w"_s, u"W"_s};
        std::unique_ptr<QProcess> running = cli.start(import + QStringList{u"--dry-run"_s});
        QVERIFY(running->waitForStarted());
        const QString lookUp = u"POST /users/retrieve"_s;
        QVERIFY2(QTest::qWaitFor(
                     [&] { return SandboxStats::count(sandbox.stats(), provider, lookUp) >= 20; },
                     60000),
                 "the plan never got going");
        ::kill(pid_t(running->processId()), SIGKILL);
        QVERIFY(running->waitForFinished());
        const QJsonObject beforeTheKill = sandbox.stats();
        QVERIFY2(SandboxStats::count(beforeTheKill, provider, lookUp) < Rows,
                 "killed after the plan was complete");
        QCOMPARE(SandboxStats::count(beforeTheKill, provider, u"POST /users/create"_s), 0);

        const CliResult resumed = cli.run(import + QStringList{u"--resume"_s});
        QVERIFY2(resumed.exitCode == 2 && resumed.err.contains(u"no unfinished import"_s),
                 qPrintable(resumed.diagnosis()));

        const CliResult again = cli.run(import);
        QVERIFY2(again.exitCode == 0, qPrintable(again.diagnosis()));
        QVERIFY2(again.out.contains(u"%1 created"_s.arg(Rows)), qPrintable(again.diagnosis()));
        const QStringList atProvider = SandboxStats::memberEmails(sandbox.state(), provider);
        const QStringList expected = ImportTestFiles::emails(u"plan"_s, Rows);
        QCOMPARE(atProvider.size(), Rows);
        QCOMPARE(QSet<QString>(atProvider.cbegin(), atProvider.cend()),
                 QSet<QString>(expected.cbegin(), expected.cend()));
    }
};

QTEST_GUILESS_MAIN(TestImportKill)
#include "tst_import_kill.moc"
