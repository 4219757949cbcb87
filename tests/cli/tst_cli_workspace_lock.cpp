// One writer per workspace: two imports of one file into one workspace at once. The second is
// refused at once, naming the one running, or waits for it with --wait; either way the provider
// is sent each row's create once. A lock left by a process that was killed is taken over.
#include "cli_runner.h"
#include "sandbox_process.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliWorkspaceLock : public QObject
{
    Q_OBJECT

    static constexpr int Rows = 200;

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<CliRunner> m_cli;
    QString m_csv;

    qint64 creates()
    {
        const QJsonObject statuses =
            m_sandbox->stats()[u"providers"_s][u"heartbeat"_s][u"PUT /v0/users"_s].toObject();
        qint64 total = 0;
        for (const QJsonValue &count : statuses)
            total += count.toInteger();
        return total;
    }

    QStringList importArguments(const QStringList &extra = {}) const
    {
        return QStringList{u"import"_s, m_csv, u"--workspace"_s, u"HB"_s} + extra;
    }

    // Starts an import and waits until it has taken the lock (it says it is reading the file).
    std::unique_ptr<QProcess> startHolding()
    {
        std::unique_ptr<QProcess> first = m_cli->start(importArguments());
        first->setReadChannel(QProcess::StandardError);
        QByteArray said;
        while (!said.contains("Reading") && first->state() != QProcess::NotRunning &&
               first->waitForReadyRead(30'000))
            said += first->readAllStandardError();
        [&] { QVERIFY2(said.contains("Reading"), said.constData()); }();
        return first;
    }

    static CliResult waitFor(QProcess &process)
    {
        process.waitForFinished(120'000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void init()
    {
        m_cli = std::make_unique<CliRunner>();
        QVERIFY(m_cli->isValid());
        // Each request takes a while, so that the first import is still running when the
        // second starts.
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{
            u"--rate-limit"_s, u"0"_s, u"--members"_s, u"0"_s, u"--latency"_s, u"20"_s});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
        const CliResult added =
            m_cli->addWorkspace(u"HB"_s, u"heartbeat"_s, m_sandbox->baseUrl() + u"/heartbeat/v0"_s,
                                m_sandbox->apiKey());
        QVERIFY2(added.exitCode == 0, qPrintable(added.diagnosis()));
        m_csv = m_cli->homePath() + u"/a.csv"_s;
        QFile file(m_csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray text = "Email,Name,Role\n";
        for (int i = 0; i < Rows; ++i)
            text += "member" + QByteArray::number(i) + "@example.com,Member " +
                    QByteArray::number(i) + ",Member\n";
        QVERIFY(file.write(text) == text.size());
    }

    void cleanup()
    {
        m_cli.reset();
        m_sandbox.reset();
    }

    void secondImport_isRefusedNamingTheFirst()
    {
        std::unique_ptr<QProcess> first = startHolding();
        QVERIFY(first);
        const CliResult second = m_cli->run(importArguments());
        QVERIFY2(second.exitCode != 0, qPrintable(second.diagnosis()));
        QVERIFY2(
            second.err.contains(u"An import of a.csv (pid %1, started "_s.arg(first->processId())),
            qPrintable(second.diagnosis()));
        QVERIFY2(second.err.contains(u"is running in HB"_s), qPrintable(second.diagnosis()));
        QVERIFY2(second.err.contains(u"--wait"_s), qPrintable(second.diagnosis()));

        const CliResult done = waitFor(*first);
        QVERIFY2(done.exitCode == 0, qPrintable(done.diagnosis()));
        QVERIFY2(done.out.contains(u"%1 created"_s.arg(Rows)), qPrintable(done.diagnosis()));
        QCOMPARE(creates(), Rows);
    }

    void secondImportWithWait_runsAfterTheFirst()
    {
        std::unique_ptr<QProcess> first = startHolding();
        QVERIFY(first);
        const CliResult second = m_cli->run(importArguments({u"--wait"_s}));
        const CliResult done = waitFor(*first);
        QVERIFY2(done.exitCode == 0, qPrintable(done.diagnosis()));
        QVERIFY2(done.out.contains(u"%1 created"_s.arg(Rows)), qPrintable(done.diagnosis()));
        QVERIFY2(second.exitCode == 0, qPrintable(second.diagnosis()));
        QVERIFY2(second.err.contains(u"Waiting for it to end"_s), qPrintable(second.diagnosis()));
        QVERIFY2(second.out.contains(u"0 created"_s), qPrintable(second.diagnosis()));
        QCOMPARE(creates(), Rows);
    }

    void lockOfAKilledImport_isTakenOver()
    {
        std::unique_ptr<QProcess> first = startHolding();
        QVERIFY(first);
        first->kill(); // SIGKILL: the lock's row stays behind
        QVERIFY(first->waitForFinished(10'000));
        const CliResult resumed = m_cli->run(importArguments({u"--resume"_s}));
        if (resumed.err.contains(u"no unfinished import"_s)) {
            // Killed before its plan was in the journal: a fresh import runs.
            const CliResult again = m_cli->run(importArguments());
            QVERIFY2(again.exitCode == 0, qPrintable(again.diagnosis()));
        } else {
            QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.diagnosis()));
        }
        QVERIFY(!m_cli->run(importArguments()).err.contains(u"is running in HB"_s));
        QCOMPARE(creates(), Rows);
    }

    // Sync and single edits are not held up by an import.
    void syncDuringAnImport_goesAhead()
    {
        std::unique_ptr<QProcess> first = startHolding();
        QVERIFY(first);
        const CliResult synced = m_cli->run({u"members"_s, u"sync"_s, u"-w"_s, u"HB"_s});
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.diagnosis()));
        QVERIFY2(waitFor(*first).exitCode == 0, "the import failed");
    }
};

QTEST_GUILESS_MAIN(TestCliWorkspaceLock)
#include "tst_cli_workspace_lock.moc"
