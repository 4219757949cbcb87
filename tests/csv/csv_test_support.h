#pragma once

// Helpers shared by the CSV tests: fixture paths, reading a whole file into memory, and short
// names for error kinds.
#include "csv_reader.h"

#include <QFile>
#include <QTest>

namespace CsvTest {

inline QString fixture(const QString &name)
{
    return QStringLiteral(CSV_TEST_DATA "/") + name;
}

struct ReadResult
{
    bool started = false;
    QString startError;
    CsvFormat format;
    QStringList header;
    CsvRecord headerRecord;
    QList<CsvRecord> records;
    std::optional<CsvError> fatal;
};

inline ReadResult readDevice(QIODevice *device, const CsvOptions &options = {},
                             qsizetype chunkSize = 0)
{
    ReadResult result;
    CsvReader reader(device, options);
    if (chunkSize > 0)
        reader.setChunkSize(chunkSize);
    result.started = reader.start();
    result.startError = reader.errorString();
    result.format = reader.format();
    result.header = reader.header();
    result.headerRecord = reader.headerRecord();
    CsvRecord record;
    while (reader.readRecord(record))
        result.records.append(record);
    result.fatal = reader.fatalError();
    return result;
}

inline ReadResult readFile(const QString &path, const CsvOptions &options = {},
                           qsizetype chunkSize = 0)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ReadResult result;
        result.startError = file.errorString();
        return result;
    }
    return readDevice(&file, options, chunkSize);
}

inline QString kindName(CsvError::Kind kind)
{
    switch (kind) {
    case CsvError::Kind::RaggedRecord:
        return QStringLiteral("ragged");
    case CsvError::Kind::UnterminatedQuote:
        return QStringLiteral("unterminated");
    case CsvError::Kind::NulCharacter:
        return QStringLiteral("nul");
    case CsvError::Kind::FieldTooLong:
        return QStringLiteral("field-too-long");
    case CsvError::Kind::RecordTooLong:
        return QStringLiteral("record-too-long");
    case CsvError::Kind::TooManyFields:
        return QStringLiteral("too-many-fields");
    case CsvError::Kind::InvalidEncoding:
        return QStringLiteral("encoding");
    case CsvError::Kind::ReadFailed:
        return QStringLiteral("read-failed");
    }
    return {};
}

// "line:kind" for each error of each record, in order: "3:ragged", "4:unterminated".
inline QStringList errorSummary(const QList<CsvRecord> &records)
{
    QStringList summary;
    for (const CsvRecord &record : records) {
        for (const CsvError &error : record.errors())
            summary.append(QString::number(error.line) + u':' + kindName(error.kind));
    }
    return summary;
}

inline QList<QStringList> fieldsOf(const QList<CsvRecord> &records)
{
    QList<QStringList> fields;
    for (const CsvRecord &record : records)
        fields.append(record.fields());
    return fields;
}

inline QList<qint64> linesOf(const QList<CsvRecord> &records, bool end = false)
{
    QList<qint64> lines;
    for (const CsvRecord &record : records)
        lines.append(end ? record.endLine() : record.line());
    return lines;
}

} // namespace CsvTest
