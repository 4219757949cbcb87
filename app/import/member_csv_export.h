#pragma once

#include "csv_save_file.h"

// Exports the member table (or a selection) to CSV for spreadsheets: UTF-8 with BOM, RFC 4180,
// via QSaveFile, and every cell that begins with = + - @, a tab or a CR gets a single quote in
// front (CsvWriter::Formulas::Neutralise), so that a spreadsheet shows it instead of running it
// as a formula ("=HYPERLINK(...)" in a bio stays text).
class MemberCsvExport
{
public:
    explicit MemberCsvExport(const QString &path);

    bool open(const QStringList &header, QString *error);
    void addRow(const QStringList &cells);
    bool commit(QString *error);
    void cancel();

private:
    CsvSaveFile m_file;
};
