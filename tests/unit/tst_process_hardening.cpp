// ProcessHardening: after disableCoreDumps() the process is not dumpable and may write no core;
// takeEnvironmentVariable() leaves neither the variable nor its bytes behind.
#include "process_hardening.h"

#include <QTest>
#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>

extern char **environ;

using namespace Qt::StringLiterals;

class TestProcessHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void disableCoreDumps_makesTheProcessNonDumpable()
    {
        ProcessHardening::disableCoreDumps();
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        rlimit limit{};
        QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
        QCOMPARE(limit.rlim_cur, rlim_t(0));
        QCOMPARE(limit.rlim_max, rlim_t(0));
        QVERIFY(ProcessHardening::coreDumpsDisabled());
    }

    void takeEnvironmentVariable_overwritesItsBytes()
    {
        QVERIFY(qputenv("ROSTER_TEST_SECRET", "secret-%1-%3-value"));
        const char *entry = nullptr;
        for (char **it = environ; *it; ++it) {
            if (std::strncmp(*it, "ROSTER_TEST_SECRET=", 19) == 0)
                entry = *it;
        }
        QVERIFY(entry);
        QCOMPARE(ProcessHardening::takeEnvironmentVariable("ROSTER_TEST_SECRET"),
                 QByteArray("secret-%1-%3-value"));
        QVERIFY(!qEnvironmentVariableIsSet("ROSTER_TEST_SECRET"));
        // glibc keeps the string it allocated; what it held is now zeros.
        QCOMPARE(entry[0], '\0');
        QCOMPARE(ProcessHardening::takeEnvironmentVariable("ROSTER_TEST_SECRET"), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_process_hardening.moc"
