#include "failed_rows_file.h"

#include "csv_header.h"
#include "csv_reader.h"

#include <QFile>

using namespace Qt::StringLiterals;

FailedRowsFile::FailedRowsFile(const QString &path, const CsvSaveFormat &format)
    : m_file(path, CsvWriter::Formulas::Keep, format)
{}

CsvSaveFormat FailedRowsFile::inputFormat(const QString &path, const QJsonObject &settings)
{
    CsvOptions options;
    if (settings.contains(u"encoding"_s))
        options.encoding = csvEncodingFromName(settings.value(u"encoding"_s).toString());
    if (settings.contains(u"delimiter"_s))
        options.delimiter = csvDelimiterFromName(settings.value(u"delimiter"_s).toString());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    CsvReader reader(&file, options);
    if (!reader.start())
        return {};
    return CsvSaveFormat::like(reader.format());
}

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
    cells.append(line > 0 ? QString::number(line) : QString());
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
