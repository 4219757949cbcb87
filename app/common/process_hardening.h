#pragma once

#include <QByteArray>

// Keeps the secrets a process holds (API keys) out of what the system can show of it: core
// dumps and the environment block in /proc/PID/environ.
class ProcessHardening
{
public:
    // Called first thing in main(). POSIX (process_hardening_posix.cpp): RLIMIT_CORE is 0, also
    // for children; on Linux the process also becomes non-dumpable (/proc/PID/{mem,environ}
    // readable by root only). Windows (process_hardening_windows.cpp): Windows Error Reporting's
    // crash dialog is off (SEM_NOGPFAULTERRORBOX), so no dump is offered for sending.
    static void disableCoreDumps();

    // Whether disableCoreDumps() holds for this process (Linux: not dumpable, RLIMIT_CORE 0).
    static bool coreDumpsDisabled();

    // The value of the environment variable `name`, which is then removed from the environment
    // and, on POSIX, whose bytes are overwritten where they lie, including the initial
    // environment block that /proc/PID/environ shows. Empty when the variable is not set.
    static QByteArray takeEnvironmentVariable(const char *name);
};
