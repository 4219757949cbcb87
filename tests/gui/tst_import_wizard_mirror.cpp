// The import wizard's mirror, its deactivation guard and undo, in the Roster window offscreen,
// against a real roster-sandbox and a real SQLite roster: a mirror of a file that drops 30 of 40
// Forward members (above the default limit of 25) asks for the number to be typed, Cancel there
// sends nothing, a wrong number keeps the yes disabled and the right one runs it; the report's
// "Undo This Run…" shows the undo's dry run, runs it, and every member is active again at the
// provider. "Deactivate from file…" takes a file of one address a line, without a header.
#include "api_session.h"
#include "automatic_import_settings.h"
#include "bulk_test_members.h"
#include "dialog_test_helpers.h"
#include "import_dry_run_page.h"
#include "import_file_page.h"
#include "import_format_page.h"
#include "import_history_window.h"
#include "import_journal.h"
#include "import_launcher.h"
#include "import_mapping_page.h"
#include "import_planner.h"
#include "import_report_page.h"
#include "import_row_model.h"
#include "import_run_page.h"
#include "import_runner.h"
#include "import_undo_page.h"
#include "import_validation_page.h"
#include "import_wizard.h"
#include "import_wizard_files.h"
#include "main_window.h"
#include "member_actions.h"
#include "member_service.h"
#include "roster_database.h"
#include "window_fixture.h"
#include "workspace_store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using DialogTest::click;
using DialogTest::find;

class TestImportWizardMirror : public QObject
{
    Q_OBJECT

    std::unique_ptr<WindowFixture> m_fixture;

    MainWindow *window() const { return m_fixture->window(); }
    MemberService *service() const { return window()->memberActions()->service(); }
    RosterDatabase &database() const { return m_fixture->context().database(); }

    Workspace acme() const
    {
        Workspace workspace = Workspace::create(u"Acme"_s, Provider::Forward);
        workspace.apiBaseUrl = QUrl(m_fixture->sandbox().baseUrl() + u"/forward"_s);
        workspace.businessId = u"biz_sandbox"_s;
        workspace.requestBudget = 100;
        return workspace;
    }

    // The window on one Forward workspace of a sandbox whose members are `members`, all active
    // (created through the import engine before the window opens, on a roster of their own).
    bool openWindow(const QStringList &members)
    {
        if (!m_fixture->startSandbox({u"--rate-limit"_s, u"0"_s, u"--members"_s, u"0"_s},
                                     "import-mirror-key-7d2e41"))
            return false;
        Workspace workspace = acme();
        if (!seed(workspace, members))
            return false;
        return m_fixture->openContext(QList<Workspace>{workspace}) && m_fixture->showWindow() &&
               m_fixture->waitForService() && m_fixture->waitForRows(int(members.size()));
    }

    QString writeFile(const QString &name, const QString &text)
    {
        const QString path = m_fixture->dir().filePath(name);
        if (!ImportWizardFiles::writeUtf8(path, text))
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    static QStringList emails(int count)
    {
        QStringList emails;
        for (int i = 1; i <= count; ++i)
            emails << u"member%1@example.com"_s.arg(i, 2, 10, QChar(u'0'));
        return emails;
    }

    // A CSV file of `emails`, named as seed() names them.
    static QString membersFile(const QStringList &emails)
    {
        QString text = u"email,first name,last name\n"_s;
        for (const QString &email : emails)
            text += email + u",Member,"_s + email.section(u'@', 0, 0) + u'\n';
        return text;
    }

    // `emails` created at `workspace`'s provider through the import engine, as a first import
    // would, with a roster and a session of their own.
    bool seed(const Workspace &workspace, const QStringList &emails)
    {
        QTemporaryDir dir;
        RosterDatabase db(dir.filePath(u"seed.sqlite"_s));
        QString error;
        if (!db.open(&error)) {
            qWarning("seeding: %s", qPrintable(error));
            return false;
        }
        QNetworkAccessManager network;
        PacerRegistry pacers;
        const QByteArray key = m_fixture->sandbox().apiKey();
        MemberService service(workspace,
                              new ApiSession(&network, pacers.pacerFor(key, 100, 6), key), db);
        const QString path = dir.filePath(u"seed.csv"_s);
        if (!ImportWizardFiles::writeUtf8(path, membersFile(emails)))
            return false;
        qint64 runId = 0;
        {
            ImportPlanner planner(&service, db, automaticImportSettings(path));
            QSignalSpy planned(&planner, &ImportPlanner::finished);
            planner.start();
            if (!QTest::qWaitFor([&] { return !planned.isEmpty(); }, 60000))
                return false;
            runId = planned.first().first().toLongLong();
        }
        ImportRunner runner(&service, db, runId);
        QSignalSpy ran(&runner, &ImportRunner::finished);
        runner.start();
        return QTest::qWaitFor([&] { return !ran.isEmpty(); }, 60000) &&
               BulkTestMembers::active(m_fixture->sandbox(), u"forward"_s, 1000).size() ==
                   emails.size();
    }

    static bool next(ImportWizard *wizard)
    {
        const bool commit = wizard->currentPage()->isCommitPage();
        const bool clicked =
            click(wizard->button(commit ? QWizard::CommitButton : QWizard::NextButton));
        if (!clicked)
            qWarning("Next refused on page %d", wizard->currentId());
        return clicked;
    }

    // The file, its format, its mapping (`beforeMapping` chooses there) and its validation,
    // to the end of the dry run.
    static bool walkToPlan(ImportWizard *wizard, const QString &path,
                           const std::function<void()> &beforeMapping = {})
    {
        wizard->filePage()->setPath(path);
        if (!next(wizard) || !next(wizard))
            return false;
        if (beforeMapping)
            beforeMapping();
        if (!next(wizard) ||
            !QTest::qWaitFor([wizard] { return wizard->validationPage()->isComplete(); }, 30000) ||
            !next(wizard))
            return false;
        return QTest::qWaitFor([wizard] { return wizard->dryRunPage()->isComplete(); }, 60000);
    }

    static bool waitForReport(ImportWizard *wizard)
    {
        return QTest::qWaitFor(
            [wizard] {
                return wizard->currentId() == ImportWizard::ReportPageId &&
                       !wizard->reportPage()->isLoading();
            },
            60000);
    }

    // The visible message box of this object name over the window's wizards.
    QMessageBox *openBox(const QString &objectName)
    {
        QMessageBox *found = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                for (QMessageBox *box : window()->findChildren<QMessageBox *>(objectName)) {
                    if (box->isVisible())
                        found = box;
                }
                return found != nullptr;
            },
            10000);
        return found;
    }

    ImportWizard *openUndoWizard()
    {
        ImportWizard *found = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                for (ImportWizard *wizard : window()->findChildren<ImportWizard *>()) {
                    if (wizard->isVisible() && wizard->undoPage())
                        found = wizard;
                }
                return found != nullptr;
            },
            10000);
        return found;
    }

    QStringList providerStates(const QString &state) const
    {
        return state == u"active"_s
                   ? BulkTestMembers::active(m_fixture->sandbox(), u"forward"_s, 1000)
                   : BulkTestMembers::deactivated(m_fixture->sandbox(), u"forward"_s, emails(40));
    }

    static QString figure(QWidget *parent, const QString &name)
    {
        auto *label = find<QLabel>(parent, name);
        return label ? label->text() : QString();
    }

private Q_SLOTS:
    void initTestCase() { DialogTest::quietOffscreenWarnings(); }
    void init() { m_fixture = std::make_unique<WindowFixture>(); }
    void cleanup() { m_fixture.reset(); }

    void mirror_typedConfirmation_report_thenUndo()
    {
        const QStringList all = emails(40);
        QVERIFY(openWindow(all));
        const QStringList kept = all.mid(0, 10);
        const QStringList dropped = all.mid(10);
        const QString path = writeFile(u"paid-members.csv"_s, membersFile(kept));

        ImportWizard *wizard = m_fixture->openImportWizard();
        QVERIFY(wizard);
        QVERIFY(walkToPlan(wizard, path, [wizard] {
            ImportMappingPage *mapping = wizard->mappingPage();
            // The state column is offered like any other field.
            QVERIFY(mapping->fieldCombo(0)->findData(int(ImportField::State)) >= 0);
            QVERIFY(mapping->mirrorRadio()->isVisibleTo(wizard));
            QVERIFY(click(mapping->mirrorRadio()));
        }));
        QCOMPARE(wizard->context().choices.mode, ImportSettings::Mode::Mirror);

        // The dry run lists the 30 members the file lacks for deactivation.
        ImportDryRunPage *dryRun = wizard->dryRunPage();
        QCOMPARE(dryRun->counts().plans.value(ImportPlan::Deactivate), 30);
        QCOMPARE(dryRun->counts().plans.value(ImportPlan::Unchanged), 10);
        QVERIFY(QTest::qWaitFor([dryRun] { return dryRun->rows()->rowCount() == 40; }, 20000));

        // Start Import asks for the number: 30 is above the default limit of 25.
        QVERIFY(next(wizard));
        QPointer<QMessageBox> question = openBox(u"typedDeactivationConfirmation"_s);
        QVERIFY(question);
        QCOMPARE(wizard->currentId(), ImportWizard::DryRunPageId);
        QVERIFY2(question->text().contains(u"30"_s), qPrintable(question->text()));
        QVERIFY2(question->informativeText().contains(dropped.first()),
                 qPrintable(question->informativeText()));
        // Cancel: back on the dry run, nothing sent.
        QVERIFY(click(find<QPushButton>(question, u"cancelActionButton"_s)));
        QTRY_VERIFY(!question || !question->isVisible());
        QCOMPARE(wizard->currentId(), ImportWizard::DryRunPageId);
        QCOMPARE(providerStates(u"active"_s).size(), 40);

        QVERIFY(next(wizard));
        question = openBox(u"typedDeactivationConfirmation"_s);
        QVERIFY(question);
        auto *typed = find<QLineEdit>(question, u"typedConfirmationEdit"_s);
        auto *yes = find<QPushButton>(question, u"confirmActionButton"_s);
        QVERIFY(typed && yes);
        QVERIFY(!yes->isEnabled());
        DialogTest::type(typed, u"29"_s);
        QVERIFY(!yes->isEnabled());
        QCOMPARE(wizard->currentId(), ImportWizard::DryRunPageId);
        typed->clear();
        DialogTest::type(typed, u"30"_s);
        QVERIFY(yes->isEnabled());
        QVERIFY(click(yes));

        // The run, and the report: 30 deactivated, at the provider too.
        QVERIFY(waitForReport(wizard));
        ImportReportPage *report = wizard->reportPage();
        QCOMPARE(report->counts().outcomes.value(ImportOutcome::Deactivated), 30);
        QCOMPARE(figure(wizard, u"deactivatedCount"_s), u"30"_s);
        QStringList deactivated = providerStates(u"deactivated"_s);
        deactivated.sort();
        QCOMPARE(deactivated, dropped);

        // The import history offers to undo it too; the run that changed nobody, not.
        QAction *history = window()->findChild<QAction *>(u"importHistoryAction"_s);
        QVERIFY(history);
        history->trigger();
        auto *historyWindow = m_fixture->openedDialog<ImportHistoryWindow>();
        QVERIFY(historyWindow);
        QVERIFY(QTest::qWaitFor([historyWindow] { return !historyWindow->isLoading(); }, 10000));
        historyWindow->selectRun(wizard->runId());
        auto *historyUndo = find<QPushButton>(historyWindow, u"importHistoryUndo"_s);
        QVERIFY(historyUndo->isEnabled());
        historyWindow->close();

        // Undo This Run… opens the undo's wizard on what it puts back, then its dry run.
        QPushButton *undo = report->undoButton();
        QVERIFY(undo->isEnabled());
        QVERIFY(click(undo));
        ImportWizard *undoWizard = openUndoWizard();
        QVERIFY(undoWizard);
        QCOMPARE(undoWizard->currentId(), ImportWizard::UndoPageId);
        // The mirror created nobody: nothing to include.
        QVERIFY(!undoWizard->undoPage()->includeCreatedCheck()->isVisibleTo(undoWizard));
        QVERIFY(next(undoWizard));
        QCOMPARE(undoWizard->currentId(), ImportWizard::DryRunPageId);
        ImportDryRunPage *undoPlan = undoWizard->dryRunPage();
        QVERIFY(QTest::qWaitFor([undoPlan] { return undoPlan->isComplete(); }, 60000));
        QCOMPARE(undoPlan->counts().plans.value(ImportPlan::Reactivate), 30);
        QCOMPARE(undoPlan->counts().plans.value(ImportPlan::Deactivate), 0);
        QCOMPARE(providerStates(u"active"_s).size(), 10); // a dry run sends nothing

        // Reactivating asks nothing; the report, and every member active again.
        QVERIFY(next(undoWizard));
        QVERIFY(waitForReport(undoWizard));
        QVERIFY2(figure(undoWizard, u"runHeading"_s).startsWith(u"Undoing import"_s),
                 qPrintable(figure(undoWizard, u"runHeading"_s)));
        QCOMPARE(undoWizard->reportPage()->counts().outcomes.value(ImportOutcome::Reactivated), 30);
        QStringList active = providerStates(u"active"_s);
        active.sort();
        QCOMPARE(active, all);
        QVERIFY(providerStates(u"deactivated"_s).isEmpty());
    }

    // A mirror planned but never started (a crash while the question was open) is offered to
    // resume; resuming asks before anything is sent, and Cancel closes the wizard, the plan kept.
    void resumedPlannedMirror_asksFirst()
    {
        const QStringList all = emails(40);
        QVERIFY(openWindow(all));
        ImportSettings settings =
            automaticImportSettings(writeFile(u"paid-members.csv"_s, membersFile(all.mid(0, 10))),
                                    ImportSettings::Mode::Mirror);
        qint64 runId = 0;
        {
            ImportPlanner planner(service(), database(), settings);
            QSignalSpy planned(&planner, &ImportPlanner::finished);
            planner.start();
            QVERIFY(QTest::qWaitFor([&] { return !planned.isEmpty(); }, 60000));
            runId = planned.first().first().toLongLong();
        }
        window()->imports()->resume(runId);
        QPointer<QMessageBox> question = openBox(u"typedDeactivationConfirmation"_s);
        QVERIFY(question);
        QPointer<ImportWizard> wizard = window()->imports()->wizard();
        QVERIFY(wizard);
        QCOMPARE(wizard->currentId(), ImportWizard::RunPageId);
        QVERIFY(!wizard->runPage()->runner());
        QVERIFY(click(find<QPushButton>(question, u"cancelActionButton"_s)));
        QTRY_VERIFY(!wizard || !wizard->isVisible());
        QCOMPARE(providerStates(u"active"_s).size(), 40);
        QString error;
        QCOMPARE(ImportJournal(database()).run(runId, &error)->state, ImportRunState::Planned);

        // Again, and agreed: it runs.
        QTRY_VERIFY(!window()->imports()->wizard());
        window()->imports()->resume(runId);
        question = openBox(u"typedDeactivationConfirmation"_s);
        QVERIFY(question);
        DialogTest::type(find<QLineEdit>(question, u"typedConfirmationEdit"_s), u"30"_s);
        QVERIFY(click(find<QPushButton>(question, u"confirmActionButton"_s)));
        wizard = window()->imports()->wizard();
        QVERIFY(wizard);
        QVERIFY(waitForReport(wizard));
        QCOMPARE(providerStates(u"deactivated"_s).size(), 30);
    }

    void undoThisRun_disabledWithWhyForARunThatChangedNobody()
    {
        QVERIFY(openWindow(emails(3)));
        ImportWizard *wizard = m_fixture->openImportWizard();
        QVERIFY(wizard);
        // A run that changed nobody: its report offers no undo, and says why.
        const QString path = writeFile(u"same.csv"_s, membersFile(emails(3)));
        QVERIFY(walkToPlan(wizard, path));
        QVERIFY(next(wizard));
        QVERIFY(waitForReport(wizard));
        QPushButton *undo = wizard->reportPage()->undoButton();
        QVERIFY(!undo->isEnabled());
        QVERIFY2(undo->toolTip().contains(u"nothing to undo"_s), qPrintable(undo->toolTip()));
    }

    void deactivateFromFile_oneAddressALine()
    {
        const QStringList all = emails(5);
        QVERIFY(openWindow(all));
        const QString path = writeFile(u"leavers.txt"_s, all.at(1) + u'\n' + all.at(3) + u'\n');

        QAction *action = window()->memberActions()->deactivateFromFile();
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *wizard = m_fixture->openedDialog<ImportWizard>();
        QVERIFY(wizard);
        QCOMPARE(wizard->context().choices.mode, ImportSettings::Mode::Deactivate);
        QVERIFY(walkToPlan(wizard, path, [wizard] {
            // No header: the first address is a member; the one column is the email, and the
            // mode is given.
            QVERIFY(!wizard->formatPage()->detected().hasHeader);
            QCOMPARE(wizard->mappingPage()->fieldCombo(0)->currentData().toInt(),
                     int(ImportField::Email));
            QVERIFY(!find<QGroupBox>(wizard, u"existingMembersGroup"_s)->isVisibleTo(wizard));
            QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        }));
        QCOMPARE(wizard->dryRunPage()->counts().plans.value(ImportPlan::Deactivate), 2);

        // Two of five is within the limit: a plain yes, naming them.
        QVERIFY(next(wizard));
        QMessageBox *question = openBox(u"importDeactivationConfirmation"_s);
        QVERIFY(question);
        QVERIFY2(question->informativeText().contains(all.at(3)),
                 qPrintable(question->informativeText()));
        QVERIFY(click(find<QPushButton>(question, u"confirmActionButton"_s)));
        QVERIFY(waitForReport(wizard));
        QCOMPARE(wizard->reportPage()->counts().outcomes.value(ImportOutcome::Deactivated), 2);
        QStringList deactivated = providerStates(u"deactivated"_s);
        deactivated.sort();
        QCOMPARE(deactivated, (QStringList{all.at(1), all.at(3)}));
    }
};

QTEST_MAIN(TestImportWizardMirror)
#include "tst_import_wizard_mirror.moc"
