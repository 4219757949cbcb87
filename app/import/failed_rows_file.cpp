#include "failed_rows_file.h"

#include "csv_header.h"

using namespace Qt::StringLiterals;

FailedRowsFile::FailedRowsFile(const QString &path) : m_file(path) {}

bool FailedRowsFile::open(const QStringList &header, QString *error)
{
    if (!m_file.open(error))
        return false;
    m_columns = header.size();
    m_file.writeRecord(csvUniqueHeaderNames(header + QStringList{u"line"_s, u"error"_s}));
    return true;
}

void FailedRowsFile::addRow(qint64 line, const QStringList &fields, const QString &error)
{
    QStringList cells = fields.first(std::min(fields.size(), m_columns));
    while (cells.size() < m_columns)
        cells.append(QString());
    cells.append(QString::number(line));
    cells.append(error);
    if (fields.size() > m_columns)
        cells.append(fields.sliced(m_columns));
    m_file.writeRecord(cells);
    ++m_rows;
}

void FailedRowsFile::addRow(const ValidatedRow &row)
{
    addRow(row, row.errorText());
}

void FailedRowsFile::addRow(const ValidatedRow &row, const QString &error)
{
    addRow(row.line(), row.record.fields(), error);
}

bool FailedRowsFile::commit(QString *error)
{
    return m_file.commit(error);
}

void FailedRowsFile::cancel()
{
    m_file.cancel();
}
