// FileStatus on Windows, and anywhere without POSIX stat(): Qt's view of the path, for an open
// file as well.
#include "file_status.h"

#include <QDateTime>
#include <QFileInfo>

std::optional<FileStatus> FileStatus::ofPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return std::nullopt;
    FileStatus status;
    status.kind = info.isDir() ? Kind::Folder : info.isFile() ? Kind::Regular : Kind::Other;
    status.size = info.size();
    status.modifiedNs = info.lastModified().toMSecsSinceEpoch() * 1'000'000;
    return status;
}

std::optional<FileStatus> FileStatus::ofOpenFile(const QFile &file)
{
    return ofPath(file.fileName());
}
