// ProcessHardening on Windows. No core files there: a crash goes to Windows Error Reporting,
// whose dialog (and the dump a user may send from it) is turned off for this process and its
// children; a dump WER is configured to keep anyway (LocalDumps, set by an administrator) is out
// of reach. Other processes of the same user can read a process's environment, so removing a
// variable is all that helps.
#include "process_hardening.h"

#include <QtGlobal>
#include <windows.h>

void ProcessHardening::disableCoreDumps()
{
    SetErrorMode(GetErrorMode() | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
}

bool ProcessHardening::coreDumpsDisabled()
{
    return (GetErrorMode() & SEM_NOGPFAULTERRORBOX) != 0;
}

QByteArray ProcessHardening::takeEnvironmentVariable(const char *name)
{
    if (!qEnvironmentVariableIsSet(name))
        return {};
    QByteArray value = qgetenv(name);
    qunsetenv(name);
    return value;
}
