// roster-cli members deactivate --from FILE against a real sandbox: a list of 200 addresses, one
// a line, is deactivated at the workspace's budget (no request refused with 429), survives a
// SIGKILL in the middle and is carried on with --resume, each member deactivated once; an
// address that is no member fails its row, reported, and nothing else.
#include "cli_runner.h"
#include "sandbox_process.h"
#include "sandbox_stats.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <csignal>

using namespace Qt::StringLiterals;

class TestMembersFromFile : public QObject
{
    Q_OBJECT

    static qint64 stateChanges(const QJsonObject &stats)
    {
        qint64 total = 0;
        const QJsonObject endpoints = stats[u"providers"_s][u"forward"_s].toObject();
        for (auto it = endpoints.begin(); it != endpoints.end(); ++it) {
            if (it.key().endsWith(u"/status"_s))
                total += SandboxStats::count(stats, u"forward"_s, it.key());
        }
        return total;
    }

    static int inactive(const QJsonObject &state)
    {
        int count = 0;
        for (const QJsonValue &member : state[u"forward"_s][u"members"_s].toArray())
            count += member[u"status"_s].toString() == u"INACTIVE" ? 1 : 0;
        return count;
    }

    static bool write(const QString &path, const QString &text)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
               file.write(text.toUtf8()) > 0;
    }

private Q_SLOTS:
    void deactivateFromAList_isPacedAndResumableAfterAKill()
    {
        constexpr int Members = 220;
        constexpr int Listed = 200;
        SandboxProcess sandbox({u"--rate-limit"_s, u"40"_s, u"--latency"_s, u"100"_s});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.error()));
        CliRunner cli;
        QCOMPARE(cli.addWorkspace(
                        u"W"_s, u"forward"_s, sandbox.baseUrl() + u"/forward"_s, sandbox.apiKey(),
                        {u"--rate-limit"_s, u"40"_s, u"--business-id"_s, u"biz_sandbox"_s})
                     .exitCode,
                 0);
        QString members = u"Email,First name,Last name\n"_s;
        QString list;
        for (int i = 0; i < Members; ++i) {
            members += u"off-%1@example.com,Kim,Lee\n"_s.arg(i);
            if (i < Listed)
                list += u"off-%1@example.com\n"_s.arg(i);
        }
        list += u"nobody@example.com\n"_s;
        const QString membersPath = cli.homePath() + u"/members.csv"_s;
        const QString listPath = cli.homePath() + u"/leavers.txt"_s;
        QVERIFY(write(membersPath, members) && write(listPath, list));
        const CliResult seeded = cli.run({u"import"_s, membersPath, u"-w"_s, u"W"_s});
        QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.diagnosis()));

        const QStringList deactivate = {
            u"members"_s, u"deactivate"_s,          u"--from"_s, listPath, u"-w"_s, u"W"_s,
            u"--yes"_s,   u"--max-deactivations"_s, u"200"_s};
        const CliResult dry = cli.run(deactivate + QStringList{u"--dry-run"_s, u"--json"_s});
        QVERIFY2(dry.exitCode == 4, qPrintable(dry.diagnosis())); // the unknown address
        const QJsonObject plan = QJsonDocument::fromJson(dry.outBytes()).object();
        QCOMPARE(plan[u"plans"_s][u"deactivate"_s].toInteger(), Listed);
        QCOMPARE(plan[u"plans"_s][u"invalid"_s].toInteger(), 1);

        std::unique_ptr<QProcess> running = cli.start(deactivate);
        QVERIFY(running->waitForStarted());
        QVERIFY2(QTest::qWaitFor([&] { return stateChanges(sandbox.stats()) >= 40; }, 60000),
                 "the deactivations never got going");
        ::kill(pid_t(running->processId()), SIGKILL);
        QVERIFY(running->waitForFinished());
        QCOMPARE(running->exitStatus(), QProcess::CrashExit);
        QVERIFY2(stateChanges(sandbox.stats()) < Listed, "killed too late to prove anything");

        const CliResult again = cli.run(deactivate);
        QVERIFY2(again.exitCode == 2 && again.err.contains(u"--resume"_s),
                 qPrintable(again.diagnosis()));
        const QString report = cli.homePath() + u"/failed.csv"_s;
        const CliResult resumed =
            cli.run(deactivate + QStringList{u"--resume"_s, u"--report"_s, report});
        QVERIFY2(resumed.exitCode == 4, qPrintable(resumed.diagnosis()));
        QVERIFY2(resumed.out.contains(u"%1 deactivated"_s.arg(Listed)),
                 qPrintable(resumed.diagnosis()));

        const QJsonObject stats = sandbox.stats();
        QCOMPARE(inactive(sandbox.state()), Listed);
        QCOMPARE(stateChanges(stats), Listed); // each once
        QCOMPARE(SandboxStats::rateLimited(stats), 0);
        QFile failed(report);
        QVERIFY(failed.open(QIODevice::ReadOnly));
        const QString failedText = QString::fromUtf8(failed.readAll());
        QVERIFY2(failedText.contains(u"nobody@example.com"_s) &&
                     failedText.contains(u"not a member"_s),
                 qPrintable(failedText));
    }
};

QTEST_GUILESS_MAIN(TestMembersFromFile)
#include "tst_members_from_file.moc"
