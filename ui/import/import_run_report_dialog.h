#pragma once

#include "import_journal.h"
#include "import_row_loader.h"

#include <QDialog>
#include <QPointer>

class ImportRowModel;
class QLabel;
class QTableView;
class RosterDatabase;

// A past import run, read-only, as the import history opens it: the file with its SHA-256, the
// mode, who ran it and when, the rows counted, and every row with its plan, outcome and reason
// (read from the journal a page at a time, with the wizard's ImportRowModel). Non-modal.
class ImportRunReportDialog : public QDialog
{
    Q_OBJECT
public:
    // `db` is not owned and must outlive the dialog.
    ImportRunReportDialog(RosterDatabase &db, const ImportRunSummary &summary,
                          QWidget *parent = nullptr);
    ~ImportRunReportDialog() override;

    static QString objectNameFor(qint64 runId);

    ImportRowModel *rows() const { return m_rows; }
    bool isLoading() const { return m_loader != nullptr; }

private:
    QPointer<ImportRowLoader> m_loader;
    ImportRowModel *m_rows;
    QTableView *m_view;
    QLabel *m_problem;
};
