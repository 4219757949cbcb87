#pragma once

#include "audit_log.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class RosterDatabase;
class RunLog;
class StatusReport;

// Workspace → History…: everything Roster did in one workspace, who did it and from where,
// filterable by member, action, user and dates, sortable by any column, exportable to CSV.
// Non-modal, one per workspace (objectName() names the workspace; see objectNameFor()).
class WorkspaceHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    // `db` and `log` are not owned and must outlive the dialog.
    WorkspaceHistoryDialog(RosterDatabase &db, RunLog &log, const QString &workspaceId,
                           const QString &workspaceName, QWidget *parent = nullptr);

    static QString objectNameFor(const QString &workspaceId);

    // Reads the entries again, with the filters as they are (after an action was audited).
    void reload();
    // Writes the entries shown, in the order shown, to `path`; the result in the status bar.
    bool exportTo(const QString &path);

    // The newest entries the view holds at most; older ones are reached by the filters.
    static constexpr int MaxShown = 20000;

private:
    void chooseExportFile();
    AuditFilter filter() const;

    RosterDatabase &m_db;
    QString m_workspaceId;
    QString m_workspaceName;
    QLineEdit *m_member;
    QComboBox *m_action;
    QLineEdit *m_user;
    QDateEdit *m_since;
    QDateEdit *m_until;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QLabel *m_count;
    QPushButton *m_export = nullptr;
    StatusReport *m_report;
};
