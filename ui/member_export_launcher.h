#pragma once

#include "export_scope_dialog.h"

#include <QObject>

class MemberFilterProxy;
class MemberTableModel;
class MemberTableView;
class StatusReport;
class QWidget;

// Member → Export to CSV: with members selected it asks which rows (ExportScopeDialog), else it
// exports the rows shown; the save dialog's title and the status bar say which and how many.
// Writes with a MemberExporter behind a cancellable progress dialog.
class MemberExportLauncher : public QObject
{
    Q_OBJECT
public:
    // None owned; `window` parents the dialogs.
    MemberExportLauncher(MemberTableModel *model, MemberFilterProxy *proxy, MemberTableView *table,
                         StatusReport *report, QWidget *window);

    // `workspaceName` names the file the save dialog proposes.
    void start(const QString &workspaceName);

private:
    QList<int> rowsOf(ExportScopeDialog::Scope scope) const;
    void chooseFile(ExportScopeDialog::Scope scope, const QString &workspaceName);
    void write(const QList<int> &rows, const QString &what, const QString &path);

    MemberTableModel *m_model;
    MemberFilterProxy *m_proxy;
    MemberTableView *m_table;
    StatusReport *m_report;
    QWidget *m_window;
};
