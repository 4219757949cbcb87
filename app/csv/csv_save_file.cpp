#include "csv_save_file.h"

CsvSaveFile::CsvSaveFile(const QString &path, CsvWriter::Formulas formulas,
                         const CsvSaveFormat &format)
    : m_file(path), m_formulas(formulas), m_format(format)
{}

bool CsvSaveFile::open(QString *error)
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_writer.emplace(&m_file, m_formulas, m_format.delimiter, m_format.encoding);
    if (m_format.bom)
        m_writer->writeBom();
    return true;
}

void CsvSaveFile::writeRecord(const QStringList &fields)
{
    if (m_writer)
        m_writer->writeRecord(fields);
}

bool CsvSaveFile::commit(QString *error)
{
    const bool written = m_writer && m_writer->flush();
    m_writer.reset();
    if (!written) {
        m_file.cancelWriting();
        *error = tr("%1 could not be written: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    if (!m_file.commit()) {
        *error = tr("%1 could not be saved: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

void CsvSaveFile::cancel()
{
    m_writer.reset();
    m_file.cancelWriting();
}
