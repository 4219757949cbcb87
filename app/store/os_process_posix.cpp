// OsProcess on POSIX systems (Linux, macOS, the BSDs).
#include "os_process.h"

#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <unistd.h>

bool OsProcess::isGone(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

QString OsProcess::accountName()
{
    passwd entry{};
    passwd *found = nullptr;
    char buffer[4096];
    if (getpwuid_r(geteuid(), &entry, buffer, sizeof buffer, &found) == 0 && found)
        return QString::fromLocal8Bit(found->pw_name);
    return {};
}
