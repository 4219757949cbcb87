#pragma once

#include "import_journal.h"
#include "import_row_loader.h"

#include <QPointer>
#include <QWizardPage>

class FailedRowsExport;

class ImportRowModel;
class QComboBox;
struct CsvSaveFormat;
class InlineMessage;
class QLabel;
class QPushButton;
class QTableView;
struct ImportWizardContext;

// Page 7: what the import did: created, updated, reactivated, skipped and failed counts, the
// failed rows with the reason (the provider's, or the row's problem), "Save Failed Rows as
// CSV…" (the file's own columns plus line and error, ready to fix and import again) and
// "Retry Failed Rows" (only those the provider refused or never answered). The failed-rows file
// keeps the imported file's encoding and delimiter unless UTF-8 with commas is chosen.
// "Undo this run…" asks the wizard to plan its reverse (disabled, saying why, when it cannot).
class ImportReportPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportReportPage(ImportWizardContext &context, QWidget *parent = nullptr);
    ~ImportReportPage() override;

    const ImportCounts &counts() const { return m_counts; }
    ImportRowModel *failedRows() const { return m_rows; }
    // Failed rows that were to be sent, which a retry sends again.
    qint64 retryableCount() const { return m_retryable; }
    bool isLoading() const { return m_loader != nullptr; }
    QPushButton *undoButton() const { return m_undo; }

    // Writes the failed rows to `path` (what the file dialog answers).
    void saveFailedRows(const QString &path);

    void initializePage() override;
    void cleanupPage() override;
    int nextId() const override { return -1; }

Q_SIGNALS:
    void retryRequested();
    void undoRequested();
    // The failed-rows file was written (rows > 0 or not), or could not be.
    void failedRowsSaved(const QString &path, qint64 rows);
    void failedRowsNotSaved(const QString &error);

private:
    void showCounts();
    void chooseFile();
    // "UTF-8 with BOM, semicolons"
    static QString formatName(const CsvSaveFormat &format);

    ImportWizardContext &m_context;
    ImportCounts m_counts;
    qint64 m_retryable = 0;
    QString m_fileName;
    QPointer<ImportRowLoader> m_loader;
    QPointer<FailedRowsExport> m_export;
    InlineMessage *m_summary;
    QList<QLabel *> m_figures;
    ImportRowModel *m_rows;
    QLabel *m_failedLabel;
    QTableView *m_view;
    QPushButton *m_save;
    QPushButton *m_retry;
    QPushButton *m_undo;
    // As the imported file was (the default), or UTF-8 with commas.
    QComboBox *m_saveFormat;
    InlineMessage *m_saveMessage;
};
