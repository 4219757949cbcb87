#include "validated_row_reader.h"

#include "csv_reader.h"
#include "member_validator.h"

#include <QElapsedTimer>
#include <QFileInfo>

ValidatedRowReader::ValidatedRowReader(const QString &path, const CsvOptions &options)
    : m_path(path), m_options(options), m_file(path)
{}

ValidatedRowReader::~ValidatedRowReader() = default;

bool ValidatedRowReader::open(QString *error)
{
    if (const std::optional<QString> refused = CsvInputFile::problem(m_path)) {
        *error = *refused;
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(m_path, m_file.errorString());
        return false;
    }
    m_reader = std::make_unique<CsvReader>(&m_file, m_options);
    if (!m_reader->start()) {
        *error = m_file.changed() ? m_file.errorString()
                                  : tr("Cannot read %1: %2").arg(m_path, m_reader->errorString());
        return false;
    }
    if (m_reader->header().isEmpty()) {
        *error = tr("%1 is empty.").arg(m_path);
        return false;
    }
    return true;
}

const CsvFormat &ValidatedRowReader::format() const
{
    return m_reader->format();
}

const QStringList &ValidatedRowReader::header() const
{
    return m_reader->header();
}

void ValidatedRowReader::startValidating(Provider provider, const ColumnMapping &mapping,
                                         const QList<RoleChoice> &roles)
{
    m_validator = std::make_unique<MemberValidator>(provider, mapping, header(), roles);
    m_validator->setPictureFolder(QFileInfo(m_path).absolutePath());
}

void ValidatedRowReader::setEmailsOnly(bool emailsOnly)
{
    m_validator->setEmailsOnly(emailsOnly);
}

void ValidatedRowReader::setEmailStore(EmailLineStore *store)
{
    m_validator->setEmailStore(store);
}

bool ValidatedRowReader::readSlice(const std::function<void(const ValidatedRow &)> &visit)
{
    QElapsedTimer slice;
    slice.start();
    while (slice.elapsed() < SliceMs) {
        if (!m_reader->readRecord(m_row.record))
            return false;
        m_validator->validate(m_row);
        visit(m_row);
    }
    return true;
}

MemberDraft ValidatedRowReader::draft(const ValidatedRow &row) const
{
    return m_validator->draft(row.record);
}

qint64 ValidatedRowReader::bytePosition() const
{
    return m_reader->bytePosition();
}

qint64 ValidatedRowReader::totalBytes() const
{
    return m_reader->totalBytes();
}

std::optional<QString> ValidatedRowReader::stopReason() const
{
    if (m_file.changed())
        return m_file.errorString();
    if (const std::optional<CsvError> &fatal = m_reader->fatalError())
        return tr("Reading %1 stopped at line %2: %3")
            .arg(m_path, QString::number(fatal->line), fatal->message);
    return std::nullopt;
}
