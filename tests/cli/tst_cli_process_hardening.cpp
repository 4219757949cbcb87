// roster-cli keeps its API key out of what the system shows of a running process: the key given
// in ROSTER_API_KEY is gone from /proc/PID/environ, and a crash writes no core file.
#include "cli_runner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/resource.h>
#include <sys/syscall.h>

using namespace Qt::StringLiterals;

class TestCliProcessHardening : public QObject
{
    Q_OBJECT

    static constexpr const char *Key = "sk_live_Hardening9xYz0123456789";

    std::unique_ptr<CliRunner> m_cli;

    static QByteArray procFile(qint64 pid, const char *name)
    {
        QFile file(u"/proc/%1/%2"_s.arg(QString::number(pid), QString::fromLatin1(name)));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

    // Whether the process sits in read() on its standard input: it has read its environment and
    // parsed its arguments, and waits for the key that --key-stdin promises.
    static bool readingStdin(qint64 pid)
    {
        const QList<QByteArray> call = procFile(pid, "syscall").simplified().split(' ');
        return call.size() >= 2 && call[0] == QByteArray::number(SYS_read) && call[1] == "0x0";
    }

    // roster-cli with the key in ROSTER_API_KEY, waiting on a standard input that stays open.
    std::unique_ptr<QProcess> startWaiting(const QString &workingDirectory = {})
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = m_cli->environment();
        environment.insert(u"ROSTER_API_KEY"_s, QString::fromLatin1(Key));
        process->setProcessEnvironment(environment);
        if (!workingDirectory.isEmpty())
            process->setWorkingDirectory(workingDirectory);
        process->start(CliRunner::executable(),
                       {u"workspace"_s, u"add"_s, u"Probe"_s, u"--provider"_s, u"heartbeat"_s,
                        u"--key-stdin"_s});
        if (!process->waitForStarted(10000))
            return nullptr;
        return process;
    }

    static QStringList coreFiles(const QString &directory)
    {
        return QDir(directory).entryList({u"core*"_s}, QDir::Files);
    }

private Q_SLOTS:
    void init()
    {
        m_cli = std::make_unique<CliRunner>();
        QVERIFY(m_cli->isValid());
    }

    void environmentKey_isNotInProcEnviron()
    {
        std::unique_ptr<QProcess> process = startWaiting();
        QVERIFY(process);
        const qint64 pid = process->processId();
        QVERIFY2(QTest::qWaitFor([pid] { return readingStdin(pid); }, 20000),
                 "roster-cli never waited for its standard input");

        // As root the environment of a non-dumpable process is readable, and must hold no key;
        // for anyone else the kernel refuses the read, which shows no key either.
        const QByteArray environ = procFile(pid, "environ");
        QVERIFY2(!environ.contains(Key), "/proc/PID/environ shows the key");
        if (geteuid() == 0)
            QVERIFY2(environ.contains("HOME="), "the environment could not be read");

        process->kill();
        process->waitForFinished();
    }

    void coreDumps_areDisabled()
    {
        std::unique_ptr<QProcess> process = startWaiting();
        QVERIFY(process);
        const qint64 pid = process->processId();
        QVERIFY(QTest::qWaitFor([pid] { return readingStdin(pid); }, 20000));
        const QList<QByteArray> lines = procFile(pid, "limits").split('\n');
        QByteArray coreLimit;
        for (const QByteArray &line : lines) {
            if (line.startsWith("Max core file size"))
                coreLimit = line.mid(int(qstrlen("Max core file size"))).simplified();
        }
        QCOMPARE(coreLimit, QByteArray("0 0 bytes"));
        process->kill();
        process->waitForFinished();
    }

    // The repro of the report: `ulimit -c unlimited`, the key in the environment, SIGSEGV.
    void segfault_writesNoCore()
    {
        QFile pattern(u"/proc/sys/kernel/core_pattern"_s);
        if (!pattern.open(QIODevice::ReadOnly) || pattern.readAll().trimmed() != "core")
            QSKIP("core_pattern is not \"core\": where a core would go is not known");
        rlimit saved{};
        QVERIFY(getrlimit(RLIMIT_CORE, &saved) == 0);
        rlimit unlimited{saved.rlim_max, saved.rlim_max};
        QVERIFY(setrlimit(RLIMIT_CORE, &unlimited) == 0);
        const auto restore = qScopeGuard([&saved] { setrlimit(RLIMIT_CORE, &saved); });

        // A control that shows this system writes cores where the test looks for them.
        QTemporaryDir controlDir;
        QProcess control;
        control.setWorkingDirectory(controlDir.path());
        control.start(u"sleep"_s, {u"60"_s});
        QVERIFY(control.waitForStarted());
        ::kill(pid_t(control.processId()), SIGSEGV);
        control.waitForFinished();
        if (coreFiles(controlDir.path()).isEmpty())
            QSKIP("this system writes no core file for a crash");

        QTemporaryDir dir;
        std::unique_ptr<QProcess> process = startWaiting(dir.path());
        QVERIFY(process);
        const qint64 pid = process->processId();
        QVERIFY(QTest::qWaitFor([pid] { return readingStdin(pid); }, 20000));
        ::kill(pid_t(pid), SIGSEGV);
        QVERIFY(process->waitForFinished(20000));
        QCOMPARE(process->exitStatus(), QProcess::CrashExit);
        QCOMPARE(coreFiles(dir.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCliProcessHardening)
#include "tst_cli_process_hardening.moc"
