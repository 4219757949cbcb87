// The import wizard reads its file through CsvInputFile, offscreen in the Roster window against a
// real roster-sandbox: a FIFO or a device chosen on the File page is named for what it is and
// cannot be taken on (the window keeps answering); a file replaced by a FIFO after the File page
// gives an error on the Format page instead of a window blocked in open(); a file that grows
// while its rows are checked is reported as changed, not checked as complete.
#include "dialog_test_helpers.h"
#include "import_file_page.h"
#include "import_format_page.h"
#include "import_launcher.h"
#include "import_validation_page.h"
#include "import_wizard.h"
#include "import_wizard_files.h"
#include "inline_message.h"
#include "main_window.h"
#include "validation_scan.h"
#include "window_fixture.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using DialogTest::click;
using DialogTest::find;

class TestImportWizardInputFiles : public QObject
{
    Q_OBJECT

    std::unique_ptr<WindowFixture> m_fixture;

    bool openWindow()
    {
        if (!m_fixture->startSandbox(QStringList{u"--rate-limit"_s, u"0"_s},
                                     "import-input-key-9e03b7"))
            return false;
        Workspace workspace = Workspace::create(u"Acme"_s, Provider::Forward);
        workspace.apiBaseUrl = QUrl(m_fixture->sandbox().baseUrl() + u"/forward"_s);
        workspace.businessId = u"biz_sandbox"_s;
        return m_fixture->openContext(QList<Workspace>{workspace}) && m_fixture->showWindow() &&
               m_fixture->waitForService();
    }

    MainWindow *window() const { return m_fixture->window(); }

    ImportWizard *openWizard() { return m_fixture->openImportWizard(); }

    static bool next(ImportWizard *wizard) { return click(wizard->button(QWizard::NextButton)); }

    QString makeFifo(const QString &name)
    {
        const QString path = m_fixture->dir().filePath(name);
        if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
            qWarning("mkfifo %s failed", qPrintable(path));
        return path;
    }

    // The window answers: a timer set now fires.
    static bool eventLoopTurns()
    {
        bool fired = false;
        QTimer::singleShot(0, [&fired] { fired = true; });
        return QTest::qWaitFor([&fired] { return fired; }, 5000);
    }

private Q_SLOTS:
    void initTestCase() { DialogTest::quietOffscreenWarnings(); }

    void init()
    {
        m_fixture = std::make_unique<WindowFixture>();
        QVERIFY(openWindow());
    }

    void cleanup() { m_fixture.reset(); }

    void aFifoOrADeviceOnTheFilePage_isNamedAndCannotBeTakenOn()
    {
        ImportWizard *wizard = openWizard();
        QVERIFY(wizard);
        const QString fifo = makeFifo(u"members.csv"_s);
        wizard->filePage()->setPath(fifo);
        QTRY_COMPARE(find<QLabel>(wizard, u"fileInfoLabel"_s)->text(),
                     u"%1 is a pipe (FIFO), not a file: Roster reads CSV files only."_s.arg(fifo));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(eventLoopTurns());

        wizard->filePage()->setPath(u"/dev/zero"_s);
        QTRY_COMPARE(find<QLabel>(wizard, u"fileInfoLabel"_s)->text(),
                     u"/dev/zero is a device, not a file: Roster reads CSV files only."_s);
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(eventLoopTurns());

        // A real file next is taken on.
        const QString real = m_fixture->dir().filePath(u"real.csv"_s);
        QVERIFY(ImportWizardFiles::writeUtf8(real, ImportWizardFiles::members(u"r"_s, 3)));
        wizard->filePage()->setPath(real);
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    }

    // Chosen as a file, then replaced by a FIFO before the Format page reads it: the page says
    // so, and the window keeps answering instead of waiting for a writer in open().
    void aFileReplacedByAFifo_isAnErrorOnTheFormatPage()
    {
        ImportWizard *wizard = openWizard();
        QVERIFY(wizard);
        const QString path = m_fixture->dir().filePath(u"members.csv"_s);
        QVERIFY(ImportWizardFiles::writeUtf8(path, ImportWizardFiles::members(u"f"_s, 3)));
        wizard->filePage()->setPath(path);
        QTRY_VERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(QFile::remove(path));
        QCOMPARE(makeFifo(u"members.csv"_s), path);

        QVERIFY(next(wizard));
        QCOMPARE(wizard->currentId(), int(ImportWizard::FormatPageId));
        auto *message = find<InlineMessage>(wizard, u"formatMessage"_s);
        QTRY_COMPARE(message->text(),
                     u"%1 is a pipe (FIFO), not a file: Roster reads CSV files only."_s.arg(path));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(eventLoopTurns());
    }

    // Rows added to the file while its rows are checked: the check fails and says the file
    // changed, instead of counting what it happened to read.
    void aFileThatGrowsWhileChecked_isReportedAsChanged()
    {
        constexpr int Rows = 100'000;
        const QString path = m_fixture->dir().filePath(u"growing.csv"_s);
        QVERIFY(ImportWizardFiles::writeUtf8(path, ImportWizardFiles::members(u"g"_s, Rows)));
        ImportWizard *wizard = openWizard();
        QVERIFY(wizard);
        wizard->filePage()->setPath(path);
        QVERIFY(next(wizard) && next(wizard) && next(wizard));
        ImportValidationPage *validation = wizard->validationPage();
        ValidationScan *scan = validation->scan();
        QVERIFY(scan && scan->isRunning());
        bool appended = false;
        connect(scan, &ValidationScan::progress, this, [&] {
            if (appended)
                return;
            appended = true;
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("late@example.com;Late Comer\r\n");
        });
        auto *message = find<InlineMessage>(wizard, u"validationMessage"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!scan->isRunning(), 120000);
        QVERIFY(appended);
        QVERIFY(!scan->isFinished());
        QCOMPARE(message->text(), u"%1 changed while it was read (its size or modification "
                                  "time); read it again once it is written."_s.arg(path));
        QCOMPARE(find<QLabel>(wizard, u"validationStatus"_s)->text(),
                 u"The rows could not all be checked."_s);
        QVERIFY(!validation->isComplete());
    }
};

QTEST_MAIN(TestImportWizardInputFiles)
#include "tst_import_wizard_input_files.moc"
