#pragma once

#include "csv_format.h"

#include <QByteArray>
#include <QChar>
#include <QStringList>

class QIODevice;

// Writes RFC 4180 CSV in UTF-8: CRLF after each record; a field is quoted, with its quotes
// doubled, when it holds the delimiter, a quote, a CR or an LF (and a record of one empty field
// is written "", which an empty line would not be). Buffers 64 KiB at a time.
class CsvWriter
{
public:
    enum class Formulas
    {
        Keep,
        // A cell that begins with = + - @, a tab or a CR gets a single quote in front, so that a
        // spreadsheet shows it as text instead of running it as a formula.
        Neutralise
    };

    // Text goes out in `encoding`; a character Windows-1252 lacks is written as "?".
    explicit CsvWriter(QIODevice *device, Formulas formulas = Formulas::Keep,
                       QChar delimiter = u',', CsvEncoding encoding = CsvEncoding::Utf8);
    ~CsvWriter();

    // The encoding's byte order mark (UTF-8: so that Excel reads the file as UTF-8; none for
    // Windows-1252); first, if at all.
    void writeBom();
    void writeRecord(const QStringList &fields);
    // Writes what is buffered; false if the device failed (now or before).
    bool flush();

    static bool looksLikeFormula(QStringView cell);
    // `cell` with a single quote in front when looksLikeFormula().
    static QString neutraliseFormula(const QString &cell);

private:
    void appendField(QStringView field);
    void append(QStringView text);

    QIODevice *m_device;
    Formulas m_formulas;
    QChar m_delimiter;
    CsvEncoding m_encoding;
    QByteArray m_buffer;
    bool m_failed = false;
};
