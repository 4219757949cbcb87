#pragma once

#include <QString>
#include <QtGlobal>

// What the store asks the operating system about processes and users: POSIX in
// os_process_posix.cpp, Windows in os_process_windows.cpp.
namespace OsProcess {

// Whether the process `pid` of this computer has ended; false when that cannot be told.
bool isGone(qint64 pid);

// The account name of the user this process runs as; "" when unknown.
QString accountName();

} // namespace OsProcess
