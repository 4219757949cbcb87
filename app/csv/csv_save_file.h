#pragma once

#include "csv_writer.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QSaveFile>
#include <optional>

// How a CSV file is written: by default UTF-8 with a byte order mark (so that Excel reads it as
// UTF-8) and commas.
struct CsvSaveFormat
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    QChar delimiter = u',';
    bool bom = true;

    // As `read` was: its encoding, delimiter, and byte order mark or none.
    static CsvSaveFormat like(const CsvFormat &read)
    {
        return {read.encoding, read.delimiter, read.bom};
    }
    friend bool operator==(const CsvSaveFormat &, const CsvSaveFormat &) = default;
};
Q_DECLARE_METATYPE(CsvSaveFormat)

// A CSV file written whole or not at all: CRLF, RFC 4180 quoting, in `format`, through QSaveFile
// (nothing changes at `path` until commit()).
class CsvSaveFile
{
    Q_DECLARE_TR_FUNCTIONS(CsvSaveFile)
public:
    explicit CsvSaveFile(const QString &path,
                         CsvWriter::Formulas formulas = CsvWriter::Formulas::Keep,
                         const CsvSaveFormat &format = {});

    bool open(QString *error);
    void writeRecord(const QStringList &fields);
    // Writes the file out and puts it in place; false, with `*error`, if anything failed.
    bool commit(QString *error);
    // Drops what was written; `path` stays as it was.
    void cancel();

private:
    QSaveFile m_file;
    CsvWriter::Formulas m_formulas;
    CsvSaveFormat m_format;
    std::optional<CsvWriter> m_writer;
};
