#include "csv_input_file.h"

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
std::optional<struct stat> statOf(int fd)
{
    struct stat info = {};
    if (::fstat(fd, &info) != 0)
        return std::nullopt;
    return info;
}

qint64 modifiedNs(const struct stat &info)
{
    return qint64(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
}
} // namespace

CsvInputFile::CsvInputFile(const QString &path, std::function<bool()> stopRequested,
                           QObject *parent)
    : QIODevice(parent), m_file(path), m_stopRequested(std::move(stopRequested))
{}

std::optional<QString> CsvInputFile::problem(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt; // open() says why
    if (S_ISFIFO(info.st_mode))
        return tr("%1 is a pipe (FIFO), not a file: Roster reads CSV files only.").arg(path);
    if (S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode))
        return tr("%1 is a device, not a file: Roster reads CSV files only.").arg(path);
    if (S_ISSOCK(info.st_mode))
        return tr("%1 is a socket, not a file: Roster reads CSV files only.").arg(path);
    if (S_ISDIR(info.st_mode))
        return tr("%1 is a folder, not a file.").arg(path);
    return std::nullopt;
}

bool CsvInputFile::open(OpenMode mode)
{
    if (const std::optional<QString> refused = problem(m_file.fileName())) {
        setErrorString(*refused);
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        setErrorString(m_file.errorString());
        return false;
    }
    const std::optional<struct stat> info = statOf(m_file.handle());
    if (!info || !S_ISREG(info->st_mode)) { // replaced between the check and the open
        m_file.close();
        setErrorString(tr("%1 is not a regular file.").arg(m_file.fileName()));
        return false;
    }
    m_size = info->st_size;
    m_modifiedNs = modifiedNs(*info);
    return QIODevice::open((mode & ~QIODevice::WriteOnly) | QIODevice::Unbuffered);
}

void CsvInputFile::close()
{
    QIODevice::close();
    m_file.close();
}

bool CsvInputFile::seek(qint64 pos)
{
    return m_file.seek(pos) && QIODevice::seek(pos);
}

bool CsvInputFile::sameAsOpened()
{
    const std::optional<struct stat> info = statOf(m_file.handle());
    return info && info->st_size == m_size && modifiedNs(*info) == m_modifiedNs;
}

qint64 CsvInputFile::readData(char *data, qint64 maxSize)
{
    if (m_stopRequested && m_stopRequested()) {
        m_interrupted = true;
        setErrorString(tr("interrupted"));
        return -1;
    }
    const qint64 got = m_file.read(data, maxSize);
    if (got < 0) {
        setErrorString(m_file.errorString());
        return -1;
    }
    // At the end, and when the file is read past the size it had: the file must be as it was.
    if ((got == 0 || m_file.pos() > m_size) && !sameAsOpened()) {
        m_changed = true;
        setErrorString(tr("%1 changed while it was read (its size or modification time); "
                          "read it again once it is written.")
                           .arg(m_file.fileName()));
        return -1;
    }
    return got;
}
