#include "csv_error.h"

#include "csv_format.h"

using namespace Qt::StringLiterals;

namespace {
CsvError make(CsvError::Kind kind, qint64 line, qint64 recordLine, qsizetype field,
              const QString &message)
{
    CsvError error;
    error.kind = kind;
    error.line = line;
    error.recordLine = recordLine;
    error.field = field;
    error.message = message;
    return error;
}

// " (record from line 3)" when the problem is not on the record's first line.
QString recordStart(qint64 line, qint64 recordLine)
{
    return line == recordLine
               ? QString()
               : CsvError::tr(" (in the record that starts on line %1)").arg(recordLine);
}
} // namespace

CsvError CsvError::ragged(qint64 recordLine, qsizetype fieldCount, qsizetype expected,
                          bool expectedFromHeader)
{
    const QString message = expectedFromHeader
                                ? tr("Line %1: the header has %2 fields, this record %3.")
                                      .arg(recordLine)
                                      .arg(expected)
                                      .arg(fieldCount)
                                : tr("Line %1: the first record has %2 fields, this one %3.")
                                      .arg(recordLine)
                                      .arg(expected)
                                      .arg(fieldCount);
    return make(Kind::RaggedRecord, recordLine, recordLine, -1, message);
}

CsvError CsvError::unterminatedQuote(qint64 quoteLine, qint64 recordLine, qsizetype field)
{
    return make(Kind::UnterminatedQuote, quoteLine, recordLine, field,
                tr("Line %1: the quoted field %2 is never closed, so it runs to the end of the "
                   "file%3.")
                    .arg(quoteLine)
                    .arg(field + 1)
                    .arg(recordStart(quoteLine, recordLine)));
}

CsvError CsvError::nulCharacter(qint64 line, qint64 recordLine, qsizetype field)
{
    return make(Kind::NulCharacter, line, recordLine, field,
                tr("Line %1: field %2 contains a NUL character (shown as \uFFFD)%3. Is this a "
                   "text file?")
                    .arg(line)
                    .arg(field + 1)
                    .arg(recordStart(line, recordLine)));
}

CsvError CsvError::fieldTooLong(qint64 line, qint64 recordLine, qsizetype field)
{
    return make(Kind::FieldTooLong, line, recordLine, field,
                tr("Line %1: field %2 is longer than %3 characters, and only its start was kept%4.")
                    .arg(line)
                    .arg(field + 1)
                    .arg(CsvLimits::MaxFieldLength)
                    .arg(recordStart(line, recordLine)));
}

CsvError CsvError::recordTooLong(qint64 line, qint64 recordLine)
{
    return make(Kind::RecordTooLong, line, recordLine, -1,
                tr("Line %1: the record is longer than %2 characters, and the rest of it was "
                   "dropped%3.")
                    .arg(line)
                    .arg(CsvLimits::MaxRecordLength)
                    .arg(recordStart(line, recordLine)));
}

CsvError CsvError::tooManyFields(qint64 recordLine)
{
    return make(Kind::TooManyFields, recordLine, recordLine, -1,
                tr("Line %1: more than %2 fields, and the fields after that were dropped.")
                    .arg(recordLine)
                    .arg(CsvLimits::MaxFieldCount));
}

CsvError CsvError::invalidEncoding(qint64 line, qint64 recordLine, qsizetype field,
                                   const QString &encodingName)
{
    return make(Kind::InvalidEncoding, line, recordLine, field,
                tr("Line %1: field %2 has bytes that are not valid %3 (shown as \uFFFD)%4. The "
                   "file may be in another encoding.")
                    .arg(line)
                    .arg(field + 1)
                    .arg(encodingName, recordStart(line, recordLine)));
}

CsvError CsvError::readFailed(qint64 line, const QString &deviceError)
{
    return make(Kind::ReadFailed, line, line, -1,
                tr("Reading stopped at line %1: %2").arg(line).arg(deviceError));
}
