#pragma once

#include <QByteArray>
#include <QFile>

// This process's memory as Linux tells it in /proc/self, for the benchmarks' figures.
namespace ProcessMemory {

// A field of /proc/self/status in KiB, named with its colon ("VmHWM:" the peak resident size,
// "VmRSS:" the current one); -1 where there is no such file or field.
inline qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    // /proc files tell no size: read them whole.
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

inline double statusMiB(const char *field)
{
    const qint64 kib = statusKiB(field);
    return kib < 0 ? -1 : double(kib) / 1024.0;
}

// Resets VmHWM to the current resident size (Linux 4.0+), so that a later read gives the peak
// of what came after; false where it cannot.
inline bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace ProcessMemory
