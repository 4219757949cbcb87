#include "csv_writer.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype FlushSize = 64 * 1024;
}

CsvWriter::CsvWriter(QIODevice *device, Formulas formulas, QChar delimiter)
    : m_device(device), m_formulas(formulas), m_delimiter(delimiter),
      m_delimiterUtf8(QStringView(&m_delimiter, 1).toUtf8())
{}

CsvWriter::~CsvWriter()
{
    flush();
}

void CsvWriter::writeBom()
{
    m_buffer.append("\xEF\xBB\xBF");
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    if (fields.size() == 1 && fields.first().isEmpty()) // else an empty line, which reads as none
        m_buffer.append("\"\"");
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_buffer.append(m_delimiterUtf8);
        if (m_formulas == Formulas::Neutralise && looksLikeFormula(fields.at(i)))
            appendField(neutraliseFormula(fields.at(i)));
        else
            appendField(fields.at(i));
    }
    m_buffer.append("\r\n");
    if (m_buffer.size() >= FlushSize)
        flush();
}

void CsvWriter::appendField(QStringView field)
{
    bool quote = false;
    for (const QChar c : field) {
        if (c == m_delimiter || c == u'"' || c == u'\r' || c == u'\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        m_buffer.append(field.toUtf8());
        return;
    }
    m_buffer.append('"');
    m_buffer.append(field.toString().replace(u'"', u"\"\""_s).toUtf8());
    m_buffer.append('"');
}

bool CsvWriter::flush()
{
    if (!m_failed && !m_buffer.isEmpty())
        m_failed = m_device->write(m_buffer) != m_buffer.size();
    m_buffer.truncate(0);
    return !m_failed;
}

bool CsvWriter::looksLikeFormula(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r';
}

QString CsvWriter::neutraliseFormula(const QString &cell)
{
    return looksLikeFormula(cell) ? u'\'' + cell : cell;
}
