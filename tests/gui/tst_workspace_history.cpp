// Workspace → History… end to end, offscreen, against a real roster-sandbox: who did what, when
// and from where (the OS user, dialog or bulk action, an edit's fields old → new), one
// non-modal dialog per workspace that follows new entries, its filters by member, action, user
// and date, its sorting, its CSV export, and the menu entry disabled with a reason without a
// workspace.
#include "audit_source.h"
#include "dialog_test_helpers.h"
#include "main_window.h"
#include "member_actions.h"
#include "member_service.h"
#include "member_table_model.h"
#include "run_log.h"
#include "window_fixture.h"
#include "workspace_history_dialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using DialogTest::find;
using DialogTest::type;

class TestWorkspaceHistory : public QObject
{
    Q_OBJECT

    static constexpr int SeededMembers = 4;

    std::unique_ptr<WindowFixture> m_fixture;

    bool openWindow(bool withWorkspace)
    {
        const bool opened = withWorkspace
                                ? m_fixture->openContext({{Provider::Forward, u"Portal"_s}})
                                : m_fixture->openContext(QList<Workspace>{});
        return opened && m_fixture->showWindow() && (!withWorkspace || m_fixture->waitForService());
    }

    MainWindow *window() const { return m_fixture->window(); }

    MemberService *service() const { return window()->memberActions()->service(); }

    template <typename T, typename Start> bool succeeds(Start start)
    {
        std::optional<Result<T>> result;
        start([&result](const Result<T> &r) { result = r; });
        return QTest::qWaitFor([&] { return result.has_value(); }, 20000) && result->ok();
    }

    QAction *historyAction() const
    {
        return window()->findChild<QAction *>(u"workspaceHistoryAction"_s);
    }

    WorkspaceHistoryDialog *openHistory()
    {
        historyAction()->trigger();
        WorkspaceHistoryDialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                dialog = window()->findChild<WorkspaceHistoryDialog *>();
                return dialog && dialog->isVisible();
            },
            5000);
        return shown ? dialog : nullptr;
    }

    // The table's rows as shown, each as its cells joined by " | ".
    static QStringList rows(WorkspaceHistoryDialog *dialog)
    {
        auto *table = find<QTableView>(dialog, u"historyTable"_s);
        QStringList shown;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < table->model()->columnCount(); ++column)
                cells << table->model()->index(row, column).data().toString();
            shown << cells.join(u" | "_s);
        }
        return shown;
    }

    static QString column(WorkspaceHistoryDialog *dialog, int row, int column)
    {
        auto *table = find<QTableView>(dialog, u"historyTable"_s);
        return table->model()->index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        DialogTest::quietOffscreenWarnings();
        qputenv("USER", "casey");
    }

    void init()
    {
        m_fixture = std::make_unique<WindowFixture>();
        QVERIFY(m_fixture->startSandbox(QStringList{u"--rate-limit"_s, u"0"_s, u"--members"_s,
                                                    QString::number(SeededMembers)}));
    }

    void cleanup() { m_fixture.reset(); }

    void showsWhoDidWhatFromWhere_filtersSortsAndExports()
    {
        QVERIFY(openWindow(true));
        QTRY_COMPARE_WITH_TIMEOUT(window()->memberModel()->rowCount(), SeededMembers, 20000);
        NewMember ada;
        ada.email = u"ada@example.com"_s;
        ada.firstName = u"Ada"_s;
        ada.lastName = u"Lovelace"_s;
        QVERIFY(succeeds<MemberRecord>([&](auto done) { return service()->create(ada, done); }));
        MemberChanges rename;
        rename.lastName = u"King"_s;
        QVERIFY(succeeds<MemberRecord>(
            [&](auto done) { return service()->update(ada.email, rename, done); }));
        const QString other = window()->memberModel()->memberAt(0).email;
        {
            const AuditSourceScope bulk(*service(), AuditSource::bulkAction());
            QVERIFY(succeeds<MemberRecord>(
                [&](auto done) { return service()->deactivate(other, done); }));
        }

        QVERIFY(historyAction()->isEnabled());
        WorkspaceHistoryDialog *dialog = openHistory();
        QVERIFY(dialog);
        QVERIFY(!dialog->isModal());
        QVERIFY(dialog->windowTitle().contains(u"Portal"_s));
        // Newest first: the bulk deactivation, the edit with its change, the add; each by the
        // OS user, from where it came.
        QStringList shown = rows(dialog);
        QVERIFY2(shown.size() >= 3, qPrintable(shown.join(u'\n')));
        QVERIFY2(shown.at(0).contains(u"| casey | bulk action | deactivated | "_s + other +
                                      u" | done"_s),
                 qPrintable(shown.at(0)));
        QVERIFY2(shown.at(1).contains(u"| casey | dialog | edited | ada@example.com | done | "_s) &&
                     shown.at(1).contains(u"'Lovelace' → 'King'"_s),
                 qPrintable(shown.at(1)));
        QVERIFY2(shown.at(2).contains(u"| casey | dialog | added | ada@example.com | done"_s),
                 qPrintable(shown.at(2)));

        // One dialog per workspace: the menu again raises the same one.
        QCOMPARE(openHistory(), dialog);
        QCOMPARE(window()->findChildren<WorkspaceHistoryDialog *>().size(), 1);

        // A new entry shows while the dialog is open.
        QVERIFY(
            succeeds<MemberRecord>([&](auto done) { return service()->reactivate(other, done); }));
        QTRY_VERIFY(column(dialog, 0, 3) == u"reactivated"_s);

        // Filters: member text, action, user, dates.
        auto *member = find<QLineEdit>(dialog, u"historyMember"_s);
        type(member, u"ADA@"_s);
        QCOMPARE(rows(dialog).size(), 2);
        auto *action = find<QComboBox>(dialog, u"historyAction"_s);
        action->setCurrentIndex(action->findText(u"edited"_s));
        QCOMPARE(rows(dialog).size(), 1);
        member->clear();
        action->setCurrentIndex(0);
        auto *user = find<QLineEdit>(dialog, u"historyUser"_s);
        type(user, u"someone-else"_s);
        QCOMPARE(rows(dialog).size(), 0);
        auto *exportButton = find<QPushButton>(dialog, u"historyExport"_s);
        QVERIFY(!exportButton->isEnabled());
        QVERIFY(!exportButton->toolTip().isEmpty());
        user->clear();
        QVERIFY(exportButton->isEnabled());
        auto *since = find<QDateEdit>(dialog, u"historySince"_s);
        since->setDate(QDate::currentDate().addDays(1));
        QCOMPARE(rows(dialog).size(), 0);
        since->setDate(QDate::currentDate());
        const int today = int(rows(dialog).size());
        QVERIFY(today >= 4);
        auto *until = find<QDateEdit>(dialog, u"historyUntil"_s);
        until->setDate(QDate::currentDate().addDays(-1));
        QCOMPARE(rows(dialog).size(), 0);
        until->setDate(since->minimumDate());
        since->setDate(since->minimumDate());

        // Sorted by a header click: by member, A to Z.
        auto *table = find<QTableView>(dialog, u"historyTable"_s);
        table->horizontalHeader()->setSortIndicator(4, Qt::AscendingOrder);
        QStringList members;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            members << column(dialog, row, 4).toLower();
        QStringList sorted = members;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(members, sorted);

        // Export through the file dialog: the rows shown, in the order shown, as CSV.
        type(member, u"ada"_s);
        exportButton->click();
        auto *chooser = dialog->findChild<QFileDialog *>(u"historyExportFileDialog"_s);
        QTRY_VERIFY(chooser && chooser->isVisible());
        const QString path = m_fixture->dir().filePath(u"history.csv"_s);
        chooser->selectFile(path);
        static_cast<QDialog *>(chooser)->accept(); // QFileDialog's own accept() is protected
        QTRY_VERIFY(QFile::exists(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        const QStringList lines = csv.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).endsWith(u"When,User,Source,Action,Member,Outcome,Changes"_s),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(u",casey,dialog,"_s) &&
                     lines.at(1).contains(u"ada@example.com"_s),
                 qPrintable(csv));
        QVERIFY(csv.contains(u"'Lovelace' → 'King'"_s));
        const QString status = find<QStatusBar>(dialog, u"historyStatus"_s)->currentMessage();
        QVERIFY2(status.contains(u"Exported 2 history entries"_s), qPrintable(status));
    }

    void theLogRecordsAFailedAddAndLoadsAWorkspaceOnce()
    {
        QVERIFY(openWindow(true));
        QTRY_COMPARE_WITH_TIMEOUT(window()->memberModel()->rowCount(), SeededMembers, 20000);
        const auto logged = [this](const QString &part) {
            QStringList lines;
            for (int row = 0; row < m_fixture->context().log().rowCount(); ++row) {
                const QString text =
                    m_fixture->context().log().index(row).data(Qt::ToolTipRole).toString();
                if (text.contains(part))
                    lines << text;
            }
            return lines;
        };
        // Back to the same workspace: loaded again, logged once.
        const QString id = window()->memberModel()->workspaceId();
        window()->showWorkspace(id);
        QTRY_VERIFY(!window()->memberModel()->isLoading() &&
                    window()->memberModel()->rowCount() == SeededMembers);
        QCOMPARE(logged(u"Loaded"_s).size(), 1);

        NewMember existing;
        existing.email = window()->memberModel()->memberAt(0).email;
        existing.firstName = u"Again"_s;
        existing.lastName = u"Again"_s;
        QVERIFY(
            !succeeds<MemberRecord>([&](auto done) { return service()->create(existing, done); }));
        const QStringList failed = logged(u"added failed in Portal"_s);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().contains(existing.email), qPrintable(failed.first()));
    }

    void withoutAWorkspaceTheMenuEntryIsDisabledAndSaysWhy()
    {
        QVERIFY(openWindow(false));
        QVERIFY(!historyAction()->isEnabled());
        QVERIFY2(historyAction()->toolTip().contains(u"workspace"_s),
                 qPrintable(historyAction()->toolTip()));
    }
};

QTEST_MAIN(TestWorkspaceHistory)
#include "tst_workspace_history.moc"
