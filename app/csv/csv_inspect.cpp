#include "csv_inspect.h"

#include "csv_header.h"
#include "csv_reader.h"
#include "json_text.h"

#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype FlushSize = 64 * 1024;
constexpr qsizetype ErrorSpillSize = 1024 * 1024;

class JsonOutput
{
public:
    explicit JsonOutput(QIODevice *device) : m_device(device) {}
    QByteArray &buffer() { return m_buffer; }
    bool flushIfFull() { return m_buffer.size() < FlushSize || flush(); }
    bool flush()
    {
        if (m_failed)
            return false;
        if (!m_buffer.isEmpty() && m_device->write(m_buffer) != m_buffer.size())
            m_failed = true;
        m_buffer.truncate(0);
        return !m_failed;
    }
    bool failed() const { return m_failed; }

private:
    QIODevice *m_device;
    QByteArray m_buffer;
    bool m_failed = false;
};

// The "errors" array's items, in memory up to 1 MiB and in a temporary file beyond.
class ErrorSpool
{
public:
    bool add(const CsvError &error)
    {
        if (m_count++ > 0)
            m_buffer.append(",\n");
        m_buffer.append("{\"line\": ").append(QByteArray::number(error.line));
        m_buffer.append(", \"message\": ");
        appendJsonString(m_buffer, error.message);
        m_buffer.append('}');
        if (m_buffer.size() < ErrorSpillSize)
            return true;
        if (!m_file.isOpen() && !m_file.open())
            return false;
        const bool written = m_file.write(m_buffer) == m_buffer.size();
        m_buffer.truncate(0);
        return written;
    }
    bool copyTo(JsonOutput &out)
    {
        if (m_file.isOpen()) {
            if (!out.flush() || !m_file.seek(0))
                return false;
            QByteArray chunk;
            while (!(chunk = m_file.read(FlushSize)).isEmpty()) {
                out.buffer().append(chunk);
                if (!out.flush())
                    return false;
            }
        }
        out.buffer().append(m_buffer);
        return true;
    }

private:
    QTemporaryFile m_file;
    QByteArray m_buffer;
    qint64 m_count = 0;
};

void appendStringArray(QByteArray &out, const QStringList &items)
{
    out.append('[');
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out.append(", ");
        appendJsonString(out, items.at(i));
    }
    out.append(']');
}
} // namespace

bool CsvInspect::writeJson(QIODevice *input, QIODevice *output, const CsvOptions &options,
                           QString *error, qint64 maxRecords)
{
    CsvReader reader(input, options);
    if (!reader.start()) {
        *error = reader.errorString();
        return false;
    }
    const CsvFormat &format = reader.format();
    JsonOutput out(output);
    QByteArray &json = out.buffer();
    json.append("{\"encoding\": ");
    appendJsonString(json, csvEncodingName(format.encoding));
    json.append(", \"bom\": ").append(format.bom ? "true" : "false");
    json.append(", \"delimiter\": ");
    appendJsonString(json, QString(format.delimiter));
    json.append(", \"hasHeader\": ").append(format.hasHeader ? "true" : "false");
    json.append(",\n \"header\": ");
    appendStringArray(json, reader.header());
    json.append(",\n \"records\": [");

    ErrorSpool errors;
    bool spooled = true;
    for (const CsvError &e : reader.headerRecord().errors())
        spooled = spooled && errors.add(e);
    QStringList keys = reader.header();
    CsvRecord record;
    qint64 count = 0;
    while ((maxRecords < 0 || count < maxRecords) && reader.readRecord(record)) {
        if (record.size() > keys.size()) {
            QStringList extended = reader.header();
            for (qsizetype i = extended.size(); i < record.size(); ++i)
                extended.append(QString());
            keys = csvUniqueHeaderNames(extended);
        }
        json.append(count++ > 0 ? ",\n{" : "\n{");
        for (qsizetype i = 0; i < record.size(); ++i) {
            if (i > 0)
                json.append(", ");
            appendJsonString(json, keys.at(i));
            json.append(": ");
            appendJsonString(json, record.field(i));
        }
        json.append('}');
        for (const CsvError &e : record.errors())
            spooled = spooled && errors.add(e);
        if (!out.flushIfFull())
            break;
    }
    if (reader.fatalError())
        spooled = spooled && errors.add(*reader.fatalError());
    json.append("],\n \"errors\": [");
    if (!spooled || !errors.copyTo(out)) {
        *error = tr("the list of errors could not be kept in a temporary file");
        return false;
    }
    json.append("]}\n");
    if (!out.flush()) {
        *error = tr("the output could not be written: %1").arg(output->errorString());
        return false;
    }
    if (reader.fatalError()) {
        *error = reader.fatalError()->message;
        return false;
    }
    return true;
}
