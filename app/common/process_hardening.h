#pragma once

#include <QByteArray>

// Keeps the secrets a process holds (API keys) out of what the system can show of it: core
// dumps and the environment block in /proc/PID/environ.
class ProcessHardening
{
public:
    // Called first thing in main(). Linux: the process becomes non-dumpable (no core file, and
    // /proc/PID/{mem,environ} readable by root only) and RLIMIT_CORE is 0, also for children.
    // Elsewhere: macOS has RLIMIT_CORE 0 (setrlimit) as well; Windows would use
    // SetErrorMode(SEM_NOGPFAULTERRORBOX) and WerAddExcludedApplication() to keep Windows Error
    // Reporting from writing a dump.
    static void disableCoreDumps();

    // Whether disableCoreDumps() holds for this process: not dumpable, RLIMIT_CORE 0.
    static bool coreDumpsDisabled();

    // The value of the environment variable `name`, which is then removed from the environment
    // and whose bytes are overwritten where they lie, including the initial environment block
    // that /proc/PID/environ shows. Empty when the variable is not set.
    static QByteArray takeEnvironmentVariable(const char *name);
};
