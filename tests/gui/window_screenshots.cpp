// Screenshots of the Roster window on the demo, for docs/screenshots/: the member table with a
// member selected (most Heartbeat members given a picture first, DemoPictures), the quick-link
// palette, the log window, the preferences, a bulk action refused while an import holds the
// workspace, an edit refused while another process syncs, a refresh's progress beside Cancel (with
// why Add member is disabled) and the offer to resume an import that stopped, in light and dark.
// Run it under Xvfb (QT_QPA_PLATFORM=xcb) so that the palette, a popup window, is on the screen:
//   xvfb-run -a -s "-screen 0 1440x900x24" window_screenshots OUTPUT_DIR [--dark]
#include "api_session.h"
#include "automatic_import_settings.h"
#include "avatar_cache.h"
#include "confirm_member_action_dialog.h"
#include "demo_environment.h"
#include "demo_pictures.h"
#include "demo_session.h"
#include "dialog_test_helpers.h"
#include "import_journal.h"
#include "import_launcher.h"
#include "import_planner.h"
#include "main_window.h"
#include "member_actions.h"
#include "member_dialog.h"
#include "member_filter_proxy.h"
#include "member_service.h"
#include "member_table_model.h"
#include "member_table_view.h"
#include "preferences_dialog.h"
#include "request_pacer.h"
#include "roster_context.h"
#include "roster_database.h"
#include "run_log_window.h"
#include "screenshot_support.h"
#include "shortcut_list_dialog.h"
#include "workspace_lock.h"
#include "workspace_store.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace {
// The window with whatever pops up over it, as the screen shows it.
bool saveScreenArea(QWidget &window, const QString &path)
{
    QTest::qWait(300);
    const QRect area = window.frameGeometry();
    const QPixmap shot =
        window.screen()->grabWindow(0, area.x(), area.y(), area.width(), area.height());
    const bool saved = shot.save(path);
    qInfo("%s %s", saved ? "wrote" : "could not write", qPrintable(path));
    return saved;
}

// Whether every picture of the rows on screen is here, or cannot be had.
bool picturesShown(MainWindow &window, RosterContext &context)
{
    MemberTableView *table = window.memberTable();
    const int first = table->rowAt(0);
    const int last = table->rowAt(table->viewport()->height() - 1);
    for (int row = std::max(0, first); row <= last && row >= 0; ++row) {
        const QString url =
            window.memberProxy()->index(row, 0).data(MemberTableModel::AvatarUrlRole).toString();
        if (!url.isEmpty() && !context.avatars().has(url) &&
            context.avatars().problem(url).isEmpty())
            return false;
    }
    return true;
}

// The window on each provider's demo workspace, a member selected, at the default 1280 × 800
// and at 1024 × 700 with the sidebar dragged shut, as the table needs it there:
// main-window-PROVIDER-WIDTH.png; main-window.png is Heartbeat's at 1280.
bool saveMainWindows(MainWindow &window, RosterContext &context, const ScreenshotSetup &setup)
{
    bool ok = true;
    for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
        window.resize(size);
        auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
        const QList<int> sizes = splitter->sizes();
        if (size.width() < 1280)
            splitter->setSizes({0, sizes.at(0) + sizes.at(1), sizes.at(2)});
        for (const Workspace &workspace : context.workspaces().workspaces()) {
            window.showWorkspace(workspace.id);
            ok &= QTest::qWaitFor(
                [&] {
                    return !window.memberModel()->isLoading() &&
                           window.memberModel()->workspaceId() == workspace.id &&
                           window.memberModel()->rowCount() > 0;
                },
                30'000);
            window.memberTable()->sortByColumn(MemberTableModel::Name, Qt::AscendingOrder);
            window.memberTable()->selectSourceRow(
                window.memberModel()->rowOfEmail(window.memberModel()->memberAt(7).email));
            ok &= QTest::qWaitFor([&] { return picturesShown(window, context); }, 30'000);
            const QString provider = providerId(workspace.provider);
            ok &= saveScreenArea(
                window, setup.path(u"main-window-%1-%2"_s.arg(provider).arg(size.width())));
            if (workspace.provider == Provider::Heartbeat && size.width() == 1280)
                ok &= saveScreenArea(window, setup.path(u"main-window"_s));
        }
    }
    window.resize(1280, 800);
    window.findChild<QSplitter *>(u"mainSplitter"_s)->setSizes({220, 760, 300});
    return ok;
}

// The quick-link palette over the window at 1280 × 800 with a query that matches members of
// several workspaces (the shown one first): quick-link-palette.png.
bool saveQuickLinkPalette(MainWindow &window, const ScreenshotSetup &setup, QSize size,
                          const QString &name)
{
    window.resize(size);
    QTest::qWait(100);
    window.memberActions()->quickLink()->trigger();
    auto *query = window.findChild<QLineEdit *>(u"quickLinkQuery"_s);
    auto *matches = window.findChild<QListWidget *>(u"quickLinkMatches"_s);
    if (!query || !matches)
        return false;
    // The workspaces among the first rows a query shows; the other rosters load meanwhile.
    constexpr int WorkspaceRole = Qt::UserRole + 3;
    auto workspacesShown = [matches] {
        QSet<QString> shown;
        for (int i = 0; i < std::min(7, matches->count()); ++i)
            shown << matches->item(i)->data(WorkspaceRole).toString();
        return shown.size();
    };
    bool found = false;
    for (int row = 0; row < window.memberModel()->rowCount() && !found; ++row) {
        const QString name = window.memberModel()->memberAt(row).firstName.left(4);
        if (name.size() < 3)
            continue;
        query->setText(name);
        found = QTest::qWaitFor([&] { return workspacesShown() >= 2; }, 500);
    }
    const bool saved = found && saveScreenArea(window, setup.path(name));
    QTest::keyClick(query, Qt::Key_Escape);
    return saved;
}
// A bulk deactivation asked for while an import holds the workspace (another roster-cli, here
// a second connection to the roster): nothing is asked, and the status bar names the import.
bool saveBulkActionRefused(MainWindow &window, RosterContext &context, const ScreenshotSetup &setup)
{
    RosterDatabase other(context.paths().databaseFile);
    QString error;
    if (!other.open(&error))
        return false;
    WorkspaceLock import(other, window.shownWorkspaceId());
    WorkspaceLockHolder holder;
    if (import.tryTake(WorkspaceWork::Import, u"new-members.csv"_s, &holder, &error) !=
        WorkspaceLock::Outcome::Taken)
        return false;
    MemberFilterProxy *proxy = window.memberProxy();
    window.memberTable()->clearSelection();
    const int top = std::max(0, window.memberTable()->rowAt(0));
    for (int row = top + 2; row < top + 6; ++row)
        window.memberTable()->selectionModel()->select(
            proxy->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    window.memberActions()->deactivate()->trigger();
    const bool refused =
        window.findChildren<ConfirmMemberActionDialog *>().isEmpty() &&
        QTest::qWaitFor(
            [&] { return window.statusBar()->currentMessage().startsWith(u"An import of"_s); },
            10'000);
    const bool saved = refused && saveScreenArea(window, setup.path(u"bulk-action-refused"_s));
    window.statusBar()->clearMessage();
    window.memberTable()->clearSelection();
    return saved;
}

// Edit member asked for while another process syncs (here a second connection to the roster,
// naming the sync as a sync does): no dialog opens, and the status bar names the sync.
bool saveEditRefusedWhileSyncing(MainWindow &window, RosterContext &context,
                                 const ScreenshotSetup &setup)
{
    RosterDatabase other(context.paths().databaseFile);
    QString error;
    if (!other.open(&error))
        return false;
    const std::optional<Workspace> shown = context.workspaces().findById(window.shownWorkspaceId());
    WorkspaceLock sync(other, window.shownWorkspaceId());
    if (!shown || sync.tryTake(WorkspaceWork::Sync, shown->name, nullptr, &error) !=
                      WorkspaceLock::Outcome::Taken)
        return false;
    window.memberTable()->clearSelection();
    const int top = std::max(0, window.memberTable()->rowAt(0));
    window.memberTable()->selectionModel()->select(window.memberProxy()->index(top + 2, 0),
                                                   QItemSelectionModel::Select |
                                                       QItemSelectionModel::Rows);
    window.memberActions()->edit()->trigger();
    const bool refused = window.findChildren<MemberDialog *>().isEmpty() &&
                         QTest::qWaitFor(
                             [&] {
                                 return window.statusBar()->currentMessage().startsWith(
                                     u"Roster is reading the members of"_s);
                             },
                             10'000);
    const bool saved =
        refused && saveScreenArea(window, setup.path(u"edit-refused-while-syncing"_s));
    window.statusBar()->clearMessage();
    window.memberTable()->clearSelection();
    return saved;
}

// A refresh under way, the status bar telling how far it has read beside Cancel, at 1280 × 800
// and 1024 × 700: refresh-progress-WIDTH.png. The demo's 200 members are read in a blink, so the
// request is held back (the key's pacer paused) and the progress of a large community is told
// to the window as the service would; the actions that write the roster are disabled, Add
// member's tooltip saying why; then Cancel is clicked.
bool saveRefreshProgress(MainWindow &window, const ScreenshotSetup &setup, QSize size)
{
    window.resize(size);
    MemberService *service = window.memberActions()->service();
    if (!service)
        return false;
    // A member selected: only the refresh disables what acts on them.
    window.memberTable()->selectSourceRow(0);
    service->session()->pacer()->pauseFor(5'000);
    window.memberActions()->refresh()->trigger();
    QTest::qWait(300);
    ListingProgress read;
    read.membersRead = 312'000;
    Q_EMIT service->syncProgress(read);
    const bool shown = QTest::qWaitFor(
        [&] { return window.statusBar()->currentMessage().contains(u"312"_s); }, 5'000);
    QAction *add = window.memberActions()->add();
    auto *toolbar = window.findChild<QToolBar *>(u"mainToolbar"_s);
    QWidget *button = toolbar ? toolbar->widgetForAction(add) : nullptr;
    if (button)
        QToolTip::showText(button->mapToGlobal(QPoint(button->width() / 2, button->height())),
                           add->toolTip(), button);
    const bool saved =
        shown && button && !add->isEnabled() &&
        saveScreenArea(window, setup.path(u"refresh-progress-%1"_s.arg(size.width())));
    QToolTip::hideText();
    window.memberTable()->clearSelection();
    auto *cancel = window.findChild<QPushButton *>(u"cancelRefresh"_s);
    if (cancel)
        cancel->click();
    const bool cancelled = QTest::qWaitFor(
        [&] { return window.statusBar()->currentMessage().contains(u"cancelled"_s); }, 10'000);
    window.statusBar()->clearMessage();
    return saved && cancel && cancelled;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const ScreenshotSetup setup("window_screenshots");
    if (!setup.isValid())
        return 2;

    DemoEnvironment demo;
    QString error;
    if (!demo.start(0, &error)) {
        qCritical("%s", qPrintable(error));
        return 1;
    }
    RosterContext context(DemoSession::paths(demo));
    if (!context.open(&error)) {
        qCritical("%s", qPrintable(error));
        return 1;
    }
    DemoSession::giveKeys(context, demo);
    qInfo("gave %d demo members a picture",
          DemoPictures::give(demo.baseUrl(), demo.key().toUtf8()));
    MainWindow window(context);
    window.resize(1280, 800);
    window.move(10, 20);
    window.show();
    window.showInitialWorkspace();
    bool ok = QTest::qWaitFor(
        [&] {
            return window.memberModel()->rowCount() == DemoEnvironment::MembersPerProvider &&
                   window.memberActions()->service();
        },
        30'000);
    ok &= saveMainWindows(window, context, setup);
    window.showWorkspace(context.workspaces().workspaces().constFirst().id);
    ok &= QTest::qWaitFor(
        [&] {
            return window.memberModel()->rowCount() == DemoEnvironment::MembersPerProvider &&
                   window.memberActions()->service();
        },
        30'000);
    window.memberTable()->sortByColumn(MemberTableModel::Name, Qt::AscendingOrder);
    window.memberTable()->selectSourceRow(
        window.memberModel()->rowOfEmail(window.memberModel()->memberAt(7).email));
    window.memberActions()->copyLink()->trigger();

    ok &= saveQuickLinkPalette(window, setup, {1024, 700}, u"quick-link-palette-1024"_s);
    ok &= saveQuickLinkPalette(window, setup, {1280, 800}, u"quick-link-palette"_s);
    {
        ShortcutListDialog shortcuts(window.menuBar(), &window);
        shortcuts.show();
        ok &= saveScreenshot(shortcuts, setup.path(u"keyboard-shortcuts"_s));
    }

    RunLogWindow log(&context.log());
    log.show();
    ok &= saveScreenshot(log, setup.path(u"log-window"_s));

    PreferencesDialog preferences(context.preferences(), context.workspaces().workspaces());
    preferences.show();
    ok &= saveScreenshot(preferences, setup.path(u"preferences-dialog"_s));

    log.hide();
    preferences.hide();
    window.raise();
    window.activateWindow();
    ok &= saveBulkActionRefused(window, context, setup);
    ok &= saveEditRefusedWhileSyncing(window, context, setup);
    for (const QSize size : {QSize(1280, 800), QSize(1024, 700)})
        ok &= saveRefreshProgress(window, setup, size);
    window.resize(1280, 800);

    // An import that stopped half-way (as a crash leaves it), offered above the table.
    QTemporaryDir files;
    const QString csv = files.filePath(u"new-members.csv"_s);
    QFile file(csv);
    QString text = u"Email,Full name,Role\n"_s;
    for (int i = 0; i < 120; ++i)
        text += u"newcomer.%1@example.com,Newcomer %1,Member\n"_s.arg(i);
    ok &= file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0;
    file.close();
    ImportPlanner planner(window.memberActions()->service(), context.database(),
                          automaticImportSettings(csv));
    QSignalSpy planned(&planner, &ImportPlanner::finished);
    planner.start();
    ok &= QTest::qWaitFor([&] { return !planned.isEmpty(); }, 30'000);
    if (!planned.isEmpty()) {
        const qint64 runId = planned.first().first().toLongLong();
        ImportJournal journal(context.database());
        ok &= journal.setRunState(runId, ImportRunState::Running, &error);
        const QList<ImportRowEntry> rows =
            journal.rows(runId, std::nullopt, &error).value_or(QList<ImportRowEntry>());
        for (int i = 0; i < 45 && i < rows.size(); ++i)
            ok &= journal.finishRow(runId, rows.at(i).line, ImportOutcome::Created, {}, &error);
        window.imports()->checkUnfinished();
        ok &= saveScreenArea(window, setup.path(u"import-resume-banner"_s));
    }
    return ok ? 0 : 1;
}
