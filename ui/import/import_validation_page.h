#pragma once

#include "validation_scan.h"

#include <QPointer>
#include <QWizardPage>

class InlineMessage;
class ProblemRowModel;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class ValidationIssueModel;

struct ImportWizardContext;

// Page 4: every row checked as the provider needs it, a slice at a time (progress, Cancel):
// how many rows are valid, have problems or are blank, and each problem on its row and cell.
// Rows with problems are reported as failed, not sent; Back leads to the mapping to fix it.
class ImportValidationPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportValidationPage(ImportWizardContext &context, QWidget *parent = nullptr);
    ~ImportValidationPage() override;

    ValidationScan *scan() const { return m_scan; }
    ValidationIssueModel *issues() const { return m_issues; }
    ProblemRowModel *problemRows() const { return m_rows; }
    bool isChecking() const;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

Q_SIGNALS:
    // The check of the whole file has ended, finished or not.
    void checkEnded();

private:
    void startScan();
    void cancelScan();
    void onProgress(qint64 done, qint64 total);
    void onFinished();
    void onFailed(const QString &error);
    void showCounts();
    void showIssueCell();

    ImportWizardContext &m_context;
    QPointer<ValidationScan> m_scan;
    ValidationIssueModel *m_issues;
    ProblemRowModel *m_rows;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_again;
    QLabel *m_valid;
    QLabel *m_invalid;
    QLabel *m_blank;
    InlineMessage *m_message;
    QTableView *m_issueView;
    QTableView *m_rowView;
};
