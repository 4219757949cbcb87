// ProcessHardening on POSIX systems (Linux, macOS, the BSDs); prctl() on Linux only.
#include "process_hardening.h"

#include <QtGlobal>
#include <cstring>
#include <sys/resource.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

extern char **environ;

void ProcessHardening::disableCoreDumps()
{
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
#ifdef Q_OS_LINUX
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

bool ProcessHardening::coreDumpsDisabled()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur != 0 || limit.rlim_max != 0)
        return false;
#ifdef Q_OS_LINUX
    if (prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
        return false;
#endif
    return true;
}

QByteArray ProcessHardening::takeEnvironmentVariable(const char *name)
{
    if (!qEnvironmentVariableIsSet(name))
        return {};
    QByteArray value = qgetenv(name);
    // unsetenv() only drops the pointer from `environ`: the "NAME=value" bytes stay where they
    // are, for the initial environment on the stack that /proc/PID/environ reads.
    const size_t nameLength = std::strlen(name);
    char *entry = nullptr;
    for (char **it = environ; it && *it; ++it) {
        if (std::strncmp(*it, name, nameLength) == 0 && (*it)[nameLength] == '=') {
            entry = *it;
            break;
        }
    }
    qunsetenv(name);
    if (entry) {
        volatile char *bytes = entry;
        for (size_t i = 0; bytes[i] != '\0'; ++i)
            bytes[i] = '\0';
    }
    return value;
}
