// FileStatus on POSIX systems (Linux, macOS, the BSDs).
#include "file_status.h"

#include <sys/stat.h>

namespace {
FileStatus fromStat(const struct stat &info)
{
    FileStatus status;
    if (S_ISREG(info.st_mode))
        status.kind = FileStatus::Kind::Regular;
    else if (S_ISDIR(info.st_mode))
        status.kind = FileStatus::Kind::Folder;
    else if (S_ISFIFO(info.st_mode))
        status.kind = FileStatus::Kind::Pipe;
    else if (S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode))
        status.kind = FileStatus::Kind::Device;
    else if (S_ISSOCK(info.st_mode))
        status.kind = FileStatus::Kind::Socket;
    status.size = qint64(info.st_size);
#if defined(Q_OS_DARWIN)
    const timespec &modified = info.st_mtimespec;
#else
    const timespec &modified = info.st_mtim;
#endif
    status.modifiedNs = qint64(modified.tv_sec) * 1'000'000'000 + modified.tv_nsec;
    return status;
}
} // namespace

std::optional<FileStatus> FileStatus::ofPath(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return fromStat(info);
}

std::optional<FileStatus> FileStatus::ofOpenFile(const QFile &file)
{
    struct stat info = {};
    if (::fstat(file.handle(), &info) != 0)
        return std::nullopt;
    return fromStat(info);
}
