// Member → Import history… end to end, offscreen, against a real roster-sandbox and a real
// SQLite roster: after two imports walked through the wizard, the window lists both runs, newest
// first, with the file, its SHA-256, the mode, the state, who ran it and the counts; Open shows
// a run's rows; Save Report… writes the run's failed rows as the wizard's report page does, and
// is disabled, saying why, for a run where nothing failed.
#include "dialog_test_helpers.h"
#include "import_dry_run_page.h"
#include "import_file_page.h"
#include "import_history_model.h"
#include "import_history_window.h"
#include "import_launcher.h"
#include "import_report_page.h"
#include "import_row_model.h"
#include "import_run_report_dialog.h"
#include "import_validation_page.h"
#include "import_wizard.h"
#include "import_wizard_files.h"
#include "main_window.h"
#include "member_actions.h"
#include "window_fixture.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using DialogTest::click;
using DialogTest::find;

class TestImportHistory : public QObject
{
    Q_OBJECT

    std::unique_ptr<WindowFixture> m_fixture;

    MainWindow *window() const { return m_fixture->window(); }

    QString writeFile(const QString &name, const QString &text)
    {
        const QString path = m_fixture->dir().filePath(name);
        if (!ImportWizardFiles::writeUtf8(path, text))
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    static QString sha256(const QString &path)
    {
        QFile file(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
            return {};
        return QString::fromLatin1(hash.result().toHex());
    }

    static bool next(ImportWizard *wizard)
    {
        const bool commit = wizard->currentPage()->isCommitPage();
        return click(wizard->button(commit ? QWizard::CommitButton : QWizard::NextButton));
    }

    // The file imported through the wizard with what it chose by itself, to its report; empty
    // when done, else the step that did not come.
    QString importThroughTheWizard(const QString &path)
    {
        // After an import the window reads the members again, the import disabled meanwhile.
        if (!QTest::qWaitFor(
                [this] { return window()->memberActions()->importMembers()->isEnabled(); }))
            return u"the import action"_s;
        window()->memberActions()->importMembers()->trigger();
        ImportWizard *wizard = nullptr;
        if (!QTest::qWaitFor([&] {
                wizard = window()->imports()->wizard();
                return wizard && wizard->isVisible();
            }))
            return u"no wizard"_s;
        wizard->filePage()->setPath(path);
        if (!next(wizard) || !next(wizard) || !next(wizard))
            return u"the pages before the validation"_s;
        if (!QTest::qWaitFor([wizard] { return wizard->validationPage()->isComplete(); }, 30000))
            return u"the validation"_s;
        if (!next(wizard) ||
            !QTest::qWaitFor([wizard] { return wizard->dryRunPage()->isComplete(); }, 30000))
            return u"the dry run"_s;
        if (!next(wizard))
            return u"Start Import"_s;
        if (!QTest::qWaitFor(
                [wizard] {
                    return wizard->currentId() == ImportWizard::ReportPageId &&
                           !wizard->reportPage()->isLoading();
                },
                60000))
            return u"the report"_s;
        wizard->close();
        if (!QTest::qWaitFor([this] { return !window()->imports()->wizard(); }))
            return u"the wizard's closing"_s;
        return {};
    }

    ImportHistoryWindow *openHistory()
    {
        auto *action = window()->findChild<QAction *>(u"importHistoryAction"_s);
        if (!action || !action->isEnabled())
            return nullptr;
        action->trigger();
        auto *history = m_fixture->openedDialog<ImportHistoryWindow>();
        if (!history || !QTest::qWaitFor([history] { return !history->isLoading(); }, 10000))
            return nullptr;
        return history;
    }

    static QString cell(ImportHistoryWindow *history, int row, int column)
    {
        auto *table = find<QTableView>(history, u"importHistoryTable"_s);
        return table->model()->index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        DialogTest::quietOffscreenWarnings();
        qputenv("USER", "casey");
    }

    void init() { m_fixture = std::make_unique<WindowFixture>(); }
    void cleanup() { m_fixture.reset(); }

    void twoImports_areListedNewestFirst_andTheFirstsFailedRowsSaved()
    {
        QVERIFY(m_fixture->startSandbox({u"--rate-limit"_s, u"0"_s, u"--members"_s, u"3"_s}));
        QVERIFY(m_fixture->open({{Provider::Forward, u"Portal"_s}}, 3));
        const QString autumn =
            writeFile(u"autumn.csv"_s, u"E-mail;Full name\r\nautumn-0@example.com;Ada Byron\r\n"
                                       "not-an-address;Alan Turing\r\n"
                                       "autumn-1@example.com;Grace Hopper\r\n"_s);
        const QString winter =
            writeFile(u"winter.csv"_s, ImportWizardFiles::members(u"winter"_s, 3));
        QCOMPARE(importThroughTheWizard(autumn), QString());
        QCOMPARE(importThroughTheWizard(winter), QString());

        ImportHistoryWindow *history = openHistory();
        QVERIFY(history);
        QVERIFY(!history->isModal());
        auto *table = find<QTableView>(history, u"importHistoryTable"_s);
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(cell(history, 0, ImportHistoryModel::File), u"winter.csv"_s);
        QCOMPARE(cell(history, 1, ImportHistoryModel::File), u"autumn.csv"_s);
        QVERIFY(cell(history, 0, ImportHistoryModel::Run).toLongLong() >
                cell(history, 1, ImportHistoryModel::Run).toLongLong());
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(cell(history, row, ImportHistoryModel::State), u"Finished"_s);
            QCOMPARE(cell(history, row, ImportHistoryModel::User), u"casey"_s);
            QCOMPARE(cell(history, row, ImportHistoryModel::Mode), u"Create only"_s);
            // Started and finished, to the minute: "7 Dec 2026 21:28–21:29" (or the same minute).
            QVERIFY2(cell(history, row, ImportHistoryModel::When).contains(u'–'),
                     qPrintable(cell(history, row, ImportHistoryModel::When)));
        }
        // The checksum's start in the cell, the whole one in the tooltip.
        QCOMPARE(cell(history, 1, ImportHistoryModel::Checksum), sha256(autumn).left(12));
        QVERIFY(table->model()
                    ->index(1, ImportHistoryModel::Checksum)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(sha256(autumn)));
        QCOMPARE(cell(history, 0, ImportHistoryModel::Rows), u"3: 3 created"_s);
        QCOMPARE(cell(history, 1, ImportHistoryModel::Rows), u"3: 2 created, 1 failed"_s);

        // The newest is selected: nothing of it failed, so there is no report to save.
        QCOMPARE(history->selectedRunId(), cell(history, 0, ImportHistoryModel::Run).toLongLong());
        auto *save = find<QPushButton>(history, u"importHistorySaveReport"_s);
        QVERIFY(!save->isEnabled());
        QVERIFY2(save->toolTip().contains(u"nothing to save"_s), qPrintable(save->toolTip()));

        table->selectRow(1);
        QVERIFY(save->isEnabled());
        QVERIFY(click(find<QPushButton>(history, u"importHistoryOpen"_s)));
        auto *report = m_fixture->openedDialog<ImportRunReportDialog>();
        QVERIFY(report);
        QTRY_VERIFY_WITH_TIMEOUT(!report->isLoading(), 10000);
        QCOMPARE(report->rows()->rowCount(), 3);
        QCOMPARE(report->rows()->index(1, ImportRowModel::Email).data().toString(),
                 u"not-an-address"_s);
        QCOMPARE(find<QLabel>(report, u"reportChecksum"_s)->text(), sha256(autumn));
        report->close();

        const QString path = m_fixture->dir().filePath(u"autumn-failed.csv"_s);
        QSignalSpy saved(history, &ImportHistoryWindow::reportSaved);
        history->saveReport(path);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        QCOMPARE(saved.first().at(1).toLongLong(), 1);
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(written.readAll());
        QVERIFY2(text.startsWith(u"E-mail;Full name"_s), qPrintable(text));
        QVERIFY2(text.contains(u"not-an-address;Alan Turing"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"autumn-0@example.com"_s), qPrintable(text));
        QVERIFY2(find<QStatusBar>(history, u"importHistoryStatus"_s)
                     ->currentMessage()
                     .contains(u"autumn-failed.csv"_s),
                 qPrintable(find<QStatusBar>(history, u"importHistoryStatus"_s)->currentMessage()));

        // Asked again, the same window reads the runs again.
        QVERIFY(openHistory() == history);
        QCOMPARE(table->model()->rowCount(), 2);
    }
};

QTEST_MAIN(TestImportHistory)
#include "tst_import_history.moc"
