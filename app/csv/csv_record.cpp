#include "csv_record.h"

using namespace Qt::StringLiterals;

QStringList CsvRecord::fields() const
{
    QStringList list;
    list.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        list.append(field(i).toString());
    return list;
}

CsvRecord CsvRecord::compacted() const
{
    CsvRecord copy;
    copy.m_line = m_line;
    copy.m_endLine = m_endLine;
    copy.m_errors = m_errors;
    copy.m_count = m_count;
    qsizetype length = 0;
    for (qsizetype i = 0; i < m_count; ++i)
        length += field(i).size();
    copy.m_text.reserve(length);
    copy.m_bounds.reserve(2 * m_count);
    for (qsizetype i = 0; i < m_count; ++i) {
        copy.m_bounds.append(copy.m_text.size());
        copy.m_text.append(field(i));
        copy.m_bounds.append(copy.m_text.size());
    }
    return copy;
}

QString CsvRecord::errorText() const
{
    QStringList messages;
    for (const CsvError &error : m_errors)
        messages.append(error.message);
    return messages.join(u"; "_s);
}

CsvRecord CsvRecord::fromFields(const QStringList &fields, qint64 line)
{
    CsvRecord record;
    record.m_line = line;
    record.m_endLine = line;
    for (const QString &field : fields) {
        record.m_bounds.append(record.m_text.size());
        record.m_text.append(field);
        record.m_bounds.append(record.m_text.size());
    }
    record.m_count = fields.size();
    return record;
}
