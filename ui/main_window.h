#pragma once

#include "workspace.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

class ImportLauncher;
class MemberActions;
class MemberDetailPane;
class MemberExportLauncher;
class MemberFilterProxy;
class MemberSearchBar;
class MemberService;
class MemberTableModel;
class MemberTableView;
class QListView;
class QSplitter;
class RequestActivity;
class RosterContext;
class RunLogWindow;
class StatusReport;
class ThemeSwitcher;
class WorkspaceListModel;
class WorkspaceSwitcher;
class WorkspaceTableLayouts;
struct WorkspaceDialogContext;

// The Roster window: the workspaces on the left, the shown workspace's members in the middle
// (search, status filter, sortable table), the selected member's details and history on the
// right, what is in flight in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(RosterContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the workspace the preferences name, else the first one.
    void showInitialWorkspace();
    void showWorkspace(const QString &workspaceId);
    QString shownWorkspaceId() const { return m_workspace ? m_workspace->id : QString(); }

    MemberTableModel *memberModel() const { return m_model; }
    MemberFilterProxy *memberProxy() const { return m_proxy; }
    MemberTableView *memberTable() const { return m_table; }
    MemberActions *memberActions() const { return m_actions; }
    MemberSearchBar *searchBar() const { return m_search; }
    MemberDetailPane *detailPane() const { return m_detail; }
    ImportLauncher *imports() const { return m_imports; }

Q_SIGNALS:
    // The members of the shown workspace are in the table.
    void membersShown(const QString &workspaceId, qint64 count, qint64 elapsedMs);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildWidgets();
    void buildMenus();
    void reloadWorkspaces();
    void onServiceReady(const QString &workspaceId, MemberService *service, const QString &error);
    void attachService(MemberService *service);
    void refreshFromProvider();
    // A local roster never filled from a provider that can list: fill it, once a run.
    void fillEmptyRoster();
    void showSelection();
    // Shows the workspace if another one is shown, then selects the member once it is loaded.
    void showMember(const QString &workspaceId, const QString &email);
    void selectWantedMember();
    void chainFocus();
    void showShortcuts();
    WorkspaceDialogContext workspaceDialogContext();
    void addWorkspace();
    void editWorkspace();
    void showWorkspaceHistory();
    void showImportHistory();
    void exportMembers();
    void showPreferences();
    void showLog();
    void showAbout();
    void applyPreferences();
    void saveLayout();

    RosterContext &m_context;
    std::optional<Workspace> m_workspace;
    QPointer<MemberService> m_service;
    // The email of the member the detail pane shows; empty while it shows none.
    QString m_shownEmail;
    // The member to select once the shown workspace's members are loaded.
    QString m_wantedEmail;
    // A refresh's result, shown once the reload it causes is done.
    QString m_syncText;
    WorkspaceSwitcher *m_switcher = nullptr;
    WorkspaceListModel *m_workspaces;
    QListView *m_workspaceList;
    MemberTableModel *m_model;
    MemberFilterProxy *m_proxy;
    MemberSearchBar *m_search;
    MemberTableView *m_table;
    MemberDetailPane *m_detail;
    QSplitter *m_splitter;
    StatusReport *m_report;
    MemberActions *m_actions;
    ImportLauncher *m_imports;
    MemberExportLauncher *m_exports;
    RequestActivity *m_activity;
    QPointer<RunLogWindow> m_logWindow;
    QSet<QString> m_filledOnce;
    QAction *m_editWorkspace = nullptr;
    QAction *m_testWorkspace = nullptr;
    QAction *m_workspaceHistory = nullptr;
    QAction *m_importHistory = nullptr;
    QSet<QString> m_loadsLogged;
    std::unique_ptr<WorkspaceTableLayouts> m_tableLayouts;
    std::unique_ptr<ThemeSwitcher> m_theme;
};
