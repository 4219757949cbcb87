#pragma once

#include "csv_format.h"
#include "csv_parser.h"
#include "csv_text_source.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

class QIODevice;

// Reads a CSV file record by record from an open device, in chunks: memory stays at a chunk
// plus the current record, whatever the file's size (see CsvLimits for malformed files).
//
//   CsvReader reader(&file);               // or CsvReader(&file, options) to fix the format
//   if (!reader.start()) -> reader.errorString()
//   CsvRecord record;
//   while (reader.readRecord(record)) { record.line(), record.field(i), record.errors() }
//   if (reader.fatalError()) -> reading stopped early
//
// start() settles the format: the encoding as CsvTextSource describes, then the delimiter and the
// header as CsvSniffer describes, each unless CsvOptions fixes it. Every record whose field count
// differs from the header's (or, without a header, from the first record's) gets a RaggedRecord
// error. CsvError says which errors end the read.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    explicit CsvReader(QIODevice *device, const CsvOptions &options = {});

    // Bytes read and decoded at a time; before start(). Small sizes are for tests.
    void setChunkSize(qsizetype bytes) { m_chunkSize = bytes; }

    // Reads the start of the file: format, header (or, without one, the first record, which the
    // first readRecord() returns). False when the device cannot be read or an option is unusable.
    bool start();
    const QString &errorString() const { return m_error; }

    const CsvFormat &format() const { return m_format; }
    // The column names (csvUniqueHeaderNames of the header; "column1".. "columnN" without a header,
    // N being the first record's field count). Empty for an empty file.
    const QStringList &header() const { return m_header; }
    // The header as read, with its line and errors; empty without a header.
    const CsvRecord &headerRecord() const { return m_headerRecord; }

    // Fills `record` with the next record (reusing its buffers); false at the end of the file or
    // once reading has stopped (fatalError(), or a record with an UnterminatedQuote error).
    bool readRecord(CsvRecord &record);
    // A ReadFailed error, when the device failed mid-file.
    const std::optional<CsvError> &fatalError() const { return m_fatal; }

    // For progress: bytes read from the device so far (at most one chunk ahead of the records
    // returned) and the device's size (-1 for a sequential device).
    qint64 bytePosition() const { return m_source ? m_source->bytesRead() : 0; }
    qint64 totalBytes() const;

private:
    bool parseNext();
    void checkShape(CsvRecord &record) const;

    QIODevice *m_device;
    CsvOptions m_options;
    qsizetype m_chunkSize = CsvTextSource::DefaultChunkSize;
    CsvFormat m_format;
    std::optional<CsvTextSource> m_source;
    std::optional<CsvParser> m_parser;
    QString m_chunk;
    qsizetype m_pos = 0;
    bool m_started = false;
    bool m_inputDone = false;
    bool m_pending = false; // the parser holds a record readRecord() has not returned yet
    QStringList m_header;
    CsvRecord m_headerRecord;
    qsizetype m_expectedFields = -1;
    std::optional<CsvError> m_fatal;
    QString m_error;
};
