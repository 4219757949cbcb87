#include "csv_writer.h"

#include "csv_encoding.h"

#include <QHash>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype FlushSize = 64 * 1024;
}

CsvWriter::CsvWriter(QIODevice *device, Formulas formulas, QChar delimiter, CsvEncoding encoding)
    : m_device(device), m_formulas(formulas), m_delimiter(delimiter), m_encoding(encoding)
{}

CsvWriter::~CsvWriter()
{
    flush();
}

void CsvWriter::writeBom()
{
    if (m_encoding != CsvEncoding::Windows1252)
        append(u"\uFEFF");
}

void CsvWriter::append(QStringView text)
{
    switch (m_encoding) {
    case CsvEncoding::Utf8:
        if (text.size() == 1 && text.front().unicode() < 0x80) // a delimiter, a quote
            m_buffer.append(char(text.front().unicode()));
        else
            m_buffer.append(text.toUtf8());
        return;
    case CsvEncoding::Utf16LE:
    case CsvEncoding::Utf16BE:
        for (const QChar c : text) {
            const char low = char(c.unicode() & 0xFF);
            const char high = char(c.unicode() >> 8);
            if (m_encoding == CsvEncoding::Utf16LE)
                m_buffer.append(low).append(high);
            else
                m_buffer.append(high).append(low);
        }
        return;
    case CsvEncoding::Windows1252:
        break;
    }
    static const QHash<char16_t, char> table = [] {
        QHash<char16_t, char> map;
        for (int byte = 0x80; byte < 0x100; ++byte) {
            QChar decoded;
            const char c = char(byte);
            CsvEncodingDetection::decodeWindows1252(QByteArrayView(&c, 1), &decoded);
            map.insert(decoded.unicode(), c);
        }
        return map;
    }();
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            m_buffer.append(char(c.unicode()));
        else
            m_buffer.append(table.value(c.unicode(), '?'));
    }
}

void CsvWriter::writeRecord(const QStringList &fields)
{
    if (fields.size() == 1 && fields.first().isEmpty()) // else an empty line, which reads as none
        append(u"\"\"");
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            append(QStringView(&m_delimiter, 1));
        if (m_formulas == Formulas::Neutralise && looksLikeFormula(fields.at(i)))
            appendField(neutraliseFormula(fields.at(i)));
        else
            appendField(fields.at(i));
    }
    append(u"\r\n");
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
        append(field);
        return;
    }
    append(u"\"");
    append(field.toString().replace(u'"', u"\"\""_s));
    append(u"\"");
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
