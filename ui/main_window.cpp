#include "main_window.h"

#include "about_dialog.h"
#include "api_session.h"
#include "api_task.h"
#include "app_icon.h"
#include "audit_log.h"
#include "audit_text.h"
#include "avatar_cache.h"
#include "clipboard_countdown.h"
#include "import_history_window.h"
#include "import_launcher.h"
#include "import_resume_banner.h"
#include "member_actions.h"
#include "member_detail_pane.h"
#include "member_export_launcher.h"
#include "member_filter_proxy.h"
#include "member_search_bar.h"
#include "member_service.h"
#include "member_table_model.h"
#include "member_table_view.h"
#include "preferences.h"
#include "preferences_dialog.h"
#include "request_activity.h"
#include "roster_context.h"
#include "roster_database.h"
#include "run_log.h"
#include "run_log_window.h"
#include "secret_clipboard.h"
#include "shortcut_list_dialog.h"
#include "status_report.h"
#include "theme.h"
#include "two_line_item_delegate.h"
#include "user_guide.h"
#include "workspace_connections.h"
#include "workspace_dialog.h"
#include "workspace_history_dialog.h"
#include "workspace_list_model.h"
#include "workspace_store.h"
#include "workspace_switcher.h"
#include "workspace_table_layouts.h"

#include <QApplication>
#include <QCloseEvent>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int HistoryLimit = 50;
} // namespace

MainWindow::MainWindow(RosterContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context),
      m_workspaces(new WorkspaceListModel(&context.connections(), this)),
      m_workspaceList(new QListView(this)), m_model(new MemberTableModel(this)),
      m_proxy(new MemberFilterProxy(this)), m_search(nullptr), m_table(new MemberTableView(this)),
      m_detail(new MemberDetailPane(this)), m_splitter(new QSplitter(this)),
      m_activity(new RequestActivity(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(context.isDemo() ? tr("Roster (demo)") : tr("Roster"));
    setWindowIcon(AppIcon::icon());
    m_proxy->setSourceModel(m_model);
    m_search = new MemberSearchBar(m_proxy, this);
    m_table->setProxy(m_proxy);
    m_table->setAvatarCache(&context.avatars());
    m_detail->setAvatarCache(&context.avatars());
    m_tableLayouts = std::make_unique<WorkspaceTableLayouts>(context.preferences(), *m_table);
    m_report = new StatusReport(statusBar(), context.log(), this);
    m_actions = new MemberActions(context, m_report, m_model, m_table, this);
    m_imports = new ImportLauncher(context.database(), *m_report, this);
    m_exports = new MemberExportLauncher(m_model, m_proxy, m_table, m_report, this);
    buildWidgets();
    buildMenus();
    applyPreferences();
    if (!restoreGeometry(context.preferences().windowGeometry()))
        resize(1280, 780);
    m_splitter->restoreState(context.preferences().splitterState());

    connect(m_actions, &MemberActions::refreshRequested, this, &MainWindow::refreshFromProvider);
    connect(m_actions, &MemberActions::importRequested, m_imports, &ImportLauncher::openWizard);
    connect(m_actions, &MemberActions::deactivateFromFileRequested, m_imports,
            &ImportLauncher::openDeactivateFromFile);
    m_imports->setPreferences(&context.preferences());
    connect(m_table, &MemberTableView::selectedMembersChanged, this, &MainWindow::showSelection);
    connect(m_actions, &MemberActions::memberWanted, this, &MainWindow::showMember);
    connect(m_search, &MemberSearchBar::resultsWanted, this, [this] {
        if (!m_table->focusFirstRow())
            m_report->show(tr("No member is shown."), StatusReport::InfoMs);
    });
    // A million rows sort on a worker thread: say so while it runs.
    connect(m_proxy, &MemberFilterProxy::sortingChanged, this, [this](bool sorting) {
        if (sorting)
            m_table->viewport()->setCursor(Qt::BusyCursor);
        else
            m_table->viewport()->unsetCursor();
    });
    // Only a change of the member the pane shows redraws it (a bulk action changes thousands).
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                if (m_shownEmail.isEmpty())
                    return;
                for (int row = from.row(); row <= to.row(); ++row) {
                    if (m_model->memberAt(row).email == m_shownEmail)
                        return showSelection();
                }
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::showSelection);
    connect(m_model, &MemberTableModel::loadStarted, this,
            [this] { m_report->show(tr("Loading members…")); });
    connect(m_model, &MemberTableModel::loadFinished, this, [this](qint64 count, qint64 ms) {
        if (!m_syncText.isEmpty())
            m_report->info(std::exchange(m_syncText, QString()));
        else {
            const QString loaded =
                tr("Loaded %n members of %1 in %2 ms.", nullptr, int(count))
                    .arg(m_workspace ? m_workspace->name : QString(), QString::number(ms));
            // Logged at a workspace's first load only: switching back adds nothing to the log.
            if (m_loadsLogged.contains(m_model->workspaceId())) {
                m_report->show(loaded, StatusReport::InfoMs);
            } else {
                m_loadsLogged.insert(m_model->workspaceId());
                m_report->info(loaded);
            }
        }
        selectWantedMember();
        Q_EMIT membersShown(m_model->workspaceId(), count, ms);
        fillEmptyRoster();
    });
    connect(m_model, &MemberTableModel::loadFailed, m_report, &StatusReport::error);
    connect(&m_context.connections(), &WorkspaceConnections::syncingChanged, this,
            &MainWindow::fillEmptyRoster);
    reloadWorkspaces();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildWidgets()
{
    auto *sidebar = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(sidebar);
    sideLayout->setContentsMargins(6, 6, 0, 6);
    auto *title = new QLabel(tr("&Workspaces"), sidebar);
    title->setBuddy(m_workspaceList);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    sideLayout->addWidget(title);
    m_workspaceList->setObjectName(u"workspaceList"_s);
    m_workspaceList->setAccessibleName(tr("Workspaces"));
    m_workspaceList->setModel(m_workspaces);
    m_workspaceList->setItemDelegate(
        new TwoLineItemDelegate(WorkspaceListModel::SubtitleRole, m_workspaceList));
    m_workspaceList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    sideLayout->addWidget(m_workspaceList, 1);
    auto *addWorkspace = new QPushButton(tr("Add workspace…"), sidebar);
    addWorkspace->setObjectName(u"addWorkspaceButton"_s);
    connect(addWorkspace, &QPushButton::clicked, this, &MainWindow::addWorkspace);
    sideLayout->addWidget(addWorkspace);
    connect(m_workspaceList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QString id = current.data(WorkspaceListModel::WorkspaceIdRole).toString();
                if (!id.isEmpty() && id != shownWorkspaceId())
                    showWorkspace(id);
            });
    connect(m_workspaceList, &QListView::doubleClicked, this, &MainWindow::editWorkspace);

    auto *center = new QWidget(this);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 6, 0, 6);
    centerLayout->addWidget(m_search);
    centerLayout->addWidget(m_imports->banner());
    centerLayout->addWidget(m_table, 1);
    m_table->addActions(m_actions->tableActions());
    m_table->addActions(m_actions->groupActions());

    m_detail->setActions(m_actions->tableActions());
    m_detail->setMinimumWidth(260);

    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(sidebar);
    m_splitter->addWidget(center);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({220, 760, 300});
    // The sidebar and the details give way to the table on a small screen (dragged shut, and
    // open again from the window's edge); the table never goes.
    m_splitter->setCollapsible(0, true);
    m_splitter->setCollapsible(1, false);
    m_splitter->setCollapsible(2, true);
    setCentralWidget(m_splitter);
    chainFocus();

    statusBar()->addPermanentWidget(new ClipboardCountdown(&m_context.clipboard(), this));
    statusBar()->addPermanentWidget(m_activity);
}

void MainWindow::buildMenus()
{
    QMenu *workspace = menuBar()->addMenu(tr("&Workspace"));
    QAction *add = workspace->addAction(tr("&Add workspace…"), this, &MainWindow::addWorkspace);
    add->setObjectName(u"addWorkspaceAction"_s);
    add->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    m_editWorkspace =
        workspace->addAction(tr("&Edit or remove workspace…"), this, &MainWindow::editWorkspace);
    m_editWorkspace->setObjectName(u"editWorkspaceAction"_s);
    m_testWorkspace = workspace->addAction(tr("&Test connection"), this, [this] {
        if (!m_workspace)
            return;
        m_report->show(tr("Testing the connection to %1: its state shows in the sidebar.")
                           .arg(m_workspace->name),
                       StatusReport::InfoMs);
        m_context.connections().check(*m_workspace);
    });
    m_testWorkspace->setObjectName(u"testWorkspaceAction"_s);
    m_workspaceHistory =
        workspace->addAction(tr("&History…"), this, &MainWindow::showWorkspaceHistory);
    m_workspaceHistory->setObjectName(u"workspaceHistoryAction"_s);
    workspace->addSeparator();
    m_switcher = new WorkspaceSwitcher(workspace, this);
    QAction *quit = workspace->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    connect(m_switcher, &WorkspaceSwitcher::switchRequested, this, &MainWindow::showWorkspace);

    QMenu *member = menuBar()->addMenu(tr("&Member"));
    member->addAction(m_actions->add());
    member->addAction(m_actions->edit());
    member->addSeparator();
    member->addAction(m_actions->copyLink());
    member->addAction(m_actions->quickLink());
    member->addSeparator();
    member->addAction(m_actions->deactivate());
    member->addAction(m_actions->reactivate());
    member->addSeparator();
    member->addAction(m_actions->addToGroup());
    member->addAction(m_actions->removeFromGroup());
    member->addSeparator();
    member->addAction(m_actions->importMembers());
    member->addAction(m_actions->deactivateFromFile());
    m_importHistory =
        member->addAction(tr("Import &history…"), this, &MainWindow::showImportHistory);
    m_importHistory->setObjectName(u"importHistoryAction"_s);
    member->addAction(m_actions->refresh());
    QAction *exportCsv = member->addAction(tr("E&xport to CSV…"), this, &MainWindow::exportMembers);
    exportCsv->setObjectName(u"exportMembersAction"_s);
    exportCsv->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find member"), m_search, &MemberSearchBar::focusSearch);
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(u"findAction"_s);
    QAction *log = view->addAction(tr("Application &log"), this, &MainWindow::showLog);
    log->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_G);
    log->setObjectName(u"showLogAction"_s);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *preferences =
        settings->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setObjectName(u"preferencesAction"_s);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts =
        help->addAction(tr("&Keyboard shortcuts…"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(u"keyboardShortcutsAction"_s);
    help->setToolTipsVisible(true);
    help->addAction(
        UserGuide::makeAction(this, [this](const QString &problem) { m_report->error(problem); }));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Roster"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(u"aboutQtAction"_s);
    aboutQt->setMenuRole(QAction::AboutQtRole);

    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_actions->add());
    toolbar->addAction(m_actions->importMembers());
    toolbar->addAction(m_actions->copyLink());
    toolbar->addAction(m_actions->quickLink());
    toolbar->addAction(m_actions->deactivate());
    toolbar->addAction(m_actions->reactivate());
    toolbar->addAction(m_actions->refresh());
}

void MainWindow::reloadWorkspaces()
{
    QString error;
    if (!m_context.workspaces().load(&error))
        m_report->error(error);
    m_workspaces->setWorkspaces(m_context.workspaces().workspaces());
    m_switcher->setWorkspaces(m_context.workspaces().workspaces());
    const bool any = !m_context.workspaces().workspaces().isEmpty();
    m_editWorkspace->setEnabled(any);
    m_testWorkspace->setEnabled(any);
    // Empty: the default tooltip, the action's text.
    const QString noneYet = any ? QString() : tr("Add a workspace first.");
    m_editWorkspace->setToolTip(noneYet);
    m_testWorkspace->setToolTip(noneYet);
    m_workspaceHistory->setEnabled(any);
    m_workspaceHistory->setToolTip(any ? tr("Who did what in this workspace, when, from where.")
                                       : tr("Add a workspace first: history is per workspace."));
    m_importHistory->setEnabled(any);
    m_importHistory->setToolTip(any ? tr("The imports of this workspace: when, who, which file, "
                                         "what they did.")
                                    : tr("Add a workspace first: imports are per workspace."));
}

void MainWindow::showInitialWorkspace()
{
    const QList<Workspace> &all = m_context.workspaces().workspaces();
    if (all.isEmpty()) {
        m_detail->showNothing(0);
        m_report->show(tr("Add a workspace to begin: Workspace → Add workspace."));
        return;
    }
    QString preferred = m_context.preferences().defaultWorkspaceId();
    if (preferred.isEmpty())
        preferred = m_context.preferences().lastWorkspaceId();
    showWorkspace(m_context.workspaces().findById(preferred) ? preferred : all.first().id);
}

void MainWindow::showWorkspace(const QString &workspaceId)
{
    const std::optional<Workspace> workspace = m_context.workspaces().findById(workspaceId);
    if (!workspace)
        return;
    m_workspace = workspace;
    m_wantedEmail.clear();
    m_context.preferences().setLastWorkspaceId(workspaceId);
    m_service = nullptr;
    m_actions->setService(nullptr);
    m_activity->setPacer(nullptr);
    const int row = m_workspaces->rowOf(workspaceId);
    m_workspaceList->setCurrentIndex(m_workspaces->index(row));
    setWindowTitle(
        (m_context.isDemo() ? tr("%1 — Roster (demo)") : tr("%1 — Roster")).arg(workspace->name));
    m_tableLayouts->show(workspaceId, workspace->provider);
    m_model->load(m_context.paths().databaseFile, workspaceId);
    m_imports->showWorkspace(workspaceId, nullptr);
    WorkspaceConnections &connections = m_context.connections();
    if (connections.state(workspaceId) == WorkspaceConnections::State::Unknown)
        connections.check(*workspace);
    connections.service(*workspace,
                        [this, workspaceId](MemberService *service, const QString &error) {
                            onServiceReady(workspaceId, service, error);
                        });
}

void MainWindow::onServiceReady(const QString &workspaceId, MemberService *service,
                                const QString &error)
{
    if (workspaceId != shownWorkspaceId())
        return;
    if (!service)
        return m_report->warning(error);
    attachService(service);
}

void MainWindow::attachService(MemberService *service)
{
    if (m_service == service)
        return;
    m_service = service;
    m_context.log().addSecret(service->session()->apiKey());
    m_actions->setService(service);
    m_activity->setPacer(service->session()->pacer());
    fillEmptyRoster();
    m_imports->showWorkspace(service->workspace().id, service);
    // Each service is attached once per window: connections made here last as long as it.
    if (service->property("rosterWindowAttached").toBool())
        return;
    service->setProperty("rosterWindowAttached", true);
    const QString id = service->workspace().id;
    connect(service, &MemberService::memberStored, this, [this, id](const MemberRecord &member) {
        if (m_model->workspaceId() == id)
            m_model->upsert(member);
    });
    connect(service, &MemberService::rosterSynced, this, [this, id] {
        if (m_model->workspaceId() == id)
            m_model->load(m_context.paths().databaseFile, id);
    });
    const QString name = service->workspace().name;
    connect(
        service, &MemberService::auditRecorded, this, [this, id, name](const AuditEntry &entry) {
            if (entry.outcome == AuditOutcome::Failed)
                m_context.log().warning(tr("%1 failed in %2%3: %4")
                                            .arg(AuditText::action(entry.action), name,
                                                 entry.memberEmail.isEmpty()
                                                     ? QString()
                                                     : u" ("_s + entry.memberEmail + u')',
                                                 entry.detail));
            if (auto *history =
                    findChild<WorkspaceHistoryDialog *>(WorkspaceHistoryDialog::objectNameFor(id)))
                history->reload();
            if (shownWorkspaceId() == id && !m_shownEmail.isEmpty() &&
                entry.memberEmail.compare(m_shownEmail, Qt::CaseInsensitive) == 0)
                showSelection();
        });
    connect(service, &MemberService::storeFailed, m_report, &StatusReport::error);
}

void MainWindow::fillEmptyRoster()
{
    // Once a run per workspace: a community that is empty at the provider stays empty here.
    if (!m_service || m_model->isLoading() || m_model->rowCount() > 0 ||
        m_model->workspaceId() != m_service->workspace().id ||
        !m_service->capabilities().supports(MemberOperation::List) ||
        m_filledOnce.contains(m_service->workspace().id) || !m_actions->refresh()->isEnabled())
        return;
    m_filledOnce.insert(m_service->workspace().id);
    refreshFromProvider();
}

void MainWindow::refreshFromProvider()
{
    if (!m_service || !m_actions->refresh()->isEnabled())
        return;
    const QString name = m_service->workspace().name;
    QPointer<MainWindow> self(this);
    // Lives as long as the sync: its progress reaches the status bar until then.
    QPointer<QObject> progress = new QObject(this);
    ApiTask *task = m_service->sync([self, name, progress](const Result<SyncSummary> &synced) {
        // Gone with the window when it closed first.
        if (progress)
            progress->deleteLater();
        if (!self)
            return;
        self->m_actions->updateEnabled();
        if (synced.error.kind == ApiErrorKind::Cancelled)
            return self->m_report->info(
                tr("Refreshing %1 was cancelled: the local roster is as it was.").arg(name));
        if (!synced.ok())
            return self->m_report->warning(
                tr("Refreshing %1 failed: %2").arg(name, synced.error.message));
        // A roster that changed is reloaded: its result outlasts the reload's own message.
        const QString text = u"%1: %2"_s.arg(name, synced.value.text());
        if (self->m_model->isLoading())
            self->m_syncText = text;
        else
            self->m_report->info(text);
    });
    QPointer<ApiTask> running(task);
    m_report->offer(RunLog::Level::Info,
                    tr("Reading every member of %1 from %2…")
                        .arg(name, providerDisplayName(m_service->workspace().provider)),
                    tr("&Cancel"), u"cancelRefresh"_s, [running] {
                        if (running)
                            running->cancel();
                    });
    auto shown = std::make_shared<QElapsedTimer>();
    connect(
        m_service, &MemberService::syncProgress, progress,
        [self, name, shown](const ListingProgress &read) {
            // A few times a second is enough for the eye.
            if (shown->isValid() && shown->elapsed() < 250)
                return;
            shown->start();
            self->m_report->updateOffer(
                tr("Reading members of %1… %2").arg(name, QLocale().toString(read.membersRead)));
        });
}

void MainWindow::showSelection()
{
    const QList<int> rows = m_table->selectedSourceRows();
    if (rows.size() != 1 || !m_workspace) {
        m_shownEmail.clear();
        m_detail->showNothing(int(rows.size()));
        return;
    }
    const MemberRecord member = m_model->memberAt(rows.first());
    m_shownEmail = member.email;
    QString error;
    const std::optional<QList<AuditEntry>> history =
        AuditLog(m_context.database()).list(m_workspace->id, member.email, HistoryLimit, &error);
    if (!history)
        m_context.log().warning(error);
    m_detail->showMember(member, history.value_or(QList<AuditEntry>()));
}

void MainWindow::showMember(const QString &workspaceId, const QString &email)
{
    if (workspaceId != shownWorkspaceId())
        showWorkspace(workspaceId);
    m_wantedEmail = email;
    selectWantedMember();
}

void MainWindow::selectWantedMember()
{
    if (m_wantedEmail.isEmpty() || m_model->isLoading() ||
        m_model->workspaceId() != shownWorkspaceId())
        return;
    const int row = m_model->rowOfEmail(std::exchange(m_wantedEmail, QString()));
    if (row < 0)
        return;
    // A member the search hides is shown again.
    if (m_proxy->proxyRow(row) < 0)
        m_search->clearFilters();
    m_table->selectSourceRow(row);
    m_table->setFocus(Qt::OtherFocusReason);
}

void MainWindow::chainFocus()
{
    // Sidebar, then search and filters, the table, the pane: left to right, as they are seen.
    QList<QWidget *> chain{m_workspaceList};
    chain << m_search->focusChain() << m_table << m_detail->focusChain();
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutListDialog(menuBar(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

WorkspaceDialogContext MainWindow::workspaceDialogContext()
{
    return {&m_context.workspaces(), &m_context.keyStore(), &m_context.sessionKeys(),
            &m_context.opener(),     &m_context.database(), m_context.isDemo()};
}

void MainWindow::addWorkspace()
{
    auto *dialog = new WorkspaceDialog(workspaceDialogContext(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WorkspaceDialog::workspaceSaved, this, [this](const Workspace &workspace) {
        reloadWorkspaces();
        m_report->info(tr("Added workspace %1.").arg(workspace.name));
        showWorkspace(workspace.id);
    });
    dialog->open();
}

void MainWindow::editWorkspace()
{
    if (!m_workspace)
        return;
    auto *dialog = new WorkspaceDialog(workspaceDialogContext(), *m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &WorkspaceDialog::workspaceSaved, this, [this](const Workspace &workspace) {
        m_context.connections().close(workspace.id);
        reloadWorkspaces();
        m_report->info(tr("Saved workspace %1.").arg(workspace.name));
        m_workspace.reset();
        showWorkspace(workspace.id);
    });
    connect(dialog, &WorkspaceDialog::workspaceRemoved, this,
            [this](const Workspace &workspace, const QString &warning) {
                m_context.connections().close(workspace.id);
                m_report->info(tr("Removed workspace %1.").arg(workspace.name));
                if (!warning.isEmpty())
                    m_report->warning(warning);
                m_tableLayouts->forget(workspace.id);
                m_workspace.reset();
                m_model->clear();
                reloadWorkspaces();
                showInitialWorkspace();
            });
    dialog->open();
}

void MainWindow::showWorkspaceHistory()
{
    if (!m_workspace)
        return m_report->show(tr("Add a workspace first: history is per workspace."),
                              StatusReport::InfoMs);
    const QString name = WorkspaceHistoryDialog::objectNameFor(m_workspace->id);
    auto *dialog = findChild<WorkspaceHistoryDialog *>(name);
    if (!dialog) {
        dialog = new WorkspaceHistoryDialog(m_context.database(), m_context.log(), m_workspace->id,
                                            m_workspace->name, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showImportHistory()
{
    if (!m_workspace)
        return m_report->show(tr("Add a workspace first: imports are per workspace."),
                              StatusReport::InfoMs);
    const QString name = ImportHistoryWindow::objectNameFor(m_workspace->id);
    auto *window = findChild<ImportHistoryWindow *>(name);
    if (window) {
        window->reload();
    } else {
        window = new ImportHistoryWindow(m_context.database(), m_context.log(), m_workspace->id,
                                         m_workspace->name, this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        connect(window, &ImportHistoryWindow::undoRequested, this,
                [this, id = m_workspace->id, name = m_workspace->name](qint64 runId) {
                    if (!m_workspace || m_workspace->id != id)
                        return m_report->show(
                            tr("Show %1 in the window to undo its imports.").arg(name),
                            StatusReport::InfoMs);
                    m_imports->openUndo(runId);
                });
    }
    window->show();
    window->raise();
    window->activateWindow();
}

void MainWindow::exportMembers()
{
    if (!m_workspace)
        return m_report->show(tr("No members to export."), StatusReport::InfoMs);
    m_exports->start(m_workspace->name);
}

void MainWindow::showPreferences()
{
    auto *dialog =
        new PreferencesDialog(m_context.preferences(), m_context.workspaces().workspaces(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::applied, this, &MainWindow::applyPreferences);
    dialog->open();
}

void MainWindow::applyPreferences()
{
    Preferences &preferences = m_context.preferences();
    if (!m_theme)
        m_theme = std::make_unique<ThemeSwitcher>();
    m_theme->apply(preferences.theme());
    m_table->setDensity(preferences.density());
    m_context.clipboard().setTimeout(std::chrono::seconds(preferences.clipboardSeconds()));
}

void MainWindow::showLog()
{
    if (!m_logWindow) {
        m_logWindow = new RunLogWindow(&m_context.log(), this);
        m_logWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_logWindow->show();
    m_logWindow->raise();
    m_logWindow->activateWindow();
}

void MainWindow::showAbout()
{
    auto *about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::saveLayout()
{
    Preferences &preferences = m_context.preferences();
    preferences.setWindowGeometry(saveGeometry());
    preferences.setSplitterState(m_splitter->saveState());
    m_tableLayouts->save();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}
