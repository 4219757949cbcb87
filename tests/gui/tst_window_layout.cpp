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
#include "roster_context.h"
#include "sandbox_process.h"
#include "sandbox_workspace.h"
#include "session_keys.h"
#include "user_guide.h"
#include "workspace_list_model.h"
#include "workspace_store.h"

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
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using M = MemberTableModel;

class TestWindowLayout : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<RosterContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    QMap<Provider, QString> m_ids;

    RosterPaths paths() const
    {
        return {m_dir->filePath(u"workspaces.json"_s), m_dir->filePath(u"roster.sqlite"_s),
                m_dir->filePath(u"settings.ini"_s), false};
    }

    bool openContext()
    {
        m_context = std::make_unique<RosterContext>(paths());
        QString error;
        if (!m_context->open(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        for (const Workspace &workspace : m_context->workspaces().workspaces())
            m_context->sessionKeys().setKey(workspace.id, QString::fromLatin1(m_sandbox->apiKey()));
        return true;
    }

    bool openWindow(const QSize &size)
    {
        m_window = std::make_unique<MainWindow>(*m_context);
        m_window->resize(size);
        m_window->show();
        m_window->showInitialWorkspace();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    void closeWindow()
    {
        m_window->close();
        m_window.reset();
    }

    bool show(Provider provider)
    {
        const QString id = m_ids.value(provider);
        m_window->showWorkspace(id);
        return QTest::qWaitFor(
            [&] {
                return !m_window->memberModel()->isLoading() &&
                       m_window->memberModel()->workspaceId() == id;
            },
            20000);
    }

    MemberTableView *table() const { return m_window->memberTable(); }
    QHeaderView *header() const { return table()->horizontalHeader(); }
    QSplitter *splitter() const { return m_window->findChild<QSplitter *>(u"mainSplitter"_s); }
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
        m_window->findChild<QAction *>(u"preferencesAction"_s)->trigger();
        auto *dialog = m_window->findChild<QDialog *>(u"preferencesDialog"_s);
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
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_sandbox = std::make_unique<SandboxProcess>(
            QStringList{u"--rate-limit"_s, u"0"_s, u"--members"_s, u"30"_s},
            "window-layout-key-4d8a1b");
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
        WorkspaceStore store(paths().workspacesFile);
        QString error;
        for (Provider provider : {Provider::Heartbeat, Provider::Forward, Provider::Beam}) {
            const Workspace workspace = SandboxWorkspace::make(
                *m_sandbox, provider, providerDisplayName(provider) + u" community"_s);
            QVERIFY2(store.add(workspace, &error), qPrintable(error));
            m_ids.insert(provider, workspace.id);
        }
        QVERIFY(openContext());
    }

    void cleanup()
    {
        m_window.reset();
        m_context.reset();
        m_sandbox.reset();
        m_dir.reset();
    }

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
        m_context->preferences().setTableLayout(m_ids.value(Provider::Forward), shown.toJson());
        m_context->preferences().setTableLayout(m_ids.value(Provider::Beam), shown.toJson());
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
        auto *search = m_window->findChild<QLineEdit *>(u"memberSearch"_s);
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
        auto *list = m_window->findChild<QListView *>(u"workspaceList"_s);
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
        QCOMPARE(m_context->preferences().theme(), Preferences::Theme::System);

        choosePreferencesTheme(u"Dark"_s);
        QVERIFY(isDark());
        QCOMPARE(QApplication::style()->name(), u"fusion"_s);
        QCOMPARE(m_context->preferences().theme(), Preferences::Theme::Dark);
        QTRY_VERIFY(m_window->memberTable()->palette().color(QPalette::Base).lightness() < 60);

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
        QCOMPARE(m_context->preferences().theme(), Preferences::Theme::System);
    }

    void userGuideOpensTheLocalDocsOrSaysWhyNot()
    {
        QVERIFY(openWindow({1280, 800}));
        auto *guide = m_window->findChild<QAction *>(u"userGuideAction"_s);
        QVERIFY(guide);
        // A build run from its tree finds the README.
        QVERIFY2(guide->isEnabled(), qPrintable(guide->toolTip()));
        QVERIFY(guide->toolTip().contains(u"README.md"_s));
        QVERIFY(!UserGuide::locate(UserGuide::candidates()).isEmpty());

        // Where none is installed, the action is off and says why.
        std::unique_ptr<QAction> missing(
            UserGuide::makeAction(m_window.get(), {}, {m_dir->filePath(u"nowhere/README.md"_s)}));
        QVERIFY(!missing->isEnabled());
        QVERIFY(missing->toolTip().contains(u"not installed"_s));
    }
};

QTEST_MAIN(TestWindowLayout)
#include "tst_window_layout.moc"
