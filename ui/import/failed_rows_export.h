#pragma once

#include "csv_save_file.h"

#include <QObject>
#include <memory>
#include <optional>

class FailedRowsFile;
class RosterDatabase;

// "Save failed rows as CSV": writes a run's failed rows (their cells as read, line and error,
// under the file's own header) to a FailedRowsFile, a journal page an event turn; the file
// appears whole or not at all.
class FailedRowsExport : public QObject
{
    Q_OBJECT
public:
    // `db` is not owned and must outlive the export. No `format`: as the imported file was
    // (FailedRowsFile::inputFormat()).
    FailedRowsExport(RosterDatabase &db, qint64 runId, const QString &path,
                     std::optional<CsvSaveFormat> format = std::nullopt, QObject *parent = nullptr);
    ~FailedRowsExport() override;

    void start();
    const QString &path() const { return m_path; }

Q_SIGNALS:
    void finished(qint64 rows);
    void failed(const QString &error);

private:
    void writePage();
    void fail(const QString &error);

    RosterDatabase &m_db;
    qint64 m_runId;
    QString m_path;
    std::optional<CsvSaveFormat> m_format;
    std::unique_ptr<FailedRowsFile> m_file;
    qint64 m_afterLine = 0;
};
