#pragma once

#include <QFile>
#include <QString>
#include <QtGlobal>
#include <optional>

// What a path names, and what an open file is now, for CsvInputFile. POSIX (file_status_posix.cpp):
// stat() and fstat(), which tell pipes, devices and sockets apart. Windows
// (file_status_windows.cpp): QFileInfo, which tells files from folders and everything else.
struct FileStatus
{
    enum class Kind
    {
        Regular,
        Folder,
        Pipe,
        Device,
        Socket,
        Other
    };
    Kind kind = Kind::Other;
    qint64 size = 0;
    qint64 modifiedNs = 0;

    // Nothing when `path` cannot be looked at (it does not exist, say).
    static std::optional<FileStatus> ofPath(const QString &path);
    // `file` is open.
    static std::optional<FileStatus> ofOpenFile(const QFile &file);
};
