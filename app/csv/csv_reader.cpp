#include "csv_reader.h"

#include "csv_header.h"
#include "csv_sniffer.h"

#include <QIODevice>

CsvReader::CsvReader(QIODevice *device, const CsvOptions &options)
    : m_device(device), m_options(options)
{}

bool CsvReader::start()
{
    if (m_started)
        return m_error.isEmpty();
    m_started = true;
    if (!m_device || !m_device->isReadable()) {
        m_error = tr("the file is not open for reading");
        return false;
    }
    if (m_options.delimiter && !isUsableCsvDelimiter(*m_options.delimiter)) {
        m_error = tr("“%1” cannot be a delimiter (a quote, a line break or NUL)")
                      .arg(csvDelimiterName(*m_options.delimiter));
        return false;
    }
    m_source.emplace(m_device, m_chunkSize);
    if (!m_source->open(m_options.encoding)) {
        m_error = m_source->errorString();
        return false;
    }
    m_format.encoding = m_source->encoding();
    m_format.bom = m_source->hasBom();
    m_inputDone = !m_source->next(m_chunk);
    if (m_source->failed()) {
        m_error = m_source->errorString();
        return false;
    }
    const bool complete = m_inputDone || m_source->atEnd();
    m_format.delimiter =
        m_options.delimiter.value_or(CsvSniffer::detectDelimiter(m_chunk, complete));
    m_format.hasHeader = m_options.hasHeader.value_or(
        CsvSniffer::detectHeader(m_chunk, complete, m_format.delimiter));

    m_parser.emplace(m_format.delimiter);
    m_parser->setDecodeErrors(m_source->decodeErrors(), csvEncodingName(m_format.encoding));
    if (!parseNext())
        return true; // an empty file (or one that failed at once: see fatalError())
    if (m_format.hasHeader) {
        m_parser->take(m_headerRecord);
        m_header = csvUniqueHeaderNames(m_headerRecord.fields());
    } else {
        m_pending = true;
        m_header = csvNumberedColumnNames(m_parser->record().size());
    }
    m_expectedFields = m_header.size();
    return true;
}

bool CsvReader::readRecord(CsvRecord &record)
{
    if ((!m_started && !start()) || !m_parser)
        return false;
    if (!m_pending && !parseNext())
        return false;
    m_pending = false;
    m_parser->take(record);
    checkShape(record);
    return true;
}

bool CsvReader::parseNext()
{
    for (;;) {
        if (m_fatal || m_parser->stopped())
            return false;
        if (m_parser->parse(m_chunk, &m_pos))
            return true;
        if (m_inputDone)
            return m_parser->finish();
        m_pos = 0;
        if (!m_source->next(m_chunk)) {
            if (m_source->failed()) {
                m_fatal = CsvError::readFailed(m_parser->line(), m_source->errorString());
                return false;
            }
            m_chunk.truncate(0);
            m_inputDone = true;
            continue;
        }
        m_parser->setDecodeErrors(m_source->decodeErrors(), csvEncodingName(m_format.encoding));
    }
}

void CsvReader::checkShape(CsvRecord &record) const
{
    if (m_expectedFields < 0 || record.size() == m_expectedFields)
        return;
    for (const CsvError &error : record.errors()) {
        if (error.kind == CsvError::Kind::TooManyFields ||
            error.kind == CsvError::Kind::UnterminatedQuote)
            return;
    }
    record.m_errors.append(
        CsvError::ragged(record.line(), record.size(), m_expectedFields, m_format.hasHeader));
}

qint64 CsvReader::totalBytes() const
{
    return m_device && !m_device->isSequential() ? m_device->size() : -1;
}
