// The dry run of a mirror as the admin sees it, against a real roster-sandbox: the members the
// file lacks are listed with their email and "—" for a line, the details pane says what
// selecting one changes, and a mirror that deactivates nobody says why.
#include "dialog_test_helpers.h"
#include "gui_test_environment.h"
#include "import_dry_run_page.h"
#include "import_file_page.h"
#include "import_mapping_page.h"
#include "import_row_details.h"
#include "import_row_model.h"
#include "import_validation_page.h"
#include "import_wizard.h"
#include "import_wizard_files.h"
#include "inline_message.h"
#include "member_repository.h"
#include "recorded_network.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace Qt::StringLiterals;

class TestImportDryRunPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiTestEnvironment> m_env;

    // The wizard on `service`, through a mirror of `file`, to the end of its dry run.
    ImportWizard *mirrorDryRun(MemberService *service, const QString &file)
    {
        auto *wizard = new ImportWizard(service, m_env->database());
        wizard->show();
        wizard->filePage()->setPath(file);
        wizard->next();
        wizard->next();
        if (!QTest::qWaitFor([&] { return wizard->mappingPage()->isComplete(); }, 30'000))
            return wizard;
        auto *mirror = wizard->findChild<QRadioButton *>(u"mirrorRadio"_s);
        if (!mirror)
            return wizard;
        mirror->setChecked(true);
        wizard->next();
        if (!QTest::qWaitFor([&] { return wizard->validationPage()->isComplete(); }, 30'000))
            return wizard;
        wizard->next();
        if (!QTest::qWaitFor([&] { return wizard->dryRunPage()->isComplete(); }, 60'000))
            return wizard;
        ImportDryRunPage *page = wizard->dryRunPage();
        if (!QTest::qWaitFor([&] { return page->rows()->rowCount() == page->counts().total(); },
                             30'000))
            qWarning("the plan's rows did not all load");
        return wizard;
    }

    // Members of `provider` in the sandbox as CSV rows, `columns` from their JSON.
    QString memberStatus(const QString &provider, const QString &email)
    {
        for (const QJsonValue &member : m_env->sandbox().state(provider)[u"members"_s].toArray()) {
            if (member[u"email"_s].toString() == email)
                return member[u"status"_s].toString();
        }
        return {};
    }

    QStringList memberRows(const QString &provider, const QStringList &columns)
    {
        QStringList rows;
        for (const QJsonValue &member : m_env->sandbox().state(provider)[u"members"_s].toArray()) {
            QStringList cells;
            for (const QString &column : columns)
                cells << member[column].toString();
            rows << cells.join(u',');
        }
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DialogTest::quietOffscreenWarnings();
        m_env = std::make_unique<GuiTestEnvironment>(
            QStringList{u"--members"_s, u"12"_s, u"--rate-limit"_s, u"0"_s});
        const QString error = m_env->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void membersTheFileLacks_areListedWithoutALineAndExplained()
    {
        const Workspace workspace = m_env->workspaceFor(Provider::Forward, u"Acme Forward"_s);
        std::unique_ptr<MemberService> service(m_env->service(workspace));
        QStringList rows = memberRows(u"forward"_s, {u"email"_s, u"first_name"_s, u"last_name"_s});
        QVERIFY(rows.size() > 4);
        // Two active members are not in the file.
        QStringList left;
        for (const QString &row : std::as_const(rows)) {
            const QString email = row.section(u',', 0, 0);
            if (left.size() < 2 && memberStatus(u"forward"_s, email) == u"ACTIVE"_s)
                left << row;
        }
        QCOMPARE(left.size(), 2);
        for (const QString &row : std::as_const(left))
            rows.removeOne(row);
        const QString path = QDir(m_env->root()).filePath(u"forward-members.csv"_s);
        QVERIFY(ImportWizardFiles::writeUtf8(path, u"Email,First name,Last name\n"_s +
                                                       rows.join(u'\n') + u'\n'));

        std::unique_ptr<ImportWizard> wizard(mirrorDryRun(service.get(), path));
        ImportDryRunPage *page = wizard->dryRunPage();
        QVERIFY(page->isComplete());
        QCOMPARE(page->counts().plans.value(ImportPlan::Deactivate), 2);
        QComboBox *filter = page->filterCombo();
        const int deactivations = filter->findData(int(ImportPlan::Deactivate));
        QVERIFY(deactivations > 0);
        QCOMPARE(filter->itemText(deactivations), u"Deactivate (2)"_s);
        filter->setCurrentIndex(deactivations);
        QTableView *table = page->planTable();
        QCOMPARE(table->model()->rowCount(), 2);
        QStringList shown;
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(table->model()->index(row, ImportRowModel::Line).data().toString(), u"—"_s);
            QCOMPARE(table->model()->index(row, ImportRowModel::Plan).data().toString(),
                     u"Deactivate"_s);
            shown << table->model()->index(row, ImportRowModel::Email).data().toString();
        }
        const QStringList leftEmails{left.at(0).section(u',', 0, 0),
                                     left.at(1).section(u',', 0, 0)};
        QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()),
                 QSet<QString>(leftEmails.cbegin(), leftEmails.cend()));

        // Selecting one says who, that the file does not hold them, and the state change.
        ImportRowDetails *details = page->details();
        QVERIFY(details->text().contains(u"Select a row"_s));
        table->setCurrentIndex(table->model()->index(1, ImportRowModel::Email));
        const QString text = details->text();
        QVERIFY2(text.startsWith(shown.at(1) + u"\nNot in the file · Deactivate\n"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"→ deactivated"_s), qPrintable(text));
        page->discardPlan();
    }

    void aMirrorAfterAnIncompleteListing_saysWhyNobodyIsDeactivated()
    {
        // Forward answers a page without a count: nothing proves the list whole, so the two
        // members the roster holds besides the file's are not taken for gone.
        RecordedNetwork network([](const RecordedNetwork::Request &) {
            const QJsonArray data{QJsonObject{{u"id"_s, u"user_2"_s},
                                              {u"email"_s, u"bo@example.com"_s},
                                              {u"first_name"_s, u"Bo"_s},
                                              {u"last_name"_s, u"Lee"_s},
                                              {u"status"_s, u"ACTIVE"_s}}};
            return RecordedNetwork::Answer::json(
                200, QJsonDocument(QJsonObject{{u"data"_s, data}}).toJson());
        });
        Workspace workspace = Workspace::create(u"Portal"_s, Provider::Forward);
        workspace.apiBaseUrl = recordedBase(u"/forward"_s);
        workspace.businessId = u"biz_1"_s;
        PacerRegistry pacers;
        auto *session =
            new ApiSession(&network, pacers.pacerFor("k-0123456789", 100, 6), "k-0123456789");
        MemberService members(workspace, session, m_env->database());
        session->setParent(&members);
        QString error;
        for (const QString &who : {u"al"_s, u"cy"_s}) {
            MemberRecord record;
            record.workspaceId = workspace.id;
            record.email = who + u"@example.com"_s;
            record.status = MemberStatus::Active;
            QVERIFY2(MemberRepository(m_env->database()).upsert(record, &error), qPrintable(error));
        }
        const QString path = QDir(m_env->root()).filePath(u"bo.csv"_s);
        QVERIFY(ImportWizardFiles::writeUtf8(path, u"Email,First name,Last name\n"_s
                                                   u"bo@example.com,Bo,Lee\n"_s));
        std::unique_ptr<ImportWizard> wizard(mirrorDryRun(&members, path));
        ImportDryRunPage *page = wizard->dryRunPage();
        QVERIFY(page->isComplete());
        QCOMPARE(page->counts().plans.value(ImportPlan::Deactivate), 0);
        auto *message = wizard->findChild<InlineMessage *>(u"planMessage"_s);
        QCOMPARE(message->type(), InlineMessage::Type::Warning);
        QVERIFY2(message->text().startsWith(u"The members' listing was not complete"_s),
                 qPrintable(message->text()));
        page->discardPlan();
    }
};

QTEST_MAIN(TestImportDryRunPage)
#include "tst_import_dry_run_page.moc"
