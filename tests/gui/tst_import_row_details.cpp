// The dry run's rows as the page shows them, read from a real import journal (SQLite) by the
// page's own loader: members the file does not hold have no line ("—") but their email, plans
// are worded for the provider ("Cannot deactivate on Beam.gg"), and the details pane says what
// the selected row changes, one line per field, with its state, email and line.
#include "dialog_test_helpers.h"
#include "import_journal.h"
#include "import_row_details.h"
#include "import_row_loader.h"
#include "import_row_model.h"
#include "import_text.h"
#include "roster_database.h"
#include "row_change.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestImportRowDetails : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<RosterDatabase> m_db;

    static ImportRowEntry entry(qint64 line, const QString &email, ImportPlan plan)
    {
        ImportRowEntry row;
        row.line = line;
        row.email = email;
        row.cells = {email};
        row.plan = plan;
        return row;
    }

    // A mirror's plan: an update from line 2, a member the file lacks, one the provider cannot
    // deactivate, an invalid row; read back page by page as the wizard reads it.
    QList<ImportRowEntry> plannedRows()
    {
        MemberRecord ada;
        ada.email = u"ada@example.com"_s;
        ada.displayName = u"Ada Byron"_s;
        ada.bio = u"Analyst"_s;
        ada.status = MemberStatus::Active;
        MemberChanges changes;
        changes.name = u"Ada Lovelace"_s;
        changes.bio = u"Analyst of the Engine"_s;
        changes.addGroupIds = {u"grp_mentors"_s};
        const RowChange update = RowChange::of(ada, changes, std::nullopt);
        ImportRowEntry updated = entry(2, ada.email, ImportPlan::Update);
        updated.change = update.toJson();
        updated.error = update.describe().join(u"; "_s);

        MemberRecord grace;
        grace.email = u"grace@example.com"_s;
        grace.status = MemberStatus::Active;
        ImportRowEntry gone =
            entry(ImportRowEntry::FirstOutsideLine, grace.email, ImportPlan::Deactivate);
        gone.cells = {};
        gone.change = RowChange::of(grace, std::nullopt, MemberStatus::Deactivated).toJson();

        ImportRowEntry beam = entry(ImportRowEntry::FirstOutsideLine + 1, u"zoe@example.com"_s,
                                    ImportPlan::CannotDeactivate);
        beam.cells = {};
        beam.error = u"Beam.gg cannot deactivate members: nothing is sent for zoe@example.com."_s;

        ImportRowEntry invalid = entry(3, QString(), ImportPlan::Invalid);
        invalid.cells = {u"not-an-address"_s};
        invalid.error = u"Line 3, column “Email”: not an email address"_s;

        ImportRunInfo run;
        run.workspaceId = u"ws"_s;
        run.filePath = m_dir.filePath(u"members.csv"_s);
        run.header = {u"Email"_s};
        run.settings = QJsonObject{{u"mode"_s, u"mirror"_s}};
        ImportJournal journal(*m_db);
        QString error;
        const std::optional<qint64> id = journal.createRun(run, &error);
        if (!id || !journal.addRows(*id, {updated, invalid, gone, beam}, &error) ||
            !journal.completePlan(*id, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        QList<ImportRowEntry> read;
        ImportRowLoader loader(*m_db, *id, false);
        connect(&loader, &ImportRowLoader::rowsLoaded, this,
                [&read](const QList<ImportRowEntry> &rows) { read += rows; });
        QSignalSpy finished(&loader, &ImportRowLoader::finished);
        loader.start();
        if (finished.isEmpty() && !finished.wait(10'000))
            qWarning("the loader did not finish");
        return read;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DialogTest::quietOffscreenWarnings();
        QLocale::setDefault(QLocale::c());
        m_db = std::make_unique<RosterDatabase>(m_dir.filePath(u"roster.sqlite"_s));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
    }

    void theTableShowsMembersOutsideTheFileAndWhatCannotBeDone()
    {
        const QList<ImportRowEntry> rows = plannedRows();
        QCOMPARE(rows.size(), 4);
        QVERIFY(rows.at(0).change); // the journal's change column comes back
        ImportRowModel model;
        model.setEmailColumn(0);
        model.setProvider(Provider::Beam);
        model.append(rows);
        const auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role).toString();
        };
        QCOMPARE(cell(0, ImportRowModel::Line), u"2"_s);
        QCOMPARE(cell(0, ImportRowModel::Plan), u"Update"_s);
        // The invalid row's email is its cell.
        QCOMPARE(cell(1, ImportRowModel::Email), u"not-an-address"_s);
        QCOMPARE(cell(1, ImportRowModel::Reason), u"not an email address"_s);
        // A member the file lacks: no line, but their email.
        QCOMPARE(cell(2, ImportRowModel::Line), u"—"_s);
        QCOMPARE(cell(2, ImportRowModel::Line, Qt::AccessibleTextRole), u"Not in the file"_s);
        QVERIFY(!cell(2, ImportRowModel::Line, Qt::ToolTipRole).isEmpty());
        QCOMPARE(cell(2, ImportRowModel::Email), u"grace@example.com"_s);
        QCOMPARE(cell(2, ImportRowModel::Plan), u"Deactivate"_s);
        QCOMPARE(cell(3, ImportRowModel::Line), u"—"_s);
        QCOMPARE(cell(3, ImportRowModel::Plan), u"Cannot deactivate on Beam.gg"_s);
        QCOMPARE(model.index(3, 0).data(ImportRowModel::PlanRole).toInt(),
                 int(ImportPlan::CannotDeactivate));
        QCOMPARE(ImportText::line(ImportRowEntry::FirstOutsideLine + 3), u"—"_s);
        QCOMPARE(ImportText::line(ImportRowEntry::FirstOutsideLine - 1),
                 QString::number(ImportRowEntry::FirstOutsideLine - 1));
        // Without a provider, the generic words.
        QCOMPARE(ImportText::plan(ImportPlan::CannotDeactivate), u"Cannot deactivate"_s);
        QCOMPARE(ImportText::planCount(ImportPlan::Deactivate, 5), u"5 to deactivate"_s);
        QCOMPARE(ImportText::outcome(ImportOutcome::Deactivated), u"Deactivated"_s);
    }

    void theDetailsSayWhatTheSelectedRowChanges()
    {
        ImportRowModel model;
        model.setEmailColumn(0);
        model.setProvider(Provider::Heartbeat);
        model.append(plannedRows());
        ImportRowDetails details;
        details.resize(500, 240);
        details.show();
        QVERIFY(details.text().contains(u"Select a row"_s));

        details.setGroupNames({{u"grp_mentors"_s, u"Mentors"_s}});
        details.showRow(model.row(0), model.planText(model.row(0).plan));
        QCOMPARE(details.text(), u"ada@example.com\n"_s
                                 u"Line 2 · Update\n"_s
                                 u"name: 'Ada Byron' → 'Ada Lovelace'\n"_s
                                 u"bio: 'Analyst' → 'Analyst of the Engine'\n"_s
                                 u"groups: + Mentors"_s);

        details.showRow(model.row(2), model.planText(model.row(2).plan));
        QCOMPARE(details.text(), u"grace@example.com\n"_s
                                 u"Not in the file · Deactivate\n"_s
                                 u"state: active → deactivated"_s);

        // Nothing is sent for it: the note says why, and no state change is claimed.
        details.showRow(model.row(3), model.planText(model.row(3).plan));
        QVERIFY2(details.text().contains(u"nothing is sent"_s), qPrintable(details.text()));
        QVERIFY(!details.text().contains(u"state:"_s));

        details.showRow(model.row(1), model.planText(model.row(1).plan));
        QCOMPARE(details.text(), u"not-an-address\nLine 3 · Invalid\nnot an email address"_s);

        details.clear();
        QVERIFY(details.text().contains(u"Select a row"_s));
    }

    void withoutAChange_theNoteIsSplitIntoOneLineAField()
    {
        // Rows planned before the journal kept changes: the note has ChangeText's words.
        ImportRowModel model;
        ImportRowEntry row = entry(7, u"zoe@example.com"_s, ImportPlan::Reactivate);
        row.error = u"bio: '' → 'Runs the Berlin meet-ups'; groups: + Welcome"_s;
        model.append({row});
        QCOMPARE(ImportRowDetails::changeLines(model.row(0)),
                 (QStringList{u"state: deactivated → active"_s,
                              u"bio: '' → 'Runs the Berlin meet-ups'"_s, u"groups: + Welcome"_s}));
    }
};

QTEST_MAIN(TestImportRowDetails)
#include "tst_import_row_details.moc"
