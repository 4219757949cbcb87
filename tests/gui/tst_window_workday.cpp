// The window through a working day, offscreen, against a real roster-sandbox with two
// workspaces (Heartbeat, then Forward): the details pane and the actions never act on a member
// the search hides; every member and workspace action, in every state, either shows something
// or says why it cannot; the keyboard path from the search box to the editor; Ctrl+1…9 and the
// last workspace remembered; the shortcut list; the quick-link palette across workspaces in
// nine keys or fewer; the refresh's result and which rows an export writes.
#include "dialog_test_helpers.h"
#include "export_scope_dialog.h"
#include "main_window.h"
#include "member_actions.h"
#include "member_detail_pane.h"
#include "member_dialog.h"
#include "member_filter_proxy.h"
#include "member_search_bar.h"
#include "member_table_model.h"
#include "member_table_view.h"
#include "preferences.h"
#include "sandbox_workspace.h"
#include "shortcut_list_dialog.h"
#include "window_fixture.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using DialogTest::find;
using DialogTest::type;

class TestWindowWorkday : public QObject
{
    Q_OBJECT

    static constexpr int SeededMembers = 12;

    std::unique_ptr<WindowFixture> m_fixture;
    QString m_heartbeatId;
    QString m_forwardId;

    RosterPaths paths() const { return m_fixture->paths(); }

    // Both workspaces in the store, their keys for this session; no window yet.
    bool openContext(const QList<Workspace> &workspaces = {})
    {
        if (!m_fixture->openContext(workspaces))
            return false;
        m_fixture->context().preferences().setClipboardSeconds(30);
        return true;
    }

    bool openWindow()
    {
        m_fixture->createWindow()->resize(1280, 800);
        return m_fixture->showWindow() && waitUntilReady();
    }

    MainWindow *window() const { return m_fixture->window(); }

    // The shown workspace connected and its members in the table.
    bool waitUntilReady()
    {
        return QTest::qWaitFor(
            [this] {
                return window()->memberActions()->service() && !model()->isLoading() &&
                       model()->rowCount() == SeededMembers &&
                       model()->workspaceId() == window()->shownWorkspaceId();
            },
            20000);
    }

    bool showWorkspace(const QString &id)
    {
        window()->showWorkspace(id);
        return waitUntilReady();
    }

    MemberTableModel *model() const { return window()->memberModel(); }
    MemberFilterProxy *proxy() const { return window()->memberProxy(); }
    MemberTableView *table() const { return window()->memberTable(); }
    MemberActions *actions() const { return window()->memberActions(); }
    QLineEdit *searchField() const { return window()->searchBar()->searchField(); }
    QString status() const { return window()->statusBar()->currentMessage(); }
    QString paneTitle() const
    {
        return find<QLabel>(window()->detailPane(), u"memberTitle"_s)->text();
    }

    void select(const QStringList &emails)
    {
        table()->clearSelection();
        for (const QString &email : emails) {
            const QModelIndex index =
                proxy()->index(proxy()->proxyRow(model()->rowOfEmail(email)), 0);
            table()->selectionModel()->select(index, QItemSelectionModel::Select |
                                                         QItemSelectionModel::Rows);
            table()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        }
    }

    int firstActiveRow() const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->memberAt(row).status == MemberStatus::Active)
                return row;
        }
        return 0; // Heartbeat tells no account states
    }

    // The windows other than the main one that are open: dialogs, the palette.
    QList<QWidget *> openWindows() const
    {
        QList<QWidget *> open;
        const QList<QWidget *> windows = QApplication::topLevelWidgets();
        for (QWidget *widget : windows) {
            if (widget != window() && widget->isVisible())
                open << widget;
        }
        return open;
    }

    void closeOpenWindows()
    {
        const QList<QWidget *> open = openWindows();
        for (QWidget *window : open) {
            if (auto *dialog = qobject_cast<QDialog *>(window))
                dialog->reject();
            else
                window->hide();
        }
        QTRY_VERIFY(openWindows().isEmpty());
    }

    template <typename Dialog> Dialog *openedDialog()
    {
        Dialog *open = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                const QList<QWidget *> windows = openWindows();
                for (QWidget *window : windows) {
                    if (auto *dialog = qobject_cast<Dialog *>(window))
                        open = dialog;
                }
                return open != nullptr;
            },
            10000);
        return open;
    }

    // What the walk triggers: every action on members and on the workspace.
    QList<QAction *> memberAndWorkspaceActions() const
    {
        MemberActions *a = actions();
        QList<QAction *> all{
            a->add(),        a->edit(),         a->copyLink(),   a->quickLink(),
            a->deactivate(), a->reactivate(),   a->addToGroup(), a->removeFromGroup(),
            a->refresh(),    a->importMembers()};
        for (const char *name : {"exportMembersAction", "addWorkspaceAction", "editWorkspaceAction",
                                 "testWorkspaceAction"})
            all << window()->findChild<QAction *>(QString::fromLatin1(name));
        return all;
    }

    // Each enabled action shows something (a window, the clipboard, a status message); each
    // disabled one says why in its tooltip, in the toolbar, the menus and the pane alike.
    void walkEveryAction(const char *state)
    {
        const QList<QAction *> all = memberAndWorkspaceActions();
        for (QAction *action : all) {
            const QString name = action->objectName();
            const QString where = u"%1 (%2)"_s.arg(name, QLatin1String(state));
            if (!action->isEnabled()) {
                const QString plain = action->text().remove(u'&').remove(u"…"_s);
                QVERIFY2(!action->toolTip().isEmpty() && action->toolTip() != plain,
                         qPrintable(where + u": no reason: "_s + action->toolTip()));
                continue;
            }
            window()->statusBar()->clearMessage();
            QApplication::clipboard()->clear();
            action->trigger();
            const bool shown = QTest::qWaitFor(
                [this] {
                    return !openWindows().isEmpty() || !status().isEmpty() ||
                           !QApplication::clipboard()->text().isEmpty();
                },
                10000);
            QVERIFY2(shown, qPrintable(where + u": nothing visible happened"_s));
            // Let what it started end before the next one.
            if (action == actions()->copyLink())
                QTRY_VERIFY_WITH_TIMEOUT(!QApplication::clipboard()->text().isEmpty() ||
                                             !openWindows().isEmpty(),
                                         20000);
            if (action == actions()->refresh())
                QTRY_VERIFY_WITH_TIMEOUT(actions()->refresh()->isEnabled() && !model()->isLoading(),
                                         20000);
            closeOpenWindows();
        }
        // The pane's buttons are the same actions.
        const QList<QToolButton *> buttons = window()->detailPane()->findChildren<QToolButton *>();
        for (QToolButton *button : buttons) {
            if (button->defaultAction())
                QCOMPARE(button->isEnabled(), button->defaultAction()->isEnabled());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        DialogTest::quietOffscreenWarnings();
        QApplication::clipboard()->clear();
    }

    void init()
    {
        m_fixture = std::make_unique<WindowFixture>();
        QVERIFY(m_fixture->startSandbox(
            QStringList{u"--rate-limit"_s, u"0"_s, u"--members"_s, QString::number(SeededMembers)},
            "workday-key-5c1a7e"));
        const Workspace heartbeat =
            SandboxWorkspace::make(m_fixture->sandbox(), Provider::Heartbeat, u"Heartbeat test"_s);
        const Workspace forward =
            SandboxWorkspace::make(m_fixture->sandbox(), Provider::Forward, u"Forward test"_s);
        m_heartbeatId = heartbeat.id;
        m_forwardId = forward.id;
        QVERIFY(openContext({heartbeat, forward}));
    }

    void cleanup()
    {
        if (window())
            closeOpenWindows();
        m_fixture.reset();
        QApplication::clipboard()->clear();
    }

    void stalePane_aMemberTheSearchHidesCannotBeActedOn_data()
    {
        QTest::addColumn<bool>("forward");
        QTest::newRow("Heartbeat") << false;
        QTest::newRow("Forward") << true;
    }

    void stalePane_aMemberTheSearchHidesCannotBeActedOn()
    {
        QFETCH(bool, forward);
        QVERIFY(openWindow());
        QVERIFY(showWorkspace(forward ? m_forwardId : m_heartbeatId));
        const MemberRecord member = model()->memberAt(firstActiveRow());
        select({member.email});
        QTRY_VERIFY(paneTitle() != tr("No member selected"));
        QVERIFY(actions()->copyLink()->isEnabled());
        QVERIFY(actions()->edit()->isEnabled());

        // A search that still shows them keeps them.
        type(searchField(), member.email.left(3));
        QCOMPARE(table()->selectedSourceRows(), QList<int>{model()->rowOfEmail(member.email)});
        QVERIFY(actions()->copyLink()->isEnabled());

        type(searchField(), u"nobody-is-called-this"_s);
        QCOMPARE(proxy()->rowCount(), 0);
        QVERIFY(table()->selectedSourceRows().isEmpty());
        QCOMPARE(paneTitle(), u"No member selected"_s);
        for (QAction *action : actions()->tableActions()) {
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
            QVERIFY2(action->toolTip().startsWith(u"Select"_s), qPrintable(action->toolTip()));
        }
        // Nor by its keys: nothing reaches the clipboard.
        QTest::keyClick(table(), Qt::Key_L, Qt::ControlModifier);
        QTest::qWait(200);
        QVERIFY(QApplication::clipboard()->text().isEmpty());
        // The member comes back unselected.
        searchField()->clear();
        QCOMPARE(proxy()->rowCount(), SeededMembers);
        QVERIFY(!actions()->copyLink()->isEnabled());
    }

    void everyAction_inEveryState_showsSomethingOrSaysWhy()
    {
        QVERIFY(openWindow());
        QVERIFY(showWorkspace(m_heartbeatId));
        walkEveryAction("no selection");
        select({model()->memberAt(firstActiveRow()).email});
        walkEveryAction("one member");
        select(
            {model()->memberAt(0).email, model()->memberAt(1).email, model()->memberAt(2).email});
        walkEveryAction("three members");
        select({model()->memberAt(firstActiveRow()).email});
        type(searchField(), u"nobody-is-called-this"_s);
        walkEveryAction("hidden by the search");
        searchField()->clear();
        select({model()->memberAt(firstActiveRow()).email});
        QTest::keyClick(window(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window()->shownWorkspaceId(), m_forwardId);
        walkEveryAction("just switched to another workspace");
        QVERIFY(waitUntilReady());
        walkEveryAction("another workspace");
        select({model()->memberAt(firstActiveRow()).email});
        walkEveryAction("one member of another workspace");
    }

    void everyAction_withoutAnyWorkspace_showsSomethingOrSaysWhy()
    {
        const QTemporaryDir &dir = m_fixture->dir();
        QVERIFY(m_fixture->openContextOn(RosterPaths{dir.filePath(u"none.json"_s),
                                                     dir.filePath(u"none.sqlite"_s),
                                                     dir.filePath(u"none.ini"_s), false}));
        QVERIFY(m_fixture->showWindow());
        QVERIFY2(status().startsWith(u"Add a workspace to begin"_s), qPrintable(status()));
        walkEveryAction("no workspace");
    }

    void keyboard_fromTheSearchToTheTableToTheEditor()
    {
        QVERIFY(openWindow());
        QVERIFY(showWorkspace(m_forwardId));
        QTest::keyClick(window(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(searchField()->hasFocus());
        // Down: the first member shown, selected, in the pane.
        QTest::keyClick(searchField(), Qt::Key_Down);
        QTRY_VERIFY(table()->hasFocus());
        QCOMPARE(table()->selectedSourceRows(), QList<int>{proxy()->sourceRow(0)});
        QCOMPARE(paneTitle(), model()->memberAt(proxy()->sourceRow(0)).displayName.isEmpty()
                                  ? paneTitle()
                                  : model()->memberAt(proxy()->sourceRow(0)).displayName);
        // Enter in the search too, on what the search leaves.
        const MemberRecord third = model()->memberAt(proxy()->sourceRow(2));
        type(searchField(), third.email);
        QTest::keyClick(searchField(), Qt::Key_Return);
        QTRY_VERIFY(table()->hasFocus());
        QCOMPARE(table()->selectedSourceRows(), QList<int>{model()->rowOfEmail(third.email)});
        // Enter on the row opens it.
        QTest::keyClick(table(), Qt::Key_Return);
        auto *editor = openedDialog<MemberDialog>();
        QVERIFY(editor);
        QVERIFY(find<QLineEdit>(editor, u"emailEdit"_s)->text() == third.email);
        closeOpenWindows();
        // So does a double-click.
        searchField()->clear();
        const QModelIndex second = proxy()->index(1, MemberTableModel::Email);
        const QRect cell = table()->visualRect(second);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
        editor = openedDialog<MemberDialog>();
        QVERIFY(editor);
        QCOMPARE(find<QLineEdit>(editor, u"emailEdit"_s)->text(),
                 model()->memberAt(proxy()->sourceRow(1)).email);
        closeOpenWindows();
    }

    void keyboard_tabGoesSearchFiltersTableAndPane_everyStopVisible()
    {
        QVERIFY(openWindow());
        QVERIFY(showWorkspace(m_forwardId));
        table()->clearSelection();
        window()->searchBar()->focusSearch();
        QTRY_VERIFY(searchField()->hasFocus());
        QList<QWidget *> stops{searchField()};
        for (int i = 0; i < 8; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            QVERIFY2(focus->isVisible() && focus->isEnabled(), qPrintable(focus->objectName()));
            stops << focus;
        }
        auto at = [&](QWidget *widget) { return stops.indexOf(widget); };
        QWidget *statusFilter = window()->findChild<QWidget *>(u"statusFilter"_s);
        QVERIFY(at(statusFilter) == 1);
        QVERIFY2(at(table()) == 2, "the table right after the filters Forward shows");
        // The table, reached by Tab, has a member to act on; the pane's buttons follow it.
        QVERIFY(!table()->selectedSourceRows().isEmpty());
        QVERIFY(qobject_cast<QToolButton *>(stops.at(3)));
        QVERIFY(window()->detailPane()->isAncestorOf(stops.at(3)));
        // Back from the search: the workspaces.
        window()->searchBar()->focusSearch();
        QTest::keyClick(searchField(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget()->objectName(), u"workspaceList"_s);
        // Where the keyboard is in the list shows.
        auto *workspaces = window()->findChild<QListView *>(u"workspaceList"_s);
        const QImage focused = workspaces->viewport()->grab().toImage();
        window()->searchBar()->focusSearch();
        QTRY_VERIFY(!workspaces->hasFocus());
        QVERIFY(workspaces->viewport()->grab().toImage() != focused);
    }

    void ctrlDigit_switchesWorkspace_andRosterReopensOnTheLastOne()
    {
        QVERIFY(openWindow());
        QTest::keyClick(window(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window()->shownWorkspaceId(), m_forwardId);
        QTRY_COMPARE(window()->windowTitle(), u"Forward test — Roster"_s);
        QTest::keyClick(window(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window()->shownWorkspaceId(), m_heartbeatId);
        QTest::keyClick(window(), Qt::Key_2, Qt::ControlModifier);
        QVERIFY(waitUntilReady());
        m_fixture->close();
        QVERIFY(openContext());
        QVERIFY(openWindow());
        QCOMPARE(window()->shownWorkspaceId(), m_forwardId);
        // The settings hold an id, never a key.
        QFile settings(paths().settingsFile);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        QVERIFY(!settings.readAll().contains(m_fixture->sandbox().apiKey()));
    }

    void shortcutList_namesEveryShortcutOfTheMenus()
    {
        QVERIFY(openWindow());
        window()->findChild<QAction *>(u"keyboardShortcutsAction"_s)->trigger();
        auto *dialog = openedDialog<ShortcutListDialog>();
        QVERIFY(dialog);
        auto *list = find<QTreeWidget>(dialog, u"shortcutList"_s);
        QStringList shown;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            shown << list->topLevelItem(i)->text(1) + u" = "_s + list->topLevelItem(i)->text(2);
        QVERIFY2(shown.contains(u"Copy login link = Ctrl+L"_s), qPrintable(shown.join(u'\n')));
        QVERIFY2(shown.contains(u"Show Forward test = Ctrl+2"_s), qPrintable(shown.join(u'\n')));
        QVERIFY2(shown.contains(u"Refresh from provider = F5"_s), qPrintable(shown.join(u'\n')));
        // Every action of the menus that has keys is listed.
        int withKeys = 0;
        const QList<QMenu *> menus = window()->menuBar()->findChildren<QMenu *>();
        for (const QMenu *menu : menus) {
            for (const QAction *action : menu->actions())
                withKeys += !action->isSeparator() && !action->shortcut().isEmpty();
        }
        QCOMPARE(list->topLevelItemCount(), withKeys);
        QVERIFY(withKeys >= 15);
    }

    void palette_copiesALinkFromASecondWorkspaceInNineKeys()
    {
        QVERIFY(openWindow());
        // Both local rosters filled, then back on Heartbeat, the focus in the sidebar.
        QVERIFY(showWorkspace(m_forwardId));
        const MemberRecord target = model()->memberAt(firstActiveRow());
        QVERIFY(showWorkspace(m_heartbeatId));
        window()->findChild<QListView *>(u"workspaceList"_s)->setFocus();

        int keys = 0;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_L,
                        Qt::ControlModifier | Qt::ShiftModifier);
        ++keys;
        auto *palette = window()->findChild<QWidget *>(u"quickLinkPalette"_s);
        QTRY_VERIFY(palette->isVisible());
        auto *query = find<QLineEdit>(palette, u"quickLinkQuery"_s);
        QTRY_VERIFY(query->hasFocus());
        const QString typed = target.email.left(5);
        DialogTest::typeKeys(query, typed);
        keys += int(typed.size());
        auto *matches = find<QListWidget>(palette, u"quickLinkMatches"_s);
        // The other workspace's members are read in the background.
        int at = -1;
        QTRY_VERIFY([&] {
            for (int i = 0; i < matches->count(); ++i) {
                const QString text = matches->item(i)->data(Qt::AccessibleTextRole).toString();
                if (text.contains(target.email) && text.contains(u"Forward test (Forward)"_s))
                    at = i;
            }
            return at >= 0;
        }());
        // The shown workspace's matches come first, each naming its workspace.
        for (int i = 0; i < matches->count(); ++i) {
            const QString text = matches->item(i)->data(Qt::AccessibleTextRole).toString();
            if (text.contains(u"Forward test (Forward)"_s))
                break;
            QVERIFY2(text.contains(u"Heartbeat test (Heartbeat)"_s), qPrintable(text));
        }
        for (int i = 0; i < at; ++i, ++keys)
            QTest::keyClick(query, Qt::Key_Down);
        QTest::keyClick(query, Qt::Key_Return);
        ++keys;
        qInfo("%d keystrokes from the sidebar to the link of %s in the second workspace", keys,
              qPrintable(target.email));
        QVERIFY2(keys <= 9, qPrintable(QString::number(keys)));
        QVERIFY(!palette->isVisible());

        QTRY_VERIFY_WITH_TIMEOUT(
            QApplication::clipboard()->text().startsWith(m_fixture->sandbox().baseUrl() + u"/"_s) &&
                QApplication::clipboard()->text() !=
                    m_fixture->sandbox().baseUrl() + u"/heartbeat/community"_s,
            20000);
        // The member is selected in their workspace, their history in view.
        QCOMPARE(window()->shownWorkspaceId(), m_forwardId);
        QTRY_COMPARE(table()->selectedSourceRows(), QList<int>{model()->rowOfEmail(target.email)});
        QVERIFY(paneTitle() != u"No member selected"_s);
        auto *history = find<QTreeWidget>(window()->detailPane(), u"memberHistory"_s);
        QTRY_VERIFY(history->topLevelItemCount() > 0 && history->isEnabled() &&
                    history->topLevelItem(0)->text(1).contains(u"link"_s));
    }

    void refresh_showsItsProgressAndItsResultInTheStatusBar()
    {
        QVERIFY(openWindow());
        QVERIFY(showWorkspace(m_forwardId));
        QTest::keyClick(window(), Qt::Key_F5);
        QVERIFY2(status().startsWith(u"Reading every member of Forward test"_s),
                 qPrintable(status()));
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(u"Forward test: 12 members listed"_s), 20000);
        // The reload that follows does not hide it.
        QTRY_VERIFY(!model()->isLoading());
        QVERIFY2(status().startsWith(u"Forward test: 12 members listed"_s), qPrintable(status()));
    }

    void export_saysWhichRowsItWrites()
    {
        QVERIFY(openWindow());
        QVERIFY(showWorkspace(m_forwardId));
        QAction *exportAction = window()->findChild<QAction *>(u"exportMembersAction"_s);
        auto save = [this](const QString &name) -> QByteArray {
            auto *chooser = openedDialog<QFileDialog>();
            if (!chooser)
                return {};
            const QString path = m_fixture->dir().filePath(name);
            chooser->selectFile(path);
            QMetaObject::invokeMethod(chooser, "accept");
            QFile file(path);
            if (!QTest::qWaitFor([&] { return file.exists() && file.size() > 0; }, 10000) ||
                !file.open(QIODevice::ReadOnly))
                return {};
            return file.readAll();
        };
        // Nothing selected, nothing filtered: every member, and it says so.
        exportAction->trigger();
        auto *chooser = openedDialog<QFileDialog>();
        QVERIFY(chooser);
        QCOMPARE(chooser->windowTitle(), u"Export every member (12)"_s);
        QCOMPARE(save(u"all.csv"_s).count('\n'), SeededMembers + 1);
        QTRY_VERIFY(status().startsWith(u"Exported every member (12) to "_s));

        // A search: the members it shows.
        const MemberRecord first = model()->memberAt(0);
        type(searchField(), first.email);
        const int shown = proxy()->rowCount();
        QVERIFY(shown >= 1 && shown < SeededMembers);
        exportAction->trigger();
        chooser = openedDialog<QFileDialog>();
        QVERIFY(chooser);
        QCOMPARE(chooser->windowTitle(), u"Export the members shown (%1)"_s.arg(shown));
        QCOMPARE(save(u"shown.csv"_s).count('\n'), shown + 1);
        searchField()->clear();

        // A selection: it asks, with the counts, the selection first.
        select({model()->memberAt(1).email});
        auto exportScope = [&](const QString &choice) -> bool {
            exportAction->trigger();
            auto *ask = openedDialog<ExportScopeDialog>();
            if (!ask)
                return false;
            auto *selection = find<QRadioButton>(ask, u"exportSelection"_s);
            if (!selection->isChecked() || selection->text() != u"&Selected members (1)"_s ||
                find<QRadioButton>(ask, u"exportAll"_s)->text() !=
                    u"&Every member of the workspace (12)"_s)
                return false;
            find<QRadioButton>(ask, choice)->setChecked(true);
            return DialogTest::click(find<QPushButton>(ask, u"okButton"_s));
        };
        QVERIFY(exportScope(u"exportSelection"_s));
        chooser = openedDialog<QFileDialog>();
        QVERIFY(chooser);
        QCOMPARE(chooser->windowTitle(), u"Export the selected members (1)"_s);
        const QByteArray one = save(u"one.csv"_s);
        QCOMPARE(one.count('\n'), 2);
        QVERIFY(one.contains(model()->memberAt(1).email.toUtf8()));
        QVERIFY(exportScope(u"exportAll"_s));
        QCOMPARE(save(u"every.csv"_s).count('\n'), SeededMembers + 1);
    }
};

QTEST_MAIN(TestWindowWorkday)
#include "tst_window_workday.moc"
