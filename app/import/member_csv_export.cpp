#include "member_csv_export.h"

MemberCsvExport::MemberCsvExport(const QString &path)
    : m_file(path, CsvWriter::Formulas::Neutralise)
{}

bool MemberCsvExport::open(const QStringList &header, QString *error)
{
    if (!m_file.open(error))
        return false;
    m_file.writeRecord(header);
    return true;
}

void MemberCsvExport::addRow(const QStringList &cells)
{
    m_file.writeRecord(cells);
}

bool MemberCsvExport::commit(QString *error)
{
    return m_file.commit(error);
}

void MemberCsvExport::cancel()
{
    m_file.cancel();
}
