// The window's layout against a real roster-sandbox, as an admin on a laptop sees it: at the
// default 1280 × 800 each provider's default columns fit the table without a horizontal
// scrollbar, and a provider's workspaces never show the columns it has no data for; at
// 1024 × 700 the sidebar and the details collapse, the search says all it says, and the window
// opens again as it was left; the sidebar shows each provider's own mark; the theme chosen in
// Preferences applies at once and at start; Help → User Guide opens the local guide or says why
// it cannot.
#include "dialog_test_helpers.h"
#include "main_window.h"
#include "member_search_bar.h"
#include "member_table_layout.h"
#include "member_table_model.h"
#include "member_table_view.h"
#include "preferences.h"
#include "provider_icon.h"
#include "sandbox_workspace.h"
#include "user_guide.h"
#include "window_fixture.h"
#include "workspace_list_model.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTest>

using namespace Qt::StringLiterals;
using M = MemberTableModel;

class TestWindowLayout : public QObject
{
    Q_OBJECT

    std::unique_ptr<WindowFixture> m_fixture;
    QMap<Provider, QString> m_ids;

    bool openWindow(const QSize &size)
    {
        m_fixture->createWindow()->resize(size);
        return m_fixture->showWindow();
    }

    void closeWindow()
    {
        window()->close();
        m_fixture->destroyWindow();
    }

    MainWindow *window() const { return m_fixture->window(); }

    bool show(Provider provider)
    {
        const QString id = m_ids.value(provider);
        window()->showWorkspace(id);
        return QTest::qWaitFor(
            [&] {
                return !window()->memberModel()->isLoading() &&
                       window()->memberModel()->workspaceId() == id;
            },
            20000);
    }

    MemberTableView *table() const { return window()->memberTable(); }
    QHeaderView *header() const { return table()->horizontalHeader(); }
    QSplitter *splitter() const { return window()->findChild<QSplitter *>(u"mainSplitter"_s); }
    int shownWidth() const
    {
        int width = 0;
        for (int column = 0; column < header()->count(); ++column) {
            if (!header()->isSectionHidden(column))
                width += header()->sectionSize(column);
        }
        return width;
    }
    // Clicks OK in the open preferences dialog with the theme at `text`.
    void choosePreferencesTheme(const QString &text)
    {
        window()->findChild<QAction *>(u"preferencesAction"_s)->trigger();
        auto *dialog = window()->findChild<QDialog *>(u"preferencesDialog"_s);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *theme = dialog->findChild<QComboBox *>(u"theme"_s);
        QVERIFY(theme);
        theme->setCurrentIndex(theme->findText(text));
        QVERIFY(theme->currentIndex() >= 0);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!dialog->isVisible());
        delete dialog;
    }
    static bool isDark()
    {
        return QApplication::palette().color(QPalette::Window).lightness() < 90;
    }

private Q_SLOTS:
    void initTestCase() { DialogTest::quietOffscreenWarnings(); }

    void init()
    {
        m_fixture = std::make_unique<WindowFixture>();
        QVERIFY(m_fixture->dir().isValid());
        QVERIFY(
            m_fixture->startSandbox(QStringList{u"--rate-limit"_s, u"0"_s, u"--members"_s, u"30"_s},
                                    "window-layout-key-4d8a1b"));
        QList<Workspace> workspaces;
        for (Provider provider : {Provider::Heartbeat, Provider::Forward, Provider::Beam}) {
            const Workspace workspace = SandboxWorkspace::make(
                m_fixture->sandbox(), provider, providerDisplayName(provider) + u" community"_s);
            workspaces << workspace;
            m_ids.insert(provider, workspace.id);
        }
        QVERIFY(m_fixture->openContext(workspaces));
    }

    void cleanup() { m_fixture.reset(); }

    void defaultColumnsFitAt1280()
    {
        QVERIFY(openWindow({1280, 800}));
        for (Provider provider : {Provider::Heartbeat, Provider::Forward, Provider::Beam}) {
            QVERIFY(show(provider));
            QCoreApplication::processEvents();
            const QString name = providerDisplayName(provider);
            QVERIFY2(shownWidth() <= table()->viewport()->width(),
                     qPrintable(u"%1: %2 px of columns in %3 px"_s.arg(name)
                                    .arg(shownWidth())
                                    .arg(table()->viewport()->width())));
            QVERIFY2(table()->horizontalScrollBar()->maximum() == 0, qPrintable(name));
            // Each shown column is wide enough for its title.
            for (int column = 0; column < header()->count(); ++column) {
                if (!header()->isSectionHidden(column) && column != M::Avatar)
                    QVERIFY2(header()->sectionSize(column) >=
                                 MemberTableLayout::minimumWidth(column, header()->fontMetrics()),
                             qPrintable(name + u": "_s + M::columnTitle(column)));
            }
        }
        // Until the user sizes a column, the table keeps fitting its width.
        QVERIFY(show(Provider::Heartbeat));
        QVERIFY(table()->fitsToWidth());
    }

    void aProviderNeverShowsColumnsItHasNot()
    {
        // Even a layout saved with Role and Groups shown (an older Roster's) hides them for
        // Forward and Beam.gg.
        MemberTableLayout shown =
            MemberTableLayout::defaultFor(Provider::Heartbeat, QFontMetrics(QFont()));
        for (MemberTableLayout::Column &column : shown.columns)
            column.shown = true;
        m_fixture->context().preferences().setTableLayout(m_ids.value(Provider::Forward),
                                                          shown.toJson());
        m_fixture->context().preferences().setTableLayout(m_ids.value(Provider::Beam),
                                                          shown.toJson());
        QVERIFY(openWindow({1280, 800}));
        for (Provider provider : {Provider::Forward, Provider::Beam}) {
            QVERIFY(show(provider));
            for (int column : {M::Role, M::Groups, M::LastSignIn, M::Admin, M::Avatar}) {
                QVERIFY2(header()->isSectionHidden(column),
                         qPrintable(providerDisplayName(provider) + u" shows "_s +
                                    M::columnTitle(column)));
                QVERIFY(!MemberTableLayout::providerHas(provider, column));
            }
            QVERIFY(!header()->isSectionHidden(M::ProviderId));
        }
        QVERIFY(show(Provider::Heartbeat));
        for (int column : {M::Role, M::Groups, M::LastSignIn, M::Admin, M::Avatar})
            QVERIFY(!header()->isSectionHidden(column));
    }

    void smallWindowCollapsesAndIsRestored()
    {
        QVERIFY(openWindow({1024, 700}));
        QVERIFY(show(Provider::Heartbeat));
        QSplitter *split = splitter();
        QVERIFY(split);
        QVERIFY(split->isCollapsible(0));
        QVERIFY(!split->isCollapsible(1));
        QVERIFY(split->isCollapsible(2));
        // The user drags the sidebar and the details shut.
        split->setSizes({0, 1024, 0});
        QCoreApplication::processEvents();
        QCOMPARE(split->sizes().at(0), 0);
        QCOMPARE(split->sizes().at(2), 0);
        // The search field says all its placeholder says; the table has no scrollbar.
        auto *search = window()->findChild<QLineEdit *>(u"memberSearch"_s);
        QVERIFY(search);
        QVERIFY2(search->width() >=
                     search->fontMetrics().horizontalAdvance(search->placeholderText()) + 8,
                 qPrintable(u"%1 px for the placeholder"_s.arg(search->width())));
        QCOMPARE(table()->horizontalScrollBar()->maximum(), 0);

        closeWindow();
        QVERIFY(openWindow({1024, 700}));
        QCoreApplication::processEvents();
        QCOMPARE(splitter()->sizes().at(0), 0);
        QCOMPARE(splitter()->sizes().at(2), 0);
        QVERIFY(splitter()->sizes().at(1) > 900);

        // Opened again from the edge, the details come back.
        splitter()->setSizes({220, 500, 300});
        closeWindow();
        QVERIFY(openWindow({1024, 700}));
        QCoreApplication::processEvents();
        QVERIFY(splitter()->sizes().at(0) > 0);
        QVERIFY(splitter()->sizes().at(2) > 0);
    }

    void sidebarShowsEachProvidersMark()
    {
        QVERIFY(openWindow({1280, 800}));
        auto *list = window()->findChild<QListView *>(u"workspaceList"_s);
        QVERIFY(list);
        QList<QImage> marks;
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            const auto icon = index.data(Qt::DecorationRole).value<QIcon>();
            QVERIFY2(!icon.isNull(), qPrintable(index.data().toString()));
            const QImage image = icon.pixmap(24, 24).toImage();
            QVERIFY(!image.isNull());
            // Drawn, not blank: the mark's middle is not transparent.
            QVERIFY(image.pixelColor(12, 12).alpha() > 0);
            QVERIFY2(!marks.contains(image), "two providers share a mark");
            marks << image;
            const auto provider = Provider(index.data(WorkspaceListModel::ProviderRole).toInt());
            QCOMPARE(image, providerIcon(provider).pixmap(24, 24).toImage());
        }
        QCOMPARE(marks.size(), 3);
        // Not the computer of the style any more.
        const QImage computer =
            QApplication::style()->standardIcon(QStyle::SP_DriveNetIcon).pixmap(24, 24).toImage();
        QVERIFY(!marks.contains(computer));
    }

    void themeAppliesAtOnceAndAtStart()
    {
        const QString platformStyle = QApplication::style()->name();
        const QColor platformWindow = QApplication::palette().color(QPalette::Window);
        QVERIFY(openWindow({1280, 800}));
        QCOMPARE(m_fixture->context().preferences().theme(), Preferences::Theme::System);

        choosePreferencesTheme(u"Dark"_s);
        QVERIFY(isDark());
        QCOMPARE(QApplication::style()->name(), u"fusion"_s);
        QCOMPARE(m_fixture->context().preferences().theme(), Preferences::Theme::Dark);
        QTRY_VERIFY(window()->memberTable()->palette().color(QPalette::Base).lightness() < 60);

        // At the next start, dark from the first moment.
        closeWindow();
        QCOMPARE(QApplication::palette().color(QPalette::Window), platformWindow);
        QVERIFY(openWindow({1280, 800}));
        QVERIFY(isDark());

        choosePreferencesTheme(u"Light"_s);
        QVERIFY(!isDark());
        QCOMPARE(QApplication::style()->name(), u"fusion"_s);

        choosePreferencesTheme(u"System"_s);
        QCOMPARE(QApplication::style()->name(), platformStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Window), platformWindow);
        QCOMPARE(m_fixture->context().preferences().theme(), Preferences::Theme::System);
    }

    void userGuideOpensTheLocalDocsOrSaysWhyNot()
    {
        QVERIFY(openWindow({1280, 800}));
        auto *guide = window()->findChild<QAction *>(u"userGuideAction"_s);
        QVERIFY(guide);
        // A build run from its tree finds the README.
        QVERIFY2(guide->isEnabled(), qPrintable(guide->toolTip()));
        QVERIFY(guide->toolTip().contains(u"README.md"_s));
        QVERIFY(!UserGuide::locate(UserGuide::candidates()).isEmpty());

        // Where none is installed, the action is off and says why.
        std::unique_ptr<QAction> missing(UserGuide::makeAction(
            window(), {}, {m_fixture->dir().filePath(u"nowhere/README.md"_s)}));
        QVERIFY(!missing->isEnabled());
        QVERIFY(missing->toolTip().contains(u"not installed"_s));
    }
};

QTEST_MAIN(TestWindowLayout)
#include "tst_window_layout.moc"
