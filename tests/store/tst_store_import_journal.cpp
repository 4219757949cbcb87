// The import journal on a real SQLite file: a run's plan and each row's outcome, committed as
// they happen and read back after the file is closed and opened again (as after a crash).
#include "import_journal.h"
#include "roster_database.h"
#include "schema_migrations.h"
#include "schema_migrator.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStoreImportJournal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;

    static ImportRowEntry row(qint64 line, ImportPlan plan, const QString &email)
    {
        ImportRowEntry entry;
        entry.line = line;
        entry.email = email;
        entry.cells = {email, u"Zoë"_s, u"Müller, Jr."_s};
        if (plan == ImportPlan::Create || plan == ImportPlan::Update)
            entry.draft = QJsonObject{{u"email"_s, email}, {u"firstName"_s, u"Zoë"_s}};
        entry.plan = plan;
        if (plan == ImportPlan::Invalid) {
            entry.state = ImportRowState::Done;
            entry.outcome = ImportOutcome::Failed;
            entry.error = u"email: \"x\" is not an email address"_s;
        }
        return entry;
    }

    ImportRunInfo runInfo(const QString &workspace) const
    {
        ImportRunInfo run;
        run.workspaceId = workspace;
        run.filePath = u"/home/admin/members.csv"_s;
        run.fileSize = 1234;
        run.fileModified = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        run.header = {u"Email"_s, u"First name"_s, u"Last name"_s};
        run.settings = QJsonObject{{u"mode"_s, u"create"_s}};
        return run;
    }

    static int autoVacuumMode(const QString &path, const QString &setFirst = {})
    {
        int mode = -1;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(path);
            if (raw.open()) {
                QSqlQuery query(raw);
                if (!setFirst.isEmpty())
                    query.exec(setFirst) && query.exec(u"VACUUM"_s);
                if (query.exec(u"PRAGMA auto_vacuum"_s) && query.next())
                    mode = query.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        return mode;
    }

private Q_SLOTS:
    // The dry run of a large file adds a run and deletes it: the file does not stay at its
    // peak size, almost all free pages.
    void aRemovedRunGivesItsSpaceBack()
    {
        const QString path = m_dir.filePath(u"roster-%1.sqlite"_s.arg(++m_file));
        QString error;
        qint64 id = 0;
        {
            RosterDatabase db(path);
            QVERIFY2(db.open(&error), qPrintable(error));
            ImportJournal journal(db);
            id = *journal.createRun(runInfo(u"ws"_s), &error);
            QList<ImportRowEntry> rows;
            for (int line = 2; line < 20'002; ++line)
                rows.append(row(line, ImportPlan::Create, u"member%1@example.com"_s.arg(line)));
            QVERIFY2(journal.addRows(id, rows, &error), qPrintable(error));
        }
        const qint64 full = QFileInfo(path).size();
        QVERIFY2(full > 2'000'000, qPrintable(QString::number(full)));
        {
            RosterDatabase db(path);
            QVERIFY2(db.open(&error), qPrintable(error));
            QVERIFY2(ImportJournal(db).removeRun(id, &error), qPrintable(error));
        }
        const qint64 after = QFileInfo(path).size();
        QVERIFY2(after < full / 10, qPrintable(u"%1 → %2 bytes"_s.arg(full).arg(after)));
    }

    // A file from before incremental vacuum is switched to it when opened, once.
    void anOlderFileIsSwitchedToIncrementalVacuum()
    {
        const QString path = m_dir.filePath(u"roster-%1.sqlite"_s.arg(++m_file));
        QString error;
        {
            RosterDatabase db(path);
            QVERIFY2(db.open(&error), qPrintable(error));
        }
        QCOMPARE(autoVacuumMode(path), 2);
        QCOMPARE(autoVacuumMode(path, u"PRAGMA auto_vacuum = NONE"_s), 0);
        {
            RosterDatabase db(path);
            QVERIFY2(db.open(&error), qPrintable(error));
        }
        QCOMPARE(autoVacuumMode(path), 2);
    }

    void aRunSurvivesClosingTheFile()
    {
        const QString path = m_dir.filePath(u"roster-%1.sqlite"_s.arg(++m_file));
        qint64 id = 0;
        QString error;
        {
            RosterDatabase db(path);
            QVERIFY2(db.open(&error), qPrintable(error));
            ImportJournal journal(db);
            const std::optional<qint64> created = journal.createRun(runInfo(u"ws"_s), &error);
            QVERIFY2(created, qPrintable(error));
            id = *created;
            QVERIFY2(journal.addRows(id,
                                     {row(2, ImportPlan::Create, u"a@example.com"_s),
                                      row(3, ImportPlan::Create, u"b@example.com"_s),
                                      row(4, ImportPlan::Invalid, u"x"_s),
                                      row(5, ImportPlan::Unchanged, u"c@example.com"_s)},
                                     &error),
                     qPrintable(error));
            QVERIFY(journal.setRunState(id, ImportRunState::Running, &error));
            QVERIFY2(journal.markSending(id, 2, {}, &error), qPrintable(error));
            QVERIFY(journal.finishRow(id, 2, ImportOutcome::Created, {}, &error));
            QVERIFY(
                journal.markSending(id, 3, u"roster-key-3"_s, &error)); // and then the process dies
        }
        RosterDatabase db(path);
        QVERIFY2(db.open(&error), qPrintable(error));
        ImportJournal journal(db);
        const std::optional<ImportRunInfo> unfinished = journal.unfinishedRun(u"ws"_s, &error);
        QVERIFY2(unfinished, qPrintable(error));
        QCOMPARE(unfinished->id, id);
        QCOMPARE(unfinished->state, ImportRunState::Running);
        QCOMPARE(unfinished->header, runInfo(u"ws"_s).header);
        QCOMPARE(unfinished->fileModified, runInfo(u"ws"_s).fileModified);
        QCOMPARE(unfinished->settings, runInfo(u"ws"_s).settings);
        QVERIFY(!journal.unfinishedRun(u"other"_s, &error));

        const auto sending = journal.rows(id, ImportRowState::Sending, &error);
        QVERIFY(sending);
        QCOMPARE(sending->size(), 1);
        QCOMPARE(sending->first().line, 3);
        QCOMPARE(sending->first().cells.at(2), u"Müller, Jr."_s);
        QCOMPARE(sending->first().draft->value(u"firstName"_s).toString(), u"Zoë"_s);
        // What a resume needs to resend the create with the same key, or to look first.
        QCOMPARE(sending->first().idempotencyKey, u"roster-key-3"_s);
        QVERIFY(sending->first().sendingAt.isValid());
        QVERIFY(sending->first().sendingAt.secsTo(QDateTime::currentDateTimeUtc()) < 600);

        const auto counts = journal.counts(id, &error);
        QVERIFY(counts);
        QCOMPARE(counts->total(), 4);
        QCOMPARE(counts->done, 2);
        QCOMPARE(counts->sending, 1);
        QCOMPARE(counts->todo, 1);
        QCOMPARE(counts->plans.value(ImportPlan::Create), 2);
        QCOMPARE(counts->outcomes.value(ImportOutcome::Created), 1);
        QCOMPARE(counts->outcomes.value(ImportOutcome::Failed), 1);
        const auto failed = journal.failedRows(id, &error);
        QCOMPARE(failed->size(), 1);
        QCOMPARE(failed->first().line, 4);
        QVERIFY(failed->first().error.contains(u"not an email address"_s));
    }

    void retryingFailedRowsLeavesInvalidOnesFailed()
    {
        RosterDatabase db(m_dir.filePath(u"roster-%1.sqlite"_s.arg(++m_file)));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        ImportJournal journal(db);
        const qint64 id = *journal.createRun(runInfo(u"ws"_s), &error);
        QVERIFY(journal.addRows(
            id,
            {row(2, ImportPlan::Create, u"a@example.com"_s), row(3, ImportPlan::Invalid, u"x"_s)},
            &error));
        QVERIFY(journal.finishRow(id, 2, ImportOutcome::Failed, u"Server error"_s, &error));
        QVERIFY(journal.retryFailed(id, &error));
        const auto todo = journal.rows(id, ImportRowState::Sending, &error);
        QCOMPARE(todo->size(), 1);
        QCOMPARE(todo->first().line, 2);
        QVERIFY(todo->first().error.isEmpty());
        // A key whose first answer was a failure is not used again: the retry looks first.
        QVERIFY(!todo->first().sendingAt.isValid());
        QCOMPARE(journal.failedRows(id, &error)->size(), 1);

        QVERIFY(journal.setRunState(id, ImportRunState::Finished, &error));
        QVERIFY(journal.run(id, &error)->finishedAt.isValid());
        QVERIFY(!journal.unfinishedRun(u"ws"_s, &error));
        QVERIFY(error.isEmpty());
        QVERIFY(journal.removeRun(id, &error));
        QCOMPARE(journal.rows(id, std::nullopt, &error)->size(), 0);
    }

    void rowPagesCoverTheRunOnceInLineOrder()
    {
        RosterDatabase db(m_dir.filePath(u"roster-%1.sqlite"_s.arg(++m_file)));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        ImportJournal journal(db);
        const qint64 id = *journal.createRun(runInfo(u"ws"_s), &error);
        QList<ImportRowEntry> rows;
        for (qint64 line = 2; line <= 11; ++line)
            rows << row(line, line % 3 == 0 ? ImportPlan::Invalid : ImportPlan::Create,
                        u"m%1@example.com"_s.arg(line));
        QVERIFY2(journal.addRows(id, rows, &error), qPrintable(error));
        QList<qint64> lines;
        qint64 after = 0;
        for (;;) {
            const auto page = journal.rowPage(id, after, 4, false, &error);
            QVERIFY2(page, qPrintable(error));
            if (page->isEmpty())
                break;
            QVERIFY(page->size() <= 4);
            for (const ImportRowEntry &entry : *page) {
                lines << entry.line;
                QVERIFY(!entry.draft); // pages leave the drafts out
                QCOMPARE(entry.cells.first(), entry.email);
            }
            after = page->last().line;
        }
        QCOMPARE(lines, (QList<qint64>{2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));
        const auto failed = journal.rowPage(id, 0, 100, true, &error);
        QVERIFY2(failed, qPrintable(error));
        QCOMPARE(failed->size(), 3); // lines 3, 6 and 9
        QCOMPARE(failed->at(1).line, 6);
        QCOMPARE(failed->at(1).outcome, ImportOutcome::Failed);
        QCOMPARE(failed->at(1).plan, ImportPlan::Invalid);
    }

    void aDuplicateLineIsRefusedAndNothingOfTheBatchIsKept()
    {
        RosterDatabase db(m_dir.filePath(u"roster-%1.sqlite"_s.arg(++m_file)));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        ImportJournal journal(db);
        const qint64 id = *journal.createRun(runInfo(u"ws"_s), &error);
        QVERIFY(!journal.addRows(id,
                                 {row(2, ImportPlan::Create, u"a@example.com"_s),
                                  row(2, ImportPlan::Create, u"b@example.com"_s)},
                                 &error));
        QVERIFY2(error.contains(u"line 2"_s), qPrintable(error));
        QCOMPARE(journal.rows(id, std::nullopt, &error)->size(), 0);
    }

    // A dry run's plan waits for `import --from-plan` without being offered to resume; once a
    // run starts it, it is an unfinished import like any other.
    void aDryRunsPlanWaitsAndIsNotOfferedToResume()
    {
        RosterDatabase db(m_dir.filePath(u"roster-%1.sqlite"_s.arg(++m_file)));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        ImportJournal journal(db);
        const qint64 id = *journal.createRun(runInfo(u"ws"_s), &error);
        QVERIFY(journal.addRows(id, {row(2, ImportPlan::Create, u"a@example.com"_s)}, &error));
        const QJsonObject given{{u"mode"_s, u"upsert"_s}, {u"map"_s, QJsonArray{u"E=email"_s}}};
        QVERIFY2(journal.keepDryRun(id, u"abc123"_s, given, &error), qPrintable(error));

        QVERIFY(!journal.unfinishedRun(u"ws"_s, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const std::optional<ImportRunInfo> kept = journal.latestDryRun(u"ws"_s, &error);
        QVERIFY2(kept, qPrintable(error));
        QCOMPARE(kept->id, id);
        QCOMPARE(kept->fileChecksum, u"abc123"_s);
        QCOMPARE(kept->dryRunSettings, given);
        QVERIFY(kept->isWaitingDryRun());
        QVERIFY(!journal.latestDryRun(u"other"_s, &error));

        QVERIFY(journal.setRunState(id, ImportRunState::Running, &error));
        QCOMPARE(journal.unfinishedRun(u"ws"_s, &error)->id, id);
        QVERIFY(!journal.latestDryRun(u"ws"_s, &error)->isWaitingDryRun());
    }

    // A new dry run of a file replaces the waiting plan of the same file, and plans too old to
    // be run go; a plan a run started, another file's and another workspace's recent ones stay.
    void aNewDryRunReplacesTheWaitingPlanOfItsFile()
    {
        RosterDatabase db(m_dir.filePath(u"roster-%1.sqlite"_s.arg(++m_file)));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        ImportJournal journal(db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto dryRun = [&](const QString &workspace, const QString &file, qint64 ageSecs) {
            ImportRunInfo info = runInfo(workspace);
            info.filePath = file;
            info.createdAt = now.addSecs(-ageSecs);
            info.dryRunSettings = QJsonObject{{u"mode"_s, u"create"_s}};
            return *journal.createRun(info, &error);
        };
        const qint64 sameFile = dryRun(u"ws"_s, u"/a.csv"_s, 60);
        const qint64 started = dryRun(u"ws"_s, u"/a.csv"_s, 60);
        QVERIFY(journal.setRunState(started, ImportRunState::Running, &error));
        const qint64 otherFile = dryRun(u"ws"_s, u"/b.csv"_s, 60);
        const qint64 otherWorkspace = dryRun(u"ws2"_s, u"/a.csv"_s, 60);
        const qint64 stale = dryRun(u"ws2"_s, u"/c.csv"_s, 3600);
        const qint64 latest = dryRun(u"ws"_s, u"/a.csv"_s, 0);

        QVERIFY2(
            journal.removeWaitingDryRuns(u"ws"_s, u"/a.csv"_s, now.addSecs(-1800), latest, &error),
            qPrintable(error));
        QVERIFY(!journal.run(sameFile, &error));
        QVERIFY(!journal.run(stale, &error));
        for (const qint64 id : {started, otherFile, otherWorkspace, latest})
            QVERIFY2(journal.run(id, &error), qPrintable(error));
    }

    // Migration 8 adds the checksum and the dry run's settings: a run journaled before it keeps
    // its rows, has neither, and is still offered to resume.
    void aRunJournaledBeforeVersion8IsStillResumed()
    {
        const QString path = m_dir.filePath(u"roster-%1.sqlite"_s.arg(++m_file));
        QString error;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v7"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            SchemaMigrator migrator(raw, path, rosterSchemaMigrations().mid(0, 7));
            QVERIFY2(migrator.migrate(&error), qPrintable(error));
            QSqlQuery query(raw);
            QVERIFY(query.exec(u"INSERT INTO import_runs (id, workspace_id, file_path, file_size, "
                               "header, settings, state, created_at) VALUES (5, 'ws', '/a.csv', "
                               "10, '[]', '{\"mode\":\"create\"}', 'planned', 1)"_s));
            QVERIFY(query.exec(u"INSERT INTO import_rows (run_id, line, cells, plan, state) "
                               "VALUES (5, 2, '[]', 'create', 'todo')"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"v7"_s);
        RosterDatabase db(path);
        QVERIFY2(db.open(&error), qPrintable(error));
        ImportJournal journal(db);
        const std::optional<ImportRunInfo> run = journal.unfinishedRun(u"ws"_s, &error);
        QVERIFY2(run, qPrintable(error));
        QCOMPARE(run->id, 5);
        QVERIFY(run->fileChecksum.isEmpty());
        QVERIFY(!run->dryRunSettings);
        QCOMPARE(journal.counts(5, &error)->todo, 1);
        QVERIFY(!journal.latestDryRun(u"ws"_s, &error));
    }
};

QTEST_GUILESS_MAIN(TestStoreImportJournal)
#include "tst_store_import_journal.moc"
