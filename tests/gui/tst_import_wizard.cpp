// The bulk import wizard in the Roster window, offscreen, against a real roster-sandbox and a
// real SQLite roster: a messy file walked from its choice to the report (the detected format,
// the automatic mapping, the problems on their line and column, the plan, the run, the counts,
// the failed-rows file, the provider's state), Heartbeat's role for the whole file and pending
// members, Heartbeat's profile columns with pictures by relative path and the dry run's field
// diff, the action disabled with its reason while the workspace is not connected, pause,
// resume and cancel on the run page, closing mid-run, a retry of the rows a provider outage
// failed, the offer to resume (or discard) an import that a crash left half-done, and the
// validation of 100,000 rows with the event loop running.
#include "api_session.h"
#include "automatic_import_settings.h"
#include "bulk_test_members.h"
#include "csv_reader.h"
#include "dialog_test_helpers.h"
#include "import_dry_run_page.h"
#include "import_file_page.h"
#include "import_format_page.h"
#include "import_journal.h"
#include "import_launcher.h"
#include "import_mapping_page.h"
#include "import_planner.h"
#include "import_report_page.h"
#include "import_resume_banner.h"
#include "import_row_model.h"
#include "import_run_page.h"
#include "import_runner.h"
#include "import_validation_page.h"
#include "import_wizard.h"
#include "import_wizard_files.h"
#include "inline_message.h"
#include "issue_cell_delegate.h"
#include "main_window.h"
#include "member_actions.h"
#include "member_service.h"
#include "member_table_model.h"
#include "problem_row_model.h"
#include "roster_context.h"
#include "roster_database.h"
#include "sandbox_stats.h"
#include "validation_issue_model.h"
#include "validation_scan.h"
#include "window_fixture.h"
#include "workspace_connections.h"
#include "workspace_lock.h"
#include "workspace_store.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStyleOptionComboBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using DialogTest::click;
using DialogTest::find;

class TestImportWizard : public QObject
{
    Q_OBJECT

    std::unique_ptr<WindowFixture> m_fixture;

    bool startSandbox(const QStringList &arguments)
    {
        return m_fixture->startSandbox(arguments, "import-wizard-key-5c1f0a");
    }

    RosterPaths paths() const { return m_fixture->paths(); }
    MainWindow *window() const { return m_fixture->window(); }

    // The one workspace of the test, in the workspaces file (made on the first call).
    Workspace testWorkspace(double budget, Provider provider = Provider::Forward)
    {
        WorkspaceStore store(paths().workspacesFile);
        QString error;
        if (!store.load(&error))
            qWarning("%s", qPrintable(error));
        if (!store.workspaces().isEmpty())
            return store.workspaces().first();
        Workspace workspace = Workspace::create(u"Acme"_s, provider);
        if (provider == Provider::Heartbeat) {
            workspace.apiBaseUrl = QUrl(m_fixture->sandbox().baseUrl() + u"/heartbeat/v0"_s);
            workspace.communityUrl =
                QUrl(m_fixture->sandbox().baseUrl() + u"/heartbeat/community"_s);
        } else if (provider == Provider::Beam) {
            workspace.apiBaseUrl = QUrl(m_fixture->sandbox().baseUrl() + u"/beam"_s);
        } else {
            workspace.apiBaseUrl = QUrl(m_fixture->sandbox().baseUrl() + u"/forward"_s);
            workspace.businessId = u"biz_sandbox"_s;
        }
        workspace.requestBudget = budget;
        if (!store.add(workspace, &error))
            qWarning("%s", qPrintable(error));
        return workspace;
    }

    // The window on the workspace, its key for this session, its members shown.
    bool openWindow(double budget = 50, Provider provider = Provider::Forward)
    {
        testWorkspace(budget, provider);
        return m_fixture->openContext(QList<Workspace>{}) && m_fixture->showWindow() &&
               m_fixture->waitForService();
    }

    MemberService *service() const { return window()->memberActions()->service(); }

    // Ctrl+I in the window opens the wizard.
    ImportWizard *openWizard() { return m_fixture->openImportWizard(); }

    static bool next(ImportWizard *wizard)
    {
        const bool commit = wizard->currentPage()->isCommitPage();
        return click(wizard->button(commit ? QWizard::CommitButton : QWizard::NextButton));
    }

    QString writeFile(const QString &name, const QString &text)
    {
        const QString path = m_fixture->dir().filePath(name);
        if (!ImportWizardFiles::writeUtf8(path, text))
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    // From the File page to the end of the dry run with what the wizard chose by itself.
    bool walkToPlan(ImportWizard *wizard, const QString &path)
    {
        wizard->filePage()->setPath(path);
        if (!next(wizard) || !next(wizard) || !next(wizard))
            return false;
        if (!QTest::qWaitFor([wizard] { return wizard->validationPage()->isComplete(); }, 30000))
            return false;
        if (!next(wizard))
            return false;
        return QTest::qWaitFor([wizard] { return wizard->dryRunPage()->isComplete(); }, 30000);
    }

    bool waitForReport(ImportWizard *wizard, int timeoutMs = 60000)
    {
        return QTest::qWaitFor(
            [wizard] {
                return wizard->currentId() == ImportWizard::ReportPageId &&
                       !wizard->reportPage()->isLoading();
            },
            timeoutMs);
    }

    // The message box of this object name that a wizard or the window has open.
    template <typename Box = QMessageBox> Box *openBox(const QString &objectName)
    {
        Box *found = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                const QList<Box *> boxes = window()->findChildren<Box *>(objectName);
                for (Box *box : boxes) {
                    if (box->isVisible())
                        found = box;
                }
                return found != nullptr;
            },
            10000);
        return found;
    }

    static qint64 outcome(const ImportCounts &counts, ImportOutcome outcome)
    {
        return counts.outcomes.value(outcome);
    }

    qint64 creates() const
    {
        return SandboxStats::count(m_fixture->sandbox().stats(), u"forward"_s, u"POST /users"_s);
    }

    QStringList forwardEmails() const
    {
        return SandboxStats::memberEmails(m_fixture->sandbox().state(), u"forward"_s);
    }

    QJsonObject forwardMember(const QString &email) const
    {
        const QJsonArray members = m_fixture->sandbox().state(u"forward"_s)[u"members"_s].toArray();
        for (const QJsonValue &member : members) {
            if (member[u"email"_s].toString() == email)
                return member.toObject();
        }
        return {};
    }

    static QString label(QWidget *parent, const QString &objectName)
    {
        auto *widget = find<QLabel>(parent, objectName);
        return widget ? widget->text() : QString();
    }

private Q_SLOTS:
    void initTestCase() { DialogTest::quietOffscreenWarnings(); }

    void init() { m_fixture = std::make_unique<WindowFixture>(); }

    void cleanup() { m_fixture.reset(); }

    // Terminal escapes in cells are shown as \x1b in the preview, never as raw characters.
    void controlCharactersInCellsAreShownEscaped()
    {
        QVERIFY(startSandbox({u"--rate-limit"_s, u"0"_s, u"--members"_s, u"0"_s}));
        const QString path =
            writeFile(u"escapes.csv"_s, u"email,name\nann@example.com,Ann\x1b]0;pwned\x07 Lee\n"
                                        u"bo@example.com,Bo\x1b[2J\n"_s);
        QVERIFY(openWindow());
        ImportWizard *wizard = openWizard();
        QVERIFY(wizard);
        DialogTest::type(find<QLineEdit>(wizard, u"fileEdit"_s), path);
        QVERIFY(next(wizard));
        QCOMPARE(wizard->currentId(), ImportWizard::FormatPageId);
        auto *preview = find<QTableWidget>(wizard, u"previewTable"_s);
        QCOMPARE(preview->rowCount(), 2);
        QCOMPARE(preview->item(0, 1)->text(), u"Ann\\x1b]0;pwned\\x07 Lee"_s);
        QCOMPARE(preview->item(1, 1)->text(), u"Bo\\x1b[2J"_s);
    }

    void messyFile_walkedFromTheFileToTheReport()
    {
        QVERIFY(startSandbox({u"--rate-limit"_s, u"0"_s, u"--members"_s, u"3"_s}));
        const QString existing =
            BulkTestMembers::active(m_fixture->sandbox(), u"forward"_s, 1).value(0);
        QVERIFY(!existing.isEmpty());
        // Excel's "CSV" on a German Windows: semicolons, Windows-1252, CRLF; headers in its own
        // words; a bad address, a duplicate in another case, an empty line, a blank row.
        const QString path = m_fixture->dir().filePath(u"Mitglieder.csv"_s);
        QVERIFY(ImportWizardFiles::writeWindows1252(
            path, u"E-mail;Full name;Notes\r\n"_s               // line 1
                  u"ada@example.com;Ada Lovelace;first\r\n"_s   // 2
                  u"not-an-email;Bad Address;x\r\n"_s           // 3: invalid
                  u"grace@example.com;Grace Hopper;\r\n"_s      // 4
                  u"ADA@example.com;Ada Again;dup\r\n"_s        // 5: duplicate of line 2
                  u"\r\n"_s                                     // 6: empty, not a record
                  u";;\r\n"_s                                   // 7: blank
                  u"zoe@example.com;Zoë Müller;ü\r\n"_s         // 8
                      + existing + u";Renamed Person;\r\n"_s)); // 9: an update
        QVERIFY(openWindow());
        QTRY_COMPARE_WITH_TIMEOUT(window()->memberModel()->rowCount(), 3, 20000);
        QAction *importAction = window()->memberActions()->importMembers();
        QVERIFY(importAction->isEnabled());
        QCOMPARE(importAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
        ImportWizard *wizard = openWizard();
        QVERIFY(wizard);

        // 1. The file: typed, with its size shown.
        QCOMPARE(wizard->currentId(), ImportWizard::FilePageId);
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        auto *dropArea = find<QWidget>(wizard, u"dropArea"_s);
        QVERIFY(dropArea->isVisible());
        DialogTest::type(find<QLineEdit>(wizard, u"fileEdit"_s), path);
        QVERIFY2(label(wizard, u"fileInfoLabel"_s).contains(u"Mitglieder.csv"_s),
                 qPrintable(label(wizard, u"fileInfoLabel"_s)));
        // A file chosen: the empty drop area gives way.
        QVERIFY(!dropArea->isVisible());
        QVERIFY(next(wizard));

        // 2. The detected format, and the rows as read.
        QCOMPARE(wizard->currentId(), ImportWizard::FormatPageId);
        QCOMPARE(wizard->formatPage()->detected().encoding, CsvEncoding::Windows1252);
        QCOMPARE(wizard->formatPage()->detected().delimiter, u';');
        QVERIFY(wizard->formatPage()->detected().hasHeader);
        QCOMPARE(find<QComboBox>(wizard, u"encodingCombo"_s)->currentData().toInt(),
                 int(CsvEncoding::Windows1252));
        QCOMPARE(find<QComboBox>(wizard, u"delimiterCombo"_s)->currentData().toChar(), u';');
        QVERIFY(find<QCheckBox>(wizard, u"headerCheck"_s)->isChecked());
        auto *preview = find<QTableWidget>(wizard, u"previewTable"_s);
        QCOMPARE(preview->rowCount(), 7); // the empty line is no record
        QCOMPARE(preview->horizontalHeaderItem(0)->text(), u"E-mail"_s);
        QCOMPARE(preview->verticalHeaderItem(3)->text(), u"5"_s); // lines as in the file
        QCOMPARE(preview->verticalHeaderItem(4)->text(), u"7"_s);
        QCOMPARE(preview->item(5, 1)->text(), u"Zoë Müller"_s);
        // Another delimiter reads the file otherwise, at once; back to the detected one.
        auto *delimiter = find<QComboBox>(wizard, u"delimiterCombo"_s);
        delimiter->setCurrentIndex(delimiter->findData(QChar(u',')));
        QCOMPARE(preview->columnCount(), 1);
        delimiter->setCurrentIndex(delimiter->findData(QChar(u';')));
        QCOMPARE(preview->columnCount(), 3);
        QVERIFY(next(wizard));

        // 3. The automatic mapping; Forward needs an email, which Next waits for.
        QCOMPARE(wizard->currentId(), ImportWizard::MappingPageId);
        ImportMappingPage *mapping = wizard->mappingPage();
        QCOMPARE(mapping->fieldCombo(0)->currentData().toInt(), int(ImportField::Email));
        QCOMPARE(mapping->fieldCombo(1)->currentData().toInt(), int(ImportField::Name));
        QCOMPARE(mapping->fieldCombo(2)->currentData().toInt(), -1); // Notes: skipped
        QVERIFY(!mapping->roleCombo()->isVisibleTo(wizard));         // Forward keeps no role
        QVERIFY(!find<QCheckBox>(wizard, u"pendingCheck"_s)->isVisibleTo(wizard));
        auto *missing = find<InlineMessage>(wizard, u"missingFieldsMessage"_s);
        QVERIFY(!missing->isVisible());
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        mapping->fieldCombo(0)->setCurrentIndex(0); // skip the email
        QVERIFY(missing->isVisible());
        QVERIFY2(missing->text().contains(u"email"_s), qPrintable(missing->text()));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        mapping->fieldCombo(2)->setCurrentIndex(
            mapping->fieldCombo(2)->findData(int(ImportField::Email))); // Notes as the email
        QVERIFY(!missing->isVisible());
        mapping->fieldCombo(0)->setCurrentIndex(
            mapping->fieldCombo(0)->findData(int(ImportField::Email))); // takes it back
        QCOMPARE(mapping->fieldCombo(2)->currentData().toInt(), -1);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(click(find<QRadioButton>(wizard, u"createOrUpdateRadio"_s)));
        QVERIFY(next(wizard));

        // 4. Every row checked: each problem on its line and column.
        QCOMPARE(wizard->currentId(), ImportWizard::ValidationPageId);
        ImportValidationPage *validation = wizard->validationPage();
        QTRY_VERIFY_WITH_TIMEOUT(validation->isComplete(), 20000);
        QCOMPARE(validation->scan()->validCount(), 4);
        QCOMPARE(validation->scan()->invalidCount(), 2);
        QCOMPARE(validation->scan()->blankCount(), 1);
        QVERIFY2(label(wizard, u"invalidCountLabel"_s).contains(u'2'),
                 qPrintable(label(wizard, u"invalidCountLabel"_s)));
        ValidationIssueModel *issues = validation->issues();
        QCOMPARE(issues->rowCount(), 2);
        auto issue = [issues](int row, int column) {
            return issues->index(row, column).data().toString();
        };
        QCOMPARE(issue(0, ValidationIssueModel::Line), u"3"_s);
        QCOMPARE(issue(0, ValidationIssueModel::ColumnName), u"E-mail"_s);
        QCOMPARE(issue(0, ValidationIssueModel::Field), u"Email"_s);
        QVERIFY2(issue(0, ValidationIssueModel::Message).contains(u"not-an-email"_s),
                 qPrintable(issue(0, ValidationIssueModel::Message)));
        // The Line and Column columns say where; the problem does not repeat it.
        for (const int row : {0, 1}) {
            const QString message = issue(row, ValidationIssueModel::Message);
            QVERIFY2(!message.startsWith(u"Line"_s) && !message.contains(u"column “"_s),
                     qPrintable(message));
        }
        QCOMPARE(issue(1, ValidationIssueModel::Line), u"5"_s);
        QCOMPARE(issue(1, ValidationIssueModel::ColumnName), u"E-mail"_s);
        QVERIFY2(issue(1, ValidationIssueModel::Message).contains(u"line 2"_s),
                 qPrintable(issue(1, ValidationIssueModel::Message)));
        // The problem rows as read, the bad cell marked, its tooltip the problem.
        ProblemRowModel *rows = validation->problemRows();
        QCOMPARE(rows->rowCount(), 2);
        QCOMPARE(rows->index(0, 0).data().toString(), u"3"_s);
        QCOMPARE(rows->index(0, 1).data().toString(), u"not-an-email"_s);
        QVERIFY(rows->index(0, 1).data(IssueCellDelegate::HasIssueRole).toBool());
        QVERIFY(rows->index(0, 1).data(Qt::ToolTipRole).toString().contains(u"not-an-email"_s));
        QVERIFY(!rows->index(0, 2).data(IssueCellDelegate::HasIssueRole).toBool());
        QVERIFY(next(wizard));

        // 5. The dry run: the plan per row; nothing sent yet.
        QCOMPARE(wizard->currentId(), ImportWizard::DryRunPageId);
        ImportDryRunPage *dryRun = wizard->dryRunPage();
        QTRY_VERIFY_WITH_TIMEOUT(dryRun->isComplete(), 20000);
        const ImportCounts plan = dryRun->counts();
        QCOMPARE(plan.plans.value(ImportPlan::Create), 3);
        QCOMPARE(plan.plans.value(ImportPlan::Update), 1);
        QCOMPARE(plan.plans.value(ImportPlan::Invalid), 2);
        QCOMPARE(plan.plans.value(ImportPlan::Blank), 1);
        QCOMPARE(plan.total(), 7);
        QTRY_COMPARE(dryRun->rows()->rowCount(), 7);
        auto *filter = find<QComboBox>(wizard, u"planFilterCombo"_s);
        filter->setCurrentIndex(filter->findData(int(ImportPlan::Invalid)));
        QCOMPARE(dryRun->shownRows()->rowCount(), 2);
        QCOMPARE(dryRun->shownRows()->index(0, ImportRowModel::Email).data().toString(),
                 u"not-an-email"_s);
        filter->setCurrentIndex(filter->findData(int(ImportPlan::Update)));
        QCOMPARE(dryRun->shownRows()->rowCount(), 1);
        QCOMPARE(dryRun->shownRows()->index(0, ImportRowModel::Email).data().toString(), existing);
        auto *startMessage = find<InlineMessage>(wizard, u"planMessage"_s);
        QVERIFY2(startMessage->text().contains(u"budget of 50 requests/s"_s),
                 qPrintable(startMessage->text()));
        QCOMPARE(creates(), 0);
        QCOMPARE(wizard->button(QWizard::CommitButton)->text(), u"&Start Import"_s);
        QVERIFY(next(wizard));

        // 6. The run to its end, then 7. the report.
        QVERIFY(waitForReport(wizard));
        QVERIFY(wizard->runPage()->isFinished());
        QCOMPARE(wizard->runPage()->runner()->finishedCount(), 4);
        QCOMPARE(wizard->runPage()->runner()->total(), 4);
        QCOMPARE(label(wizard, u"rowsDoneLabel"_s), u"4 of 4"_s);
        ImportReportPage *report = wizard->reportPage();
        QCOMPARE(outcome(report->counts(), ImportOutcome::Created), 3);
        QCOMPARE(outcome(report->counts(), ImportOutcome::Updated), 1);
        QCOMPARE(outcome(report->counts(), ImportOutcome::Reactivated), 0);
        QCOMPARE(outcome(report->counts(), ImportOutcome::Skipped), 1);
        QCOMPARE(outcome(report->counts(), ImportOutcome::Failed), 2);
        QCOMPARE(label(wizard, u"createdCount"_s), u"3"_s);
        QCOMPARE(label(wizard, u"updatedCount"_s), u"1"_s);
        QCOMPARE(label(wizard, u"failedCount"_s), u"2"_s);
        QCOMPARE(report->failedRows()->rowCount(), 2);
        QVERIFY(report->failedRows()
                    ->index(1, ImportRowModel::Reason)
                    .data()
                    .toString()
                    .contains(u"line 2"_s));
        for (const int row : {0, 1}) {
            const QModelIndex reason = report->failedRows()->index(row, ImportRowModel::Reason);
            QVERIFY2(!reason.data().toString().startsWith(u"Line"_s),
                     qPrintable(reason.data().toString()));
            QVERIFY(reason.data(Qt::ToolTipRole).toString().startsWith(u"Line"_s));
        }
        // Invalid rows were never sent: nothing to retry.
        QCOMPARE(report->retryableCount(), 0);
        auto *retry = find<QPushButton>(wizard, u"retryFailedRowsButton"_s);
        QVERIFY(!retry->isEnabled());
        QTRY_VERIFY(!report->isLoading());
        QVERIFY2(!retry->toolTip().contains(u"0 row"_s) && retry->toolTip().startsWith(u"Only"_s),
                 qPrintable(retry->toolTip()));
        // The failed rows are written as the file was, unless UTF-8 with commas is chosen.
        auto *format = find<QComboBox>(wizard, u"failedRowsFormatCombo"_s);
        QCOMPARE(format->count(), 2);
        QCOMPARE(format->currentText(), u"As the imported file: windows-1252, semicolons"_s);
        QCOMPARE(format->itemText(1), u"UTF-8 with commas"_s);

        // Save the failed rows through the file dialog.
        QSignalSpy saved(report, &ImportReportPage::failedRowsSaved);
        QVERIFY(click(find<QPushButton>(wizard, u"saveFailedRowsButton"_s)));
        auto *dialog = find<QFileDialog>(wizard, u"saveFailedRowsDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QString failedPath = m_fixture->dir().filePath(u"failed.csv"_s);
        dialog->selectFile(failedPath);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own is protected
        QTRY_COMPARE(saved.size(), 1);
        QFile failedFile(failedPath);
        QVERIFY(failedFile.open(QIODevice::ReadOnly));
        QVERIFY(failedFile.peek(5) == "E-mai"); // no byte order mark
        CsvReader reader(&failedFile);
        QVERIFY(reader.start());
        QCOMPARE(reader.format().encoding, CsvEncoding::Windows1252);
        QCOMPARE(reader.format().delimiter, u';');
        QCOMPARE(reader.header(),
                 (QStringList{u"E-mail"_s, u"Full name"_s, u"Notes"_s, u"line"_s, u"error"_s}));
        QList<QStringList> failedRows;
        CsvRecord record;
        while (reader.readRecord(record))
            failedRows << record.fields();
        QCOMPARE(failedRows.size(), 2);
        QCOMPARE(failedRows.at(0).mid(0, 4),
                 (QStringList{u"not-an-email"_s, u"Bad Address"_s, u"x"_s, u"3"_s}));
        QVERIFY2(failedRows.at(0).at(4).contains(u"not-an-email"_s),
                 qPrintable(failedRows.at(0).at(4)));
        QCOMPARE(failedRows.at(1).mid(0, 4),
                 (QStringList{u"ADA@example.com"_s, u"Ada Again"_s, u"dup"_s, u"5"_s}));
        QVERIFY2(failedRows.at(1).at(4).contains(u"line 2"_s), qPrintable(failedRows.at(1).at(4)));

        // The provider holds the valid members, each once; the update changed the name.
        const QStringList emails = forwardEmails();
        QCOMPARE(emails.size(), 6);
        QCOMPARE(QSet<QString>(emails.cbegin(), emails.cend()).size(), 6);
        for (const QString &email :
             {u"ada@example.com"_s, u"grace@example.com"_s, u"zoe@example.com"_s, existing})
            QVERIFY2(emails.contains(email), qPrintable(email));
        QCOMPARE(forwardMember(u"zoe@example.com"_s)[u"first_name"_s].toString(), u"Zoë"_s);
        QCOMPARE(forwardMember(u"zoe@example.com"_s)[u"last_name"_s].toString(), u"Müller"_s);
        QCOMPARE(forwardMember(existing)[u"first_name"_s].toString(), u"Renamed"_s);
        QCOMPARE(creates(), 3);
        // And the member table shows them.
        MemberTableModel *model = window()->memberModel();
        QTRY_COMPARE(model->rowCount(), 6);
        QTRY_COMPARE(model->memberAt(model->rowOfEmail(existing)).firstName, u"Renamed"_s);

        QVERIFY(click(wizard->button(QWizard::FinishButton)));
        QTRY_VERIFY(!window()->imports()->wizard());
        QVERIFY(!window()->imports()->banner()->isVisible()); // nothing left unfinished
    }

    void importAction_disabledWithTheReasonWhileNotConnected()
    {
        QVERIFY(startSandbox({u"--rate-limit"_s, u"0"_s}));
        testWorkspace(50);
        RosterContext context(paths());
        QString error;
        QVERIFY2(context.open(&error), qPrintable(error));
        // No key in the keychain nor for the session: the service never opens.
        MainWindow window(context);
        window.show();
        window.showInitialWorkspace();
        QAction *action = window.memberActions()->importMembers();
        const QString id = window.shownWorkspaceId();
        QTRY_VERIFY_WITH_TIMEOUT(
            context.connections().state(id) == WorkspaceConnections::State::NoKey, 20000);
        QVERIFY(!action->isEnabled());
        QCOMPARE(action->toolTip(), u"The workspace is not connected yet."_s);
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
        QVERIFY(!window.imports()->wizard());
    }

    void heartbeat_aRoleForTheWholeFileAndPendingMembers()
    {
        QVERIFY(startSandbox({u"--rate-limit"_s, u"0"_s}));
        const QString path =
            writeFile(u"heartbeat.csv"_s, u"Name,Email,Groups\n"_s
                                          u"Ada Lovelace,ada@example.com,Mentors\n"_s
                                          u"Grace Hopper,grace@example.com,\n"_s);
        QVERIFY(openWindow(50, Provider::Heartbeat));
        ImportWizard *wizard = openWizard();
        QVERIFY(wizard);
        wizard->filePage()->setPath(path);
        QVERIFY(next(wizard) && next(wizard));
        // Heartbeat needs a role, which the file lacks: one for the whole file.
        auto *missing = find<InlineMessage>(wizard, u"missingFieldsMessage"_s);
        QComboBox *roles = wizard->mappingPage()->roleCombo();
        QTRY_VERIFY_WITH_TIMEOUT(roles->isEnabled() && roles->count() > 1, 20000);
        // The default choice shows whole.
        const QString none = roles->itemText(0);
        QCOMPARE(none, u"None: each row names its role"_s);
        QStyleOptionComboBox option;
        option.initFrom(roles);
        const QRect textRoom = roles->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                              QStyle::SC_ComboBoxEditField, roles);
        const int textWidth = roles->fontMetrics().horizontalAdvance(none);
        QVERIFY2(textRoom.width() >= textWidth,
                 qPrintable(u"%1 px for %2 px of text"_s.arg(textRoom.width()).arg(textWidth)));
        QVERIFY(missing->isVisible());
        QVERIFY2(missing->text().contains(u"role"_s), qPrintable(missing->text()));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        roles->setCurrentIndex(roles->findText(u"Moderator"_s));
        QVERIFY(!missing->isVisible());
        auto *pending = find<QCheckBox>(wizard, u"pendingCheck"_s);
        QVERIFY(pending->isVisibleTo(wizard));
        // Worded as in the member dialog.
        QVERIFY2(pending->text().endsWith(u"pending: activated at their first sign-in"_s),
                 qPrintable(pending->text()));
        QVERIFY(click(pending));
        QVERIFY(next(wizard));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->validationPage()->isComplete(), 20000);
        QCOMPARE(wizard->validationPage()->scan()->validCount(), 2);
        QVERIFY(next(wizard));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->dryRunPage()->isComplete(), 20000);
        QCOMPARE(wizard->dryRunPage()->counts().plans.value(ImportPlan::Create), 2);
        QVERIFY(next(wizard));
        QVERIFY(waitForReport(wizard));
        QCOMPARE(outcome(wizard->reportPage()->counts(), ImportOutcome::Created), 2);
        const QJsonArray members =
            m_fixture->sandbox().state(u"heartbeat"_s)[u"members"_s].toArray();
        QCOMPARE(members.size(), 2);
        for (const QJsonValue &member : members) {
            QCOMPARE(member[u"accountStatus"_s].toString(), u"pending"_s);
            QCOMPARE(member[u"roleID"_s].toString(), u"role_moderator"_s);
        }
        QTRY_COMPARE(window()->memberModel()->rowCount(), 2);
    }

    void heartbeat_profileColumnsPicturesAndTheFieldDiff()
    {
        QVERIFY(startSandbox({u"--rate-limit"_s, u"0"_s}));
        QVERIFY(QDir(m_fixture->dir().path()).mkpath(u"photos"_s));
        QImage photo(900, 600, QImage::Format_RGB32);
        photo.fill(Qt::darkMagenta);
        QVERIFY(photo.save(m_fixture->dir().filePath(u"photos/grace.png"_s), "PNG"));
        const QString path = writeFile(
            u"profiles.csv"_s,
            u"Email,Name,Role,Bio,Status line,LinkedIn,Twitter / X,Instagram,Profile picture\n"_s
            u"ada@example.com,Ada Lovelace,Member,Analyst,,https://www.linkedin.com/in/ada,,,\n"_s
            u"grace@example.com,Grace Hopper,Member,Found the bug,Debugging,,"_s
            u"https://x.com/grace,https://www.instagram.com/grace,photos/grace.png\n"_s
            u"bob@example.com,Bob,Member,,,linkedin.com/in/bob,,,\n"_s);
        QVERIFY(openWindow(50, Provider::Heartbeat));
        std::optional<Result<MemberRecord>> created;
        NewMember ada;
        ada.email = u"ada@example.com"_s;
        ada.name = u"Ada Lovelace"_s;
        ada.roleId = u"role_member"_s;
        ada.bio = u"Wrote the first program"_s;
        service()->create(ada, [&created](const Result<MemberRecord> &r) { created = r; });
        QTRY_VERIFY_WITH_TIMEOUT(created && created->ok(), 20000);

        ImportWizard *wizard = openWizard();
        QVERIFY(wizard);
        wizard->filePage()->setPath(path);
        QVERIFY(next(wizard) && next(wizard));
        // Every column is matched by its name.
        ImportMappingPage *mapping = wizard->mappingPage();
        const ImportField expected[] = {
            ImportField::Email,   ImportField::Name,       ImportField::Role,
            ImportField::Bio,     ImportField::StatusLine, ImportField::LinkedIn,
            ImportField::Twitter, ImportField::Instagram,  ImportField::Picture};
        for (int column = 0; column < int(std::size(expected)); ++column)
            QCOMPARE(mapping->fieldCombo(column)->currentData().toInt(), int(expected[column]));
        // Introduction threads are off unless asked for.
        QCheckBox *introduce = mapping->introduceCheck();
        QVERIFY(introduce->isVisibleTo(wizard));
        QVERIFY(!introduce->isChecked());
        QVERIFY(click(introduce));
        QVERIFY(introduce->isChecked());
        QVERIFY(click(find<QRadioButton>(wizard, u"createOrUpdateRadio"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 20000);
        QVERIFY(next(wizard));

        // The bare LinkedIn address is refused on its row and cell.
        QTRY_VERIFY_WITH_TIMEOUT(wizard->validationPage()->isComplete(), 20000);
        QCOMPARE(wizard->validationPage()->scan()->validCount(), 2);
        ValidationIssueModel *issues = wizard->validationPage()->issues();
        QCOMPARE(issues->rowCount(), 1);
        QCOMPARE(issues->index(0, ValidationIssueModel::ColumnName).data().toString(),
                 u"LinkedIn"_s);
        QVERIFY(issues->index(0, ValidationIssueModel::Message)
                    .data()
                    .toString()
                    .contains(u"https://"_s));

        // The dry run says what Ada's update changes, field by field.
        QVERIFY(next(wizard));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->dryRunPage()->isComplete(), 20000);
        QCOMPARE(wizard->dryRunPage()->counts().plans.value(ImportPlan::Update), 1);
        QCOMPARE(wizard->dryRunPage()->counts().plans.value(ImportPlan::Create), 1);
        ImportRowModel *rows = wizard->dryRunPage()->rows();
        const auto detailsOf = [rows](const QString &email) {
            for (int row = 0; row < rows->rowCount(); ++row) {
                if (rows->index(row, ImportRowModel::Email).data().toString() == email)
                    return rows->index(row, ImportRowModel::Reason).data().toString();
            }
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!detailsOf(ada.email).isEmpty(), 20000); // rows load a page a turn
        const QString adaDetails = detailsOf(ada.email);
        QVERIFY2(adaDetails.contains(u"bio: 'Wrote the first program' → 'Analyst'"_s) &&
                     adaDetails.contains(u"linkedin: '' → 'https://www.linkedin.com/in/ada'"_s),
                 qPrintable(adaDetails));

        QVERIFY(next(wizard));
        QVERIFY(waitForReport(wizard));
        QCOMPARE(outcome(wizard->reportPage()->counts(), ImportOutcome::Created), 1);
        QCOMPARE(outcome(wizard->reportPage()->counts(), ImportOutcome::Updated), 1);
        QJsonObject grace, adaThere;
        for (const QJsonValue &member :
             m_fixture->sandbox().state(u"heartbeat"_s)[u"members"_s].toArray()) {
            if (member[u"email"_s].toString() == u"grace@example.com"_s)
                grace = member.toObject();
            if (member[u"email"_s].toString() == ada.email)
                adaThere = member.toObject();
        }
        QCOMPARE(grace[u"status"_s].toString(), u"Debugging"_s);
        QCOMPARE(grace[u"twitter"_s].toString(), u"https://x.com/grace"_s);
        QCOMPARE(grace[u"instagram"_s].toString(), u"https://www.instagram.com/grace"_s);
        QVERIFY(grace[u"introductionThread"_s].toBool());
        const QImage sent = QImage::fromData(
            QByteArray::fromBase64(grace[u"profilePicture"_s].toString().toLatin1()));
        QCOMPARE(sent.size(), QSize(512, 341));
        QCOMPARE(adaThere[u"bio"_s].toString(), u"Analyst"_s);
        QCOMPARE(adaThere[u"linkedin"_s].toString(), u"https://www.linkedin.com/in/ada"_s);
    }

    void runPage_pauseResumeAndCancel()
    {
        QVERIFY(startSandbox({u"--rate-limit"_s, u"0"_s, u"--latency"_s, u"200"_s}));
        constexpr int Rows = 50;
        const QString path =
            writeFile(u"pause.csv"_s, ImportWizardFiles::members(u"pause"_s, Rows));
        QVERIFY(openWindow(10));
        ImportWizard *wizard = openWizard();
        QVERIFY(wizard);
        QVERIFY(walkToPlan(wizard, path));
        QVERIFY(next(wizard));
        ImportRunPage *run = wizard->runPage();
        QTRY_VERIFY_WITH_TIMEOUT(run->runner() && run->runner()->finishedCount() >= 5, 20000);
        // The window stays usable: nothing modal, its actions still work.
        QVERIFY(!QApplication::activeModalWidget());
        QVERIFY(window()->memberActions()->add()->isEnabled());
        QVERIFY(QTest::qWaitFor([&] { return !label(wizard, u"timeLeftLabel"_s).isEmpty(); }));

        auto *pause = find<QPushButton>(wizard, u"pauseButton"_s);
        QVERIFY(click(pause));
        QTRY_VERIFY_WITH_TIMEOUT(run->isPaused() && !run->runner()->isBusy(), 20000);
        QCOMPARE(pause->text(), u"&Resume"_s);
        auto *message = find<InlineMessage>(wizard, u"runMessage"_s);
        QTRY_VERIFY(message->text().startsWith(u"Paused"_s));
        const qint64 sent = creates();
        const qint64 finished = run->runner()->finishedCount();
        QVERIFY(finished < Rows);
        QTest::qWait(600);
        QCOMPARE(creates(), sent); // nothing goes out while paused
        QCOMPARE(run->runner()->finishedCount(), finished);

        QVERIFY(click(pause));
        QVERIFY(!run->isPaused());
        QTRY_VERIFY_WITH_TIMEOUT(run->runner()->finishedCount() >= finished + 5, 20000);

        QVERIFY(click(find<QPushButton>(wizard, u"cancelImportButton"_s)));
        auto *confirm = openBox(u"confirmCancelImport"_s);
        QVERIFY(confirm);
        QVERIFY(click(find<QPushButton>(confirm, u"confirmCancelButton"_s)));
        QVERIFY(waitForReport(wizard));
        const ImportCounts counts = wizard->reportPage()->counts();
        const qint64 created = outcome(counts, ImportOutcome::Created);
        const qint64 skipped = outcome(counts, ImportOutcome::Skipped);
        QVERIFY2(skipped > 0, "the rows never sent are skipped");
        QCOMPARE(created + skipped, Rows);
        QCOMPARE(outcome(counts, ImportOutcome::Failed), 0);
        QCOMPARE(forwardEmails().size(), created);
        QCOMPARE(creates(), created);
        QString error;
        QCOMPARE(ImportJournal(m_fixture->context().database()).run(wizard->runId(), &error)->state,
                 ImportRunState::Cancelled);
    }

    // Start Import runs the dry run's plan: at Beam.gg, which cannot list, the dry run looks each
    // new row up and the run only creates. A plan gone stale (made 31 minutes old in the journal,
    // instead of waiting) is made again first, and the page says why.
    void startImport_runsTheDryRunsPlanAndLooksNothingUpAgain()
    {
        QVERIFY(startSandbox({u"--rate-limit"_s, u"0"_s}));
        constexpr int Rows = 5;
        const QString path = writeFile(u"plan.csv"_s, ImportWizardFiles::members(u"plan"_s, Rows));
        QVERIFY(openWindow(50, Provider::Beam));
        const auto count = [this](const QString &endpoint) {
            return SandboxStats::count(m_fixture->sandbox().stats(), u"beam"_s, endpoint);
        };
        const QString lookUp = u"POST /users/retrieve"_s;
        const QString create = u"POST /users/create"_s;
        // The window checks the key with one look-up of its own, once connected.
        QTRY_COMPARE_WITH_TIMEOUT(count(lookUp), 1, 20000);
        const qint64 before = count(lookUp);
        ImportWizard *wizard = openWizard();
        QVERIFY(wizard);
        QVERIFY(walkToPlan(wizard, path));
        QCOMPARE(count(lookUp), before + Rows);
        auto *message = find<InlineMessage>(wizard, u"planMessage"_s);
        QVERIFY2(message->text().contains(u"looking no member up again"_s),
                 qPrintable(message->text()));

        QSqlQuery age(m_fixture->context().database().connection());
        QVERIFY(age.exec(
            u"UPDATE import_runs SET created_at = created_at - 1860000 WHERE id = %1"_s.arg(
                wizard->runId())));
        QVERIFY(next(wizard));
        QCOMPARE(wizard->currentId(), ImportWizard::DryRunPageId);
        QVERIFY2(message->text().contains(u"Planning again"_s), qPrintable(message->text()));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->dryRunPage()->isComplete(), 20000);
        QVERIFY2(message->text().contains(u"Planned again"_s) &&
                     message->text().contains(u"31 minutes old"_s),
                 qPrintable(message->text()));
        QCOMPARE(count(lookUp), before + 2 * Rows);
        QCOMPARE(count(create), 0);

        QVERIFY(next(wizard));
        QCOMPARE(wizard->currentId(), ImportWizard::RunPageId);
        QVERIFY2(label(wizard, u"runPlanNote"_s).contains(u"no member is looked up again"_s),
                 qPrintable(label(wizard, u"runPlanNote"_s)));
        QVERIFY(waitForReport(wizard));
        QCOMPARE(outcome(wizard->reportPage()->counts(), ImportOutcome::Created), Rows);
        QCOMPARE(count(create), Rows);
        QCOMPARE(count(lookUp), before + 2 * Rows);
    }

    // One writer per workspace: while another import holds the workspace (here another
    // process's roster-cli, in the same database), the run stops before sending anything and
    // says which import holds it; the plan waits in the journal.
    void runPage_anotherImportInTheWorkspace_stopsThisOneNamingIt()
    {
        QVERIFY(startSandbox({u"--rate-limit"_s, u"0"_s}));
        const QString path = writeFile(u"locked.csv"_s, ImportWizardFiles::members(u"locked"_s, 5));
        QVERIFY(openWindow(10));
        ImportWizard *wizard = openWizard();
        QVERIFY(wizard);
        QVERIFY(walkToPlan(wizard, path));
        RosterDatabase other(paths().databaseFile);
        QString error;
        QVERIFY2(other.open(&error), qPrintable(error));
        WorkspaceLock held(other, service()->workspace().id);
        WorkspaceLockHolder holder;
        QCOMPARE(held.tryTake(WorkspaceWork::Import, u"members.csv"_s, &holder, &error),
                 WorkspaceLock::Outcome::Taken);
        QVERIFY(next(wizard));
        auto *message = find<InlineMessage>(wizard, u"runMessage"_s);
        QTRY_VERIFY(message->text().contains(u"An import of members.csv (pid "_s));
        QVERIFY2(message->text().contains(u"is running in Acme."_s), qPrintable(message->text()));
        QVERIFY(!wizard->runPage()->isFinished());
        QCOMPARE(creates(), 0);
    }

    void closingMidRun_pausesAndTheWindowOffersToResume()
    {
        QVERIFY(startSandbox({u"--rate-limit"_s, u"0"_s, u"--latency"_s, u"150"_s}));
        constexpr int Rows = 40;
        const QString path =
            writeFile(u"close.csv"_s, ImportWizardFiles::members(u"close"_s, Rows));
        QVERIFY(openWindow(10));
        QPointer<ImportWizard> wizard = openWizard();
        QVERIFY(wizard);
        QVERIFY(walkToPlan(wizard, path));
        QVERIFY(next(wizard));
        const qint64 runId = wizard->runId();
        QTRY_VERIFY_WITH_TIMEOUT(wizard->runPage()->runner()->finishedCount() >= 5, 20000);
        QCOMPARE(wizard->button(QWizard::CancelButton)->text(), u"&Close"_s);
        QVERIFY(click(wizard->button(QWizard::CancelButton)));
        auto *ask = openBox(u"confirmCloseWhileImporting"_s);
        QVERIFY(ask);
        QVERIFY(click(find<QPushButton>(ask, u"pauseAndCloseButton"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard, 20000);

        // The run waits in the journal, and the window offers it.
        QString error;
        QCOMPARE(ImportJournal(m_fixture->context().database()).run(runId, &error)->state,
                 ImportRunState::Running);
        ImportResumeBanner *banner = window()->imports()->banner();
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->offeredRun(), runId);
        QVERIFY2(banner->text().contains(u"close.csv stopped at"_s), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(u"of 40 rows"_s), qPrintable(banner->text()));
        const qint64 sentBefore = creates();
        QVERIFY(sentBefore < Rows);

        QVERIFY(click(banner->resumeButton()));
        QTRY_VERIFY(window()->imports()->wizard());
        ImportWizard *resumed = window()->imports()->wizard();
        QCOMPARE(resumed->currentId(), ImportWizard::RunPageId);
        QCOMPARE(resumed->runId(), runId);
        QVERIFY(!banner->isVisible());
        QVERIFY(waitForReport(resumed));
        QCOMPARE(outcome(resumed->reportPage()->counts(), ImportOutcome::Created), Rows);
        // Each member once, and no row sent twice.
        const QStringList emails = forwardEmails();
        QCOMPARE(QSet<QString>(emails.cbegin(), emails.cend()).size(), Rows);
        QCOMPARE(emails.size(), Rows);
        QCOMPARE(creates(), Rows);
    }

    void retryFailedRows_sendsOnlyTheRowsThatFailed()
    {
        const QString state = m_fixture->dir().filePath(u"sandbox-state.json"_s);
        QVERIFY(startSandbox(
            {u"--rate-limit"_s, u"0"_s, u"--latency"_s, u"100"_s, u"--state"_s, state}));
        constexpr int Rows = 30;
        const QString path =
            writeFile(u"outage.csv"_s, ImportWizardFiles::members(u"outage"_s, Rows) +
                                           u"broken@;Never Sent\r\n"_s); // line 32, invalid
        QVERIFY(openWindow(10));
        // Give up on an unreachable provider at once rather than after the usual backoff.
        service()->session()->retryPolicy().maxAttempts = 1;
        service()->session()->retryPolicy().backoffBaseMs = 10;
        ImportWizard *wizard = openWizard();
        QVERIFY(wizard);
        QVERIFY(walkToPlan(wizard, path));
        QVERIFY(next(wizard));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->runPage()->runner()->finishedCount() >= 6, 20000);

        // The provider goes away mid-run: the rows left fail with the reason.
        const quint16 port = m_fixture->sandbox().port();
        QCOMPARE(m_fixture->sandbox().terminate(), 0);
        QVERIFY(waitForReport(wizard));
        ImportReportPage *report = wizard->reportPage();
        const qint64 failed = outcome(report->counts(), ImportOutcome::Failed);
        QVERIFY2(failed > 1, qPrintable(QString::number(failed)));
        QCOMPARE(report->retryableCount(), failed - 1); // not the invalid row
        QVERIFY(find<QPushButton>(wizard, u"retryFailedRowsButton"_s)->isEnabled());
        const QString reason =
            report->failedRows()->index(0, ImportRowModel::Reason).data().toString();
        QVERIFY2(!reason.isEmpty(), "a failed row says why");

        // It comes back with what it had; Retry sends the failed rows, each looked up first.
        QVERIFY(startSandbox(
            {u"--port"_s, QString::number(port), u"--rate-limit"_s, u"0"_s, u"--state"_s, state}));
        const QStringList before = forwardEmails();
        const QSet<QString> landed(before.cbegin(), before.cend());
        const QStringList all = ImportWizardFiles::emails(u"outage"_s, Rows);
        qint64 missing = 0;
        for (const QString &email : all)
            missing += landed.contains(email) ? 0 : 1;
        // Some of the failed rows may have landed before their answer was lost.
        qInfo("%lld rows failed in the outage, %lld of them had not landed", failed - 1, missing);
        QVERIFY(missing > 0 && missing <= failed - 1);
        QVERIFY(click(find<QPushButton>(wizard, u"retryFailedRowsButton"_s)));
        QCOMPARE(wizard->currentId(), ImportWizard::RunPageId);
        QVERIFY(waitForReport(wizard));
        QCOMPARE(outcome(wizard->reportPage()->counts(), ImportOutcome::Created), Rows);
        QCOMPARE(outcome(wizard->reportPage()->counts(), ImportOutcome::Failed), 1);
        // Only what had not landed was created again; the provider has every member once.
        QCOMPARE(creates(), missing);
        const QStringList after = forwardEmails();
        QCOMPARE(after.size(), Rows);
        QCOMPARE(QSet<QString>(after.cbegin(), after.cend()),
                 QSet<QString>(all.cbegin(), all.cend()));
    }

    void resumeOffer_aCrashedRunIsOfferedAndFinishesWithEachMemberOnce()
    {
        QVERIFY(startSandbox({u"--rate-limit"_s, u"0"_s}));
        constexpr int Rows = 6;
        const QString path =
            writeFile(u"crash.csv"_s, ImportWizardFiles::members(u"crash"_s, Rows));
        const qint64 runId = planAndCrash(path);
        QVERIFY(runId > 0);
        const qint64 createsBefore = creates(); // the one that landed before the crash

        QVERIFY(openWindow());
        ImportResumeBanner *banner = window()->imports()->banner();
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(banner->offeredRun(), runId);
        QVERIFY2(banner->text().contains(u"An import of crash.csv stopped at 0 of 6 rows"_s),
                 qPrintable(banner->text()));
        QTRY_VERIFY(banner->resumeButton()->isEnabled());
        QVERIFY(click(banner->resumeButton()));
        QTRY_VERIFY(window()->imports()->wizard());
        ImportWizard *wizard = window()->imports()->wizard();
        QCOMPARE(wizard->currentId(), ImportWizard::RunPageId);
        QVERIFY(waitForReport(wizard));
        QCOMPARE(outcome(wizard->reportPage()->counts(), ImportOutcome::Created), Rows);
        const QStringList emails = forwardEmails();
        QCOMPARE(emails.size(), Rows);
        QCOMPARE(QSet<QString>(emails.cbegin(), emails.cend()).size(), Rows);
        // The row whose create had landed was looked up, not sent again.
        QCOMPARE(creates(), createsBefore + Rows - 1);
        QVERIFY(click(wizard->button(QWizard::FinishButton)));
        QTRY_VERIFY(!window()->imports()->wizard());
        QVERIFY(!banner->isVisible());
    }

    void resumeOffer_discardCancelsTheRunAndSendsNothing()
    {
        QVERIFY(startSandbox({u"--rate-limit"_s, u"0"_s}));
        const QString path = writeFile(u"discard.csv"_s, ImportWizardFiles::members(u"d"_s, 4));
        const qint64 runId = planAndCrash(path);
        QVERIFY(runId > 0);
        const qint64 createsBefore = creates();
        QVERIFY(openWindow());
        ImportResumeBanner *banner = window()->imports()->banner();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(click(banner->discardButton()));
        auto *confirm = openBox(u"confirmDiscardImport"_s);
        QVERIFY(confirm);
        QVERIFY2(confirm->informativeText().contains(u"will stay unsent"_s),
                 qPrintable(confirm->informativeText()));
        QVERIFY2(confirm->informativeText().contains(u"may have reached"_s),
                 qPrintable(confirm->informativeText()));
        QVERIFY(click(find<QPushButton>(confirm, u"confirmDiscardButton"_s)));
        QTRY_VERIFY(!banner->isVisible());
        QString error;
        QCOMPARE(ImportJournal(m_fixture->context().database()).run(runId, &error)->state,
                 ImportRunState::Cancelled);
        QTest::qWait(200);
        QCOMPARE(creates(), createsBefore);
    }

    void validation_100000Rows_finishesWhileTheEventLoopRuns()
    {
        QVERIFY(startSandbox({u"--rate-limit"_s, u"0"_s}));
        constexpr int Rows = 100'000;
        QString text = ImportWizardFiles::members(u"big"_s, Rows);
        text += u"not-an-address;Some One\r\n"_s;
        const QString path = writeFile(u"big.csv"_s, text);
        QVERIFY(openWindow());
        ImportWizard *wizard = openWizard();
        QVERIFY(wizard);
        wizard->filePage()->setPath(path);
        QVERIFY(next(wizard) && next(wizard) && next(wizard));
        ImportValidationPage *validation = wizard->validationPage();
        ValidationScan *scan = validation->scan();
        QVERIFY(scan && scan->isRunning());
        QSignalSpy progress(scan, &ValidationScan::progress);
        // Turns of the event loop while the rows are checked.
        int turnsWhileChecking = 0;
        QTimer beat;
        beat.setInterval(0);
        connect(&beat, &QTimer::timeout, this, [&] {
            if (scan->isRunning())
                ++turnsWhileChecking;
        });
        beat.start();
        QTRY_VERIFY_WITH_TIMEOUT(validation->isComplete(), 120000);
        beat.stop();
        QCOMPARE(scan->validCount(), Rows);
        QCOMPARE(scan->invalidCount(), 1);
        QCOMPARE(validation->issues()->rowCount(), 1);
        QCOMPARE(validation->issues()->index(0, ValidationIssueModel::Line).data().toString(),
                 QString::number(Rows + 2));
        qInfo("%d rows checked in %lld slices, %d turns of the event loop meanwhile", Rows,
              qint64(progress.size()), turnsWhileChecking);
        QVERIFY2(progress.size() >= 2, "the rows are checked in slices");
        QVERIFY2(turnsWhileChecking >= progress.size() - 1,
                 qPrintable(u"%1 turns, %2 slices"_s.arg(turnsWhileChecking).arg(progress.size())));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    }

private:
    // A run planned into the roster of the coming window, then left as a crash leaves it: the
    // first two rows 'sending', the first of which had reached the provider.
    qint64 planAndCrash(const QString &path)
    {
        const Workspace workspace = testWorkspace(50);
        RosterDatabase db(paths().databaseFile);
        QString error;
        if (!db.open(&error)) {
            qWarning("%s", qPrintable(error));
            return -1;
        }
        QNetworkAccessManager network;
        PacerRegistry pacers;
        const QByteArray key = m_fixture->sandbox().apiKey();
        ApiSession session(&network, pacers.pacerFor(key, 50, 12), key);
        MemberService members(workspace, &session, db);
        ImportPlanner planner(&members, db, automaticImportSettings(path));
        QSignalSpy planned(&planner, &ImportPlanner::finished);
        planner.start();
        if (!QTest::qWaitFor([&] { return !planned.isEmpty(); }, 20000))
            return -1;
        const qint64 runId = planned.first().first().toLongLong();
        ImportJournal journal(db);
        const QList<ImportRowEntry> rows = *journal.rows(runId, std::nullopt, &error);
        if (!journal.setRunState(runId, ImportRunState::Running, &error) ||
            !journal.markSending(runId, rows.at(0).line, {}, &error) ||
            !journal.markSending(runId, rows.at(1).line, {}, &error)) {
            qWarning("%s", qPrintable(error));
            return -1;
        }
        NewMember landed;
        landed.email = rows.at(0).email;
        landed.firstName = u"Landed"_s;
        landed.lastName = u"Before"_s;
        std::optional<Result<MemberRecord>> created;
        members.create(landed, [&created](const Result<MemberRecord> &r) { created = r; });
        if (!QTest::qWaitFor([&] { return created.has_value(); }, 20000) || !created->ok())
            return -1;
        return runId;
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_import_wizard.moc"
