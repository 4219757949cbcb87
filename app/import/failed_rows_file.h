#pragma once

#include "csv_save_file.h"
#include "validated_row.h"

#include <QJsonObject>

// "Save failed rows as CSV": the original columns plus the line number and the error, ready to be
// fixed and imported again. The header is the file's own, then "line" and "error" (made unique
// like csvUniqueHeaderNames when the file has such columns already). Cells are written as they
// were read, formulas included: the file is for importing again, not for display. A row with
// fewer fields than the header gets empty cells; a row with more keeps the extra ones after the
// error, so that nothing is lost. Written in `format` (by default as the imported file was:
// inputFormat()), via QSaveFile.
class FailedRowsFile
{
public:
    explicit FailedRowsFile(const QString &path, const CsvSaveFormat &format = {});

    // The format of the file an import read, so that the failed rows open as it did (Excel in
    // several European locales reads semicolons and Windows-1252 only): its encoding, delimiter
    // and byte order mark as `settings` fixed them (an import's settings: "encoding",
    // "delimiter") or as the file at `path` reads. UTF-8 with a BOM and commas when the file
    // cannot be read any more.
    static CsvSaveFormat inputFormat(const QString &path, const QJsonObject &settings);

    bool open(const QStringList &header, QString *error);
    // `line` 0 or less: a row not from the file (a member a mirror found missing), whose line is
    // left empty.
    void addRow(qint64 line, const QStringList &fields, const QString &error);
    // The row's original fields and line, and its issues (ValidatedRow::errorText()); or an
    // error of the import engine's own (a provider refused the row).
    void addRow(const ValidatedRow &row);
    void addRow(const ValidatedRow &row, const QString &error);
    qint64 rowCount() const { return m_rows; }

    bool commit(QString *error);
    void cancel();

private:
    CsvSaveFile m_file;
    qsizetype m_columns = 0;
    qint64 m_rows = 0;
};
