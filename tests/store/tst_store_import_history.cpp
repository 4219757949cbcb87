// The import history on a real SQLite file: ImportJournal::runs() lists a workspace's runs newest
// first with their rows counted, keeps to the workspace and the limit, and gives back who ran
// each run and its file's checksum after the file is closed and opened again.
#include "audit_source.h"
#include "import_journal.h"
#include "roster_database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStoreImportHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_file = 0;

    QString newPath() { return m_dir.filePath(u"roster-%1.sqlite"_s.arg(++m_file)); }

    static ImportRunInfo runInfo(const QString &workspace, const QString &file)
    {
        ImportRunInfo run;
        run.workspaceId = workspace;
        run.filePath = u"/home/admin/"_s + file;
        run.fileSize = 100;
        run.fileModified = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        run.header = {u"Email"_s};
        run.settings = QJsonObject{{u"mode"_s, u"upsert"_s}};
        return run;
    }

    static ImportRowEntry row(qint64 line, ImportPlan plan, ImportOutcome outcome)
    {
        ImportRowEntry entry;
        entry.line = line;
        entry.email = u"member-%1@example.com"_s.arg(line);
        entry.cells = {entry.email};
        entry.plan = plan;
        if (outcome != ImportOutcome::None) {
            entry.state = ImportRowState::Done;
            entry.outcome = outcome;
        }
        return entry;
    }

    // A run of `workspace` with `rows`, its plan complete.
    static qint64 addRun(ImportJournal &journal, const QString &workspace, const QString &file,
                         const QList<ImportRowEntry> &rows, ImportRunInfo info = {})
    {
        if (info.workspaceId.isEmpty())
            info = runInfo(workspace, file);
        QString error;
        const std::optional<qint64> id = journal.createRun(info, &error);
        if (!id || !journal.addRows(*id, rows, &error) || !journal.completePlan(*id, &error))
            qWarning("%s", qPrintable(error));
        return id.value_or(0);
    }

private Q_SLOTS:
    void runsAreListedNewestFirstWithTheirRowsCounted()
    {
        const QString path = newPath();
        QString error;
        qint64 first = 0;
        qint64 second = 0;
        qint64 third = 0;
        {
            RosterDatabase db(path);
            QVERIFY2(db.open(&error), qPrintable(error));
            ImportJournal journal(db);
            first = addRun(journal, u"acme"_s, u"q3.csv"_s,
                           {row(2, ImportPlan::Create, ImportOutcome::Created),
                            row(3, ImportPlan::Create, ImportOutcome::Created),
                            row(4, ImportPlan::Invalid, ImportOutcome::Failed)});
            QVERIFY(journal.setRunState(first, ImportRunState::Finished, &error));
            // Another workspace's run in between: not in acme's history.
            QVERIFY(addRun(journal, u"other"_s, u"other.csv"_s,
                           {row(2, ImportPlan::Create, ImportOutcome::None)}) > 0);
            second = addRun(journal, u"acme"_s, u"q4.csv"_s,
                            {row(2, ImportPlan::Update, ImportOutcome::Updated),
                             row(3, ImportPlan::Deactivate, ImportOutcome::Deactivated),
                             row(4, ImportPlan::Deactivate, ImportOutcome::None),
                             row(5, ImportPlan::CannotDeactivate, ImportOutcome::Skipped)});
            QVERIFY(journal.setRunState(second, ImportRunState::Cancelled, &error));
            // A run with no rows at all is listed too, counted as none.
            third = addRun(journal, u"acme"_s, u"empty.csv"_s, {});
        }
        RosterDatabase db(path);
        QVERIFY2(db.open(&error), qPrintable(error));
        ImportJournal journal(db);
        const std::optional<QList<ImportRunSummary>> runs = journal.runs(u"acme"_s, 0, &error);
        QVERIFY2(runs, qPrintable(error));
        QCOMPARE(runs->size(), 3);
        QCOMPARE(runs->at(0).run.id, third);
        QCOMPARE(runs->at(1).run.id, second);
        QCOMPARE(runs->at(2).run.id, first);
        QCOMPARE(runs->at(0).counts.total(), 0);

        const ImportRunSummary &cancelled = runs->at(1);
        QCOMPARE(cancelled.run.filePath, u"/home/admin/q4.csv"_s);
        QCOMPARE(cancelled.run.state, ImportRunState::Cancelled);
        QVERIFY(cancelled.run.finishedAt.isValid());
        QCOMPARE(cancelled.run.settings.value(u"mode"_s).toString(), u"upsert"_s);
        QCOMPARE(cancelled.counts.total(), 4);
        QCOMPARE(cancelled.counts.done, 3);
        QCOMPARE(cancelled.counts.todo, 1);
        QCOMPARE(cancelled.counts.plans.value(ImportPlan::Deactivate), 2);
        QCOMPARE(cancelled.counts.plans.value(ImportPlan::CannotDeactivate), 1);
        QCOMPARE(cancelled.counts.outcomes.value(ImportOutcome::Deactivated), 1);
        QCOMPARE(cancelled.counts.outcomes.value(ImportOutcome::Updated), 1);
        QCOMPARE(cancelled.counts.outcomes.value(ImportOutcome::Skipped), 1);

        const ImportRunSummary &finished = runs->at(2);
        QCOMPARE(finished.counts.outcomes.value(ImportOutcome::Created), 2);
        QCOMPARE(finished.counts.outcomes.value(ImportOutcome::Failed), 1);
        // The same counts as the run's own.
        const std::optional<ImportCounts> own = journal.counts(first, &error);
        QVERIFY(own);
        QCOMPARE(finished.counts.plans, own->plans);
        QCOMPARE(finished.counts.outcomes, own->outcomes);

        // Every workspace's runs without one; the newest only with a limit.
        QCOMPARE(journal.runs({}, 0, &error)->size(), 4);
        const auto newest = journal.runs(u"acme"_s, 2, &error);
        QVERIFY(newest);
        QCOMPARE(newest->size(), 2);
        QCOMPARE(newest->at(0).run.id, third);
        QCOMPARE(newest->at(1).run.id, second);
        QCOMPARE(newest->at(1).counts.total(), 4);
        QVERIFY(journal.runs(u"nobody"_s, 0, &error)->isEmpty());
    }

    void whoRanItAndTheFilesChecksumAreKept()
    {
        const QString path = newPath();
        QString error;
        const QString checksum =
            u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s;
        {
            RosterDatabase db(path);
            QVERIFY2(db.open(&error), qPrintable(error));
            ImportJournal journal(db);
            ImportRunInfo named = runInfo(u"acme"_s, u"named.csv"_s);
            named.osUser = u"katherine"_s;
            const qint64 id = addRun(journal, u"acme"_s, {}, {}, named);
            QVERIFY(id > 0);
            QVERIFY2(journal.setFileChecksum(id, checksum, &error), qPrintable(error));
            // Without a user given, the process's own account.
            QVERIFY(addRun(journal, u"acme"_s, u"mine.csv"_s, {}) > 0);
        }
        RosterDatabase db(path);
        QVERIFY2(db.open(&error), qPrintable(error));
        const auto runs = ImportJournal(db).runs(u"acme"_s, 0, &error);
        QVERIFY2(runs, qPrintable(error));
        QCOMPARE(runs->size(), 2);
        QCOMPARE(runs->at(0).run.osUser, AuditSource::currentActor());
        QVERIFY(runs->at(0).run.fileChecksum.isEmpty());
        QCOMPARE(runs->at(1).run.osUser, u"katherine"_s);
        QCOMPARE(runs->at(1).run.fileChecksum, checksum);
        QCOMPARE(ImportJournal(db).run(runs->at(1).run.id, &error)->fileChecksum, checksum);
    }
};

QTEST_GUILESS_MAIN(TestStoreImportHistory)
#include "tst_store_import_history.moc"
