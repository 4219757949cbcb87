#pragma once

#include <QCoreApplication>
#include <QString>

// A problem found while reading a CSV file. Line numbers are physical lines of the file, 1-based,
// counting every CRLF, LF or lone CR (also inside quoted fields and on empty lines).
//
// Per record: the record is still delivered, with its fields as read, and reading goes on with
// the next record: RaggedRecord, NulCharacter, FieldTooLong, RecordTooLong, TooManyFields,
// InvalidEncoding. Nothing is skipped: a bad record is reported, never dropped.
// Stops the read: UnterminatedQuote (the quoted field swallowed the rest of the file; its record
// is delivered with the error, and it is the last one) and ReadFailed (the device failed; the
// record being read is lost, and the error names the line reading stopped at).
struct CsvError
{
    Q_DECLARE_TR_FUNCTIONS(CsvError)
public:
    enum class Kind
    {
        RaggedRecord,
        UnterminatedQuote,
        NulCharacter,
        FieldTooLong,
        RecordTooLong,
        TooManyFields,
        InvalidEncoding,
        ReadFailed
    };

    Kind kind = Kind::RaggedRecord;
    // Where the problem is: the line of the NUL, of the opening quote, of the start of the long
    // field, of the undecodable bytes; the record's first line otherwise.
    qint64 line = 0;
    // The first line of the record the problem belongs to.
    qint64 recordLine = 0;
    // The field (0-based) the problem is in; -1 when it concerns the whole record.
    qsizetype field = -1;
    // A sentence for people, translated, that names the line (and the field, when there is one).
    QString message;

    bool stopsReading() const
    {
        return kind == Kind::UnterminatedQuote || kind == Kind::ReadFailed;
    }

    static CsvError ragged(qint64 recordLine, qsizetype fieldCount, qsizetype expected,
                           bool expectedFromHeader);
    static CsvError unterminatedQuote(qint64 quoteLine, qint64 recordLine, qsizetype field);
    static CsvError nulCharacter(qint64 line, qint64 recordLine, qsizetype field);
    static CsvError fieldTooLong(qint64 line, qint64 recordLine, qsizetype field);
    static CsvError recordTooLong(qint64 line, qint64 recordLine);
    static CsvError tooManyFields(qint64 recordLine);
    static CsvError invalidEncoding(qint64 line, qint64 recordLine, qsizetype field,
                                    const QString &encodingName);
    static CsvError readFailed(qint64 line, const QString &deviceError);
};
