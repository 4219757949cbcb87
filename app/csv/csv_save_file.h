#pragma once

#include "csv_writer.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <optional>

// A CSV file written whole or not at all: UTF-8 with a byte order mark (so that Excel reads it as
// UTF-8), CRLF, RFC 4180 quoting, through QSaveFile (nothing changes at `path` until commit()).
class CsvSaveFile
{
    Q_DECLARE_TR_FUNCTIONS(CsvSaveFile)
public:
    explicit CsvSaveFile(const QString &path,
                         CsvWriter::Formulas formulas = CsvWriter::Formulas::Keep);

    bool open(QString *error);
    void writeRecord(const QStringList &fields);
    // Writes the file out and puts it in place; false, with `*error`, if anything failed.
    bool commit(QString *error);
    // Drops what was written; `path` stays as it was.
    void cancel();

private:
    QSaveFile m_file;
    CsvWriter::Formulas m_formulas;
    std::optional<CsvWriter> m_writer;
};
