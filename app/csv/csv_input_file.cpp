#include "csv_input_file.h"

#include "file_status.h"

using namespace Qt::StringLiterals;

CsvInputFile::CsvInputFile(const QString &path, std::function<bool()> stopRequested,
                           QObject *parent)
    : QIODevice(parent), m_file(path), m_stopRequested(std::move(stopRequested))
{}

std::optional<QString> CsvInputFile::problem(const QString &path)
{
    const std::optional<FileStatus> status = FileStatus::ofPath(path);
    if (!status)
        return std::nullopt; // open() says why
    switch (status->kind) {
    case FileStatus::Kind::Pipe:
        return tr("%1 is a pipe (FIFO), not a file: Roster reads CSV files only.").arg(path);
    case FileStatus::Kind::Device:
        return tr("%1 is a device, not a file: Roster reads CSV files only.").arg(path);
    case FileStatus::Kind::Socket:
        return tr("%1 is a socket, not a file: Roster reads CSV files only.").arg(path);
    case FileStatus::Kind::Folder:
        return tr("%1 is a folder, not a file.").arg(path);
    case FileStatus::Kind::Regular:
    case FileStatus::Kind::Other:
        break;
    }
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
    const std::optional<FileStatus> status = FileStatus::ofOpenFile(m_file);
    if (!status || status->kind != FileStatus::Kind::Regular) { // replaced since the check
        m_file.close();
        setErrorString(tr("%1 is not a regular file.").arg(m_file.fileName()));
        return false;
    }
    m_size = status->size;
    m_modifiedNs = status->modifiedNs;
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
    const std::optional<FileStatus> status = FileStatus::ofOpenFile(m_file);
    return status && status->size == m_size && status->modifiedNs == m_modifiedNs;
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
