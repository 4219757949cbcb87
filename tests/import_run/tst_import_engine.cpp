// The import engine against a real roster-sandbox and a real SQLite journal: the dry run's plan
// per row (against the roster and the provider), the run at the budget without a 429, every row
// accounted for under injected faults with each member created exactly once, pause, cancel, and
// a resume that looks up the rows a crash left half-sent.
#include "api_session.h"
#include "audit_log.h"
#include "audit_source.h"
#include "automatic_import_settings.h"
#include "draft_json.h"
#include "import_journal.h"
#include "import_planner.h"
#include "import_runner.h"
#include "import_steps.h"
#include "import_test_files.h"
#include "member_repository.h"
#include "member_service.h"
#include "recorded_network.h"
#include "sandbox_process.h"
#include "sandbox_stats.h"
#include "sandbox_workspace.h"
#include "service_fixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

Q_DECLARE_METATYPE(Provider)

using namespace Qt::StringLiterals;

class TestImportEngine : public QObject, protected ServiceFixture
{
    Q_OBJECT

    std::unique_ptr<MemberService> service(Provider provider, double budget = 100)
    {
        return ServiceFixture::service(
            SandboxWorkspace::make(*m_sandbox, provider, u"Acme"_s, budget), {budget, 12, true});
    }

    QString file(const QString &prefix, int count, const QStringList &extra = {})
    {
        const QString path = m_dir->filePath(prefix + u".csv"_s);
        if (!ImportTestFiles::write(path, prefix, count, extra))
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    // As the dry run the user reads plans: rows a provider cannot list are looked up.
    qint64 plan(MemberService &members, const ImportSettings &settings)
    {
        return ImportSteps::plan(members, *m_db, settings, true);
    }

    bool run(MemberService &members, qint64 runId, int timeoutMs = 120000)
    {
        return ImportSteps::run(members, *m_db, runId, timeoutMs);
    }

    QMap<qint64, ImportRowEntry> rowsByLine(qint64 runId)
    {
        QString error;
        QMap<qint64, ImportRowEntry> byLine;
        const auto rows = ImportJournal(*m_db).rows(runId, std::nullopt, &error);
        for (const ImportRowEntry &row : rows.value_or(QList<ImportRowEntry>()))
            byLine.insert(row.line, row);
        return byLine;
    }

    void createDirectly(MemberService &members, const QString &email, const QString &last)
    {
        NewMember member;
        member.email = email;
        member.firstName = u"Zoë 0"_s;
        member.lastName = last;
        QVERIFY(wait<MemberRecord>([&](auto done) { return members.create(member, done); }).ok());
    }

    // A run of `emails` to create, in the journal as a dry run leaves it, for a workspace of
    // `members` on a recorded network (no sandbox).
    qint64 journalRun(MemberService &members, const QStringList &emails)
    {
        ImportRunInfo info;
        info.workspaceId = members.workspace().id;
        info.filePath = m_dir->filePath(u"members.csv"_s);
        info.header = {u"Email"_s, u"First name"_s, u"Last name"_s};
        info.settings = settingsFor(info.filePath).toJson();
        QString error;
        ImportJournal journal(*m_db);
        const std::optional<qint64> runId = journal.createRun(info, &error);
        QList<ImportRowEntry> rows;
        for (const QString &email : emails) {
            MemberDraft draft;
            draft.email = email;
            draft.firstName = u"Zoë"_s;
            draft.lastName = u"Lee"_s;
            draft.name = u"Zoë Lee"_s;
            ImportRowEntry row;
            row.line = rows.size() + 2;
            row.email = email;
            row.cells = {email, draft.firstName, draft.lastName};
            row.draft = DraftJson::toJson(draft);
            row.plan = ImportPlan::Create;
            rows.append(row);
        }
        if (!runId || !journal.addRows(*runId, rows, &error))
            qWarning("cannot write the journal: %s", qPrintable(error));
        return runId.value_or(-1);
    }

    std::unique_ptr<MemberService> recordedService(RecordedNetwork &network, Provider provider)
    {
        Workspace workspace = Workspace::create(u"Recorded"_s, provider);
        workspace.apiBaseUrl =
            recordedBase(provider == Provider::Forward ? u"/forward"_s : u"/beam"_s);
        workspace.businessId = provider == Provider::Forward ? u"biz_1"_s : QString();
        auto *session = new ApiSession(&network, m_pacers->pacerFor("recorded-key-0123", 100, 12),
                                       "recorded-key-0123");
        session->retryPolicy().backoffBaseMs = 1;
        session->retryPolicy().backoffCapMs = 2;
        auto members = std::make_unique<MemberService>(workspace, session, *m_db);
        session->setParent(members.get());
        return members;
    }

    // `content` as the file `name` in the test's folder: its path, or empty when it cannot be
    // written.
    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() ? path
                                                                                        : QString();
    }

    ImportSettings settingsFor(const QString &path,
                               ImportSettings::Mode mode = ImportSettings::Mode::CreateOnly)
    {
        return automaticImportSettings(path, mode);
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(setUp(&error), qPrintable(error));
    }

    void cleanup() { tearDown(); }

    // A file cut short by someone else while the dry run reads it fails the plan; it is not
    // planned as if it were complete.
    void plan_ofAFileThatChangesWhileRead_fails()
    {
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"0"_s}), qPrintable(m_sandbox->error()));
        auto members = service(Provider::Forward);
        const QString path = file(u"cut"_s, 200'000);
        ImportPlanner planner(members.get(), *m_db, settingsFor(path));
        QSignalSpy finished(&planner, &ImportPlanner::finished);
        QSignalSpy failed(&planner, &ImportPlanner::failed);
        connect(&planner, &ImportPlanner::progress, this,
                [&path](ImportPlanner::Phase phase, qint64 done, qint64 total) {
                    if (phase == ImportPlanner::Phase::Reading && done < total)
                        QFile::resize(path, 1000);
                });
        planner.start();
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 60000));
        QVERIFY2(finished.isEmpty(), "a file cut short was planned as complete");
        QVERIFY2(failed.first().first().toString().contains(u"changed while it was read"_s),
                 qPrintable(failed.first().first().toString()));
    }

    // A plan cut off half-way (roster-cli killed while it reads the file) holds only part of the
    // file: it is no import to resume, or `import --resume` would carry on with that part as if
    // it were the whole file and never import the rest. Once every row is in, it is one.
    void plan_cutOffHalfWay_isNoImportToResume()
    {
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"0"_s}), qPrintable(m_sandbox->error()));
        auto members = service(Provider::Forward);
        constexpr int Rows = 30'000;
        const QString path = file(u"half"_s, Rows);
        const QString workspaceId = members->workspace().id;
        ImportPlanner planner(members.get(), *m_db, settingsFor(path));
        QSignalSpy finished(&planner, &ImportPlanner::finished);
        QSignalSpy failed(&planner, &ImportPlanner::failed);
        qint64 rowsInWhileOffered = 0;
        qint64 mostRowsInBeforeTheEnd = 0;
        connect(&planner, &ImportPlanner::progress, this, [&](ImportPlanner::Phase phase) {
            if (phase != ImportPlanner::Phase::Reading)
                return;
            QSqlQuery query(m_db->connection());
            const qint64 rowsIn = query.exec(u"SELECT count(*) FROM import_rows"_s) && query.next()
                                      ? query.value(0).toLongLong()
                                      : -1;
            mostRowsInBeforeTheEnd = std::max(mostRowsInBeforeTheEnd, rowsIn);
            QString error;
            if (ImportJournal(*m_db).unfinishedRun(workspaceId, &error))
                rowsInWhileOffered = std::max(rowsInWhileOffered, rowsIn);
        });
        planner.start();
        // 30,000 rows take 20 s here and over a minute under the sanitizers (tests/sanitize).
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 240000));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QVERIFY2(mostRowsInBeforeTheEnd > 0, "no rows were in the journal while it was planned");
        QVERIFY2(rowsInWhileOffered == 0,
                 qPrintable(u"a plan of %1 of %2 rows was offered to resume"_s.arg(
                     QString::number(rowsInWhileOffered), QString::number(Rows))));

        QString error;
        const std::optional<ImportRunInfo> unfinished =
            ImportJournal(*m_db).unfinishedRun(workspaceId, &error);
        QVERIFY2(unfinished, qPrintable(error));
        QCOMPARE(unfinished->id, finished.first().first().toLongLong());
        QCOMPARE(ImportJournal(*m_db).counts(unfinished->id, &error)->total(), Rows);
    }

    void plan_comparesTheFileWithTheRosterAndTheProvider_data()
    {
        QTest::addColumn<Provider>("provider");
        QTest::newRow("forward (lists)") << Provider::Forward;
        QTest::newRow("beam (looked up)") << Provider::Beam;
    }

    void plan_comparesTheFileWithTheRosterAndTheProvider()
    {
        QFETCH(Provider, provider);
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"0"_s}), qPrintable(m_sandbox->error()));
        auto members = service(provider);
        createDirectly(*members, u"p-0@example.com"_s, u"Müller, Jr."_s); // as the file has it
        createDirectly(*members, u"p-1@example.com"_s, u"Meier"_s);       // the file renames
        if (provider == Provider::Forward) {
            createDirectly(*members, u"p-2@example.com"_s, u"Müller, Jr."_s);
            QVERIFY(wait<MemberRecord>([&](auto done) {
                        return members->deactivate(u"p-2@example.com"_s, done);
                    }).ok());
        }
        // For Beam, forget what the creates put in the local roster: only the provider knows.
        QString error;
        if (provider == Provider::Beam)
            QVERIFY(MemberRepository(*m_db).removeWorkspace(members->workspace().id, &error));
        const QString path = file(
            u"p"_s, 5,
            {u"not-an-address,A,B,Member"_s, u"p-4@example.com,Again,Again,Member"_s, u",,,"_s});
        const qint64 upsert =
            plan(*members, settingsFor(path, ImportSettings::Mode::CreateOrUpdate));
        QVERIFY(upsert > 0);
        QMap<qint64, ImportRowEntry> rows = rowsByLine(upsert);
        QCOMPARE(rows.size(), 8);
        QCOMPARE(rows.value(2).plan, ImportPlan::Unchanged);
        QCOMPARE(rows.value(3).plan, ImportPlan::Update);
        QCOMPARE(rows.value(4).plan,
                 provider == Provider::Forward ? ImportPlan::Reactivate : ImportPlan::Create);
        QCOMPARE(rows.value(5).plan, ImportPlan::Create);
        QCOMPARE(rows.value(6).plan, ImportPlan::Create);
        QCOMPARE(rows.value(7).plan, ImportPlan::Invalid);
        QVERIFY2(rows.value(7).error.contains(u"not-an-address"_s),
                 qPrintable(rows.value(7).error));
        QCOMPARE(rows.value(8).plan, ImportPlan::Invalid);
        QVERIFY2(rows.value(8).error.contains(u"line 6"_s), qPrintable(rows.value(8).error));
        QCOMPARE(rows.value(9).plan, ImportPlan::Blank);

        const qint64 createOnly = plan(*members, settingsFor(path));
        rows = rowsByLine(createOnly);
        QCOMPARE(rows.value(2).plan, ImportPlan::Conflict);
        QCOMPARE(rows.value(3).plan, ImportPlan::Conflict);
        QCOMPARE(rows.value(5).plan, ImportPlan::Create);
        // A dry run changes nothing at the provider.
        QCOMPARE(SandboxStats::count(m_sandbox->stats(), providerId(provider),
                                     provider == Provider::Forward ? u"POST /users"_s
                                                                   : u"POST /users/create"_s),
                 provider == Provider::Forward ? 3 : 2);
    }

    void run_heartbeat_createsWithRolesGroupsAndPendingAndLearnsTheIds()
    {
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"0"_s}), qPrintable(m_sandbox->error()));
        auto members = service(Provider::Heartbeat);
        const QString path = writeFile(
            u"heartbeat.csv"_s, "Full name;E-mail;Role;Groups\n"
                                "Ada Lovelace;ada@example.com;Moderator;Mentors, Berlin chapter\n"
                                "Grace Hopper;grace@example.com;member;\n"
                                "Alan Turing;alan@example.com;Overlord;\n"
                                "Linus T;linus@example.com;Member;No such group\n");
        QVERIFY(!path.isEmpty());
        ImportSettings settings = settingsFor(path);
        settings.pending = true;
        const qint64 runId = plan(*members, settings);
        QVERIFY(runId > 0);
        QMap<qint64, ImportRowEntry> rows = rowsByLine(runId);
        QCOMPARE(rows.value(4).plan, ImportPlan::Invalid); // unknown role
        QVERIFY2(rows.value(4).error.contains(u"Overlord"_s), qPrintable(rows.value(4).error));
        QCOMPARE(rows.value(5).plan, ImportPlan::Invalid); // unknown group
        QVERIFY2(rows.value(5).error.contains(u"no group named “No such group”"_s),
                 qPrintable(rows.value(5).error));
        QVERIFY(run(*members, runId));
        rows = rowsByLine(runId);
        QCOMPARE(rows.value(2).outcome, ImportOutcome::Created);
        QCOMPARE(rows.value(3).outcome, ImportOutcome::Created);
        const QJsonArray stored = m_sandbox->state(u"heartbeat"_s)[u"members"_s].toArray();
        QCOMPARE(stored.size(), 2);
        for (const QJsonValue &member : stored) {
            QCOMPARE(member[u"accountStatus"_s].toString(), u"pending"_s);
            if (member[u"email"_s].toString() == u"ada@example.com"_s) {
                QCOMPARE(member[u"roleID"_s].toString(), u"role_moderator"_s);
                QCOMPARE(member[u"groupIDs"_s].toArray().size(), 2);
            }
        }
        // One create each, no read-back, then one listing for the ids.
        const QJsonObject stats = m_sandbox->stats();
        QCOMPARE(SandboxStats::count(stats, u"heartbeat"_s, u"PUT /v0/pendingUser"_s), 2);
        QCOMPARE(SandboxStats::count(stats, u"heartbeat"_s, u"GET /v0/find/users"_s), 0);
        QString error;
        QVERIFY(!members->storedMember(u"ada@example.com"_s, &error)->providerMemberId.isEmpty());
        // The audit log says where the members came from: this run; the service's own source
        // is untouched.
        const auto history = AuditLog(*m_db).list(members->workspace().id, {}, 0, &error);
        QVERIFY2(history, qPrintable(error));
        int fromTheRun = 0;
        for (const AuditEntry &entry : *history)
            fromTheRun += entry.source == AuditSource::importRun(runId) ? 1 : 0;
        QCOMPARE(fromTheRun, 3); // two creates and the listing that learns their ids
        QCOMPARE(members->auditSource(), AuditSource::dialog());
    }

    // A run planned by an older Roster kept its mapping as "map"/"set" text: it still resumes,
    // with the settings it was planned with (here: pending members).
    void resume_ofARunPlannedByAnOlderRoster_keepsItsSettings()
    {
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"0"_s}), qPrintable(m_sandbox->error()));
        auto members = service(Provider::Heartbeat);
        const QString path = writeFile(u"older.csv"_s, "Full name,E-mail,Notes\n"
                                                       "Ada Lovelace,ada@example.com,Member\n"
                                                       "Grace Hopper,grace@example.com,Member\n");
        QVERIFY(!path.isEmpty());
        ImportSettings settings = settingsFor(path);
        settings.mapping.setColumn(2, ImportField::Role);
        settings.pending = true;
        const qint64 runId = plan(*members, settings);
        QVERIFY(runId > 0);
        const QJsonObject older{{u"file"_s, path},        {u"map"_s, QJsonArray{u"#3=role"_s}},
                                {u"set"_s, QJsonArray{}}, {u"mode"_s, u"create"_s},
                                {u"pending"_s, true},     {u"introduce"_s, false}};
        QSqlQuery query(m_db->connection());
        query.prepare(u"UPDATE import_runs SET settings = ? WHERE id = ?"_s);
        query.addBindValue(QString::fromUtf8(QJsonDocument(older).toJson(QJsonDocument::Compact)));
        query.addBindValue(runId);
        QVERIFY(query.exec());
        QString error;
        const std::optional<ImportRunInfo> kept = ImportJournal(*m_db).run(runId, &error);
        QVERIFY2(kept, qPrintable(error));
        QVERIFY(kept->settings.contains(u"map"_s));

        QVERIFY(run(*members, runId));
        const QMap<qint64, ImportRowEntry> rows = rowsByLine(runId);
        QCOMPARE(rows.value(2).outcome, ImportOutcome::Created);
        QCOMPARE(rows.value(3).outcome, ImportOutcome::Created);
        const QJsonArray stored = m_sandbox->state(u"heartbeat"_s)[u"members"_s].toArray();
        QCOMPARE(stored.size(), 2);
        for (const QJsonValue &member : stored)
            QCOMPARE(member[u"accountStatus"_s].toString(), u"pending"_s);
    }

    void run_atTheBudget_noRequestIsRateLimited()
    {
        // Twenty a second at the sandbox, 300 ms each, and a budget of twenty: no 429, every
        // member created once (the rate itself is import_benchmark's to measure).
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"20"_s, u"--latency"_s, u"300"_s}),
                 qPrintable(m_sandbox->error()));
        auto members = service(Provider::Forward, 20);
        const int count = 160;
        const qint64 runId = plan(*members, settingsFor(file(u"paced"_s, count)));
        QVERIFY(runId > 0);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(run(*members, runId));
        qInfo("%d rows in %.2f s: %.1f rows/s", count, clock.elapsed() / 1000.0,
              count * 1000.0 / double(clock.elapsed()));
        const QJsonObject stats = m_sandbox->stats();
        QCOMPARE(SandboxStats::rateLimited(stats), 0);
        QCOMPARE(SandboxStats::count(stats, u"forward"_s, u"POST /users"_s, 201), count);
        QCOMPARE(SandboxStats::count(stats, u"forward"_s, u"POST /users"_s), count);
    }

    void run_underFaults_everyRowEndsAndEachMemberLandsOnce()
    {
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"0"_s, u"--fail-rate"_s, u"0.2"_s,
                               u"--drop-rate"_s, u"0.05"_s}),
                 qPrintable(m_sandbox->error()));
        auto members = service(Provider::Forward);
        members->session()->retryPolicy().backoffBaseMs = 20;
        const int count = 150;
        const QString path = file(u"faults"_s, count);
        qint64 runId = -1;
        // Planning lists the members first; a listing may fail under faults: try again.
        for (int attempt = 0; attempt < 5 && runId < 0; ++attempt)
            runId = plan(*members, settingsFor(path));
        QVERIFY(runId > 0);
        QVERIFY(run(*members, runId));
        const QMap<qint64, ImportRowEntry> rows = rowsByLine(runId);
        QCOMPARE(rows.size(), count);
        QSet<QString> created;
        int failed = 0;
        for (const ImportRowEntry &row : rows) {
            QCOMPARE(row.state, ImportRowState::Done);
            QVERIFY(row.outcome == ImportOutcome::Created || row.outcome == ImportOutcome::Failed);
            if (row.outcome == ImportOutcome::Created)
                created.insert(row.email);
            else {
                ++failed;
                QVERIFY2(!row.error.isEmpty(), "a failed row says why");
            }
        }
        const QStringList atProvider = SandboxStats::memberEmails(m_sandbox->state(), u"forward"_s);
        const QSet<QString> provider(atProvider.cbegin(), atProvider.cend());
        QCOMPARE(provider.size(), atProvider.size()); // each member exactly once
        // Every row reported created is there; a row reported failed is not, unless its report
        // says the provider may have carried it out.
        QVERIFY(created.isEmpty() || provider.contains(created));
        for (const ImportRowEntry &row : rows) {
            if (row.outcome == ImportOutcome::Failed && provider.contains(row.email))
                QVERIFY2(row.error.contains(u"may have carried it out"_s), qPrintable(row.error));
        }
        qInfo("%d rows: %lld created, %d failed; %lld dropped connections", count,
              qint64(created.size()), failed,
              SandboxStats::dropped(m_sandbox->stats(), u"forward"_s));

        // Retrying the failed rows until none is left brings in every row, each exactly once.
        QString error;
        for (int retry = 0; retry < 5 && failed > 0; ++retry) {
            QVERIFY2(ImportJournal(*m_db).retryFailed(runId, &error), qPrintable(error));
            QVERIFY(run(*members, runId));
            failed = int(ImportJournal(*m_db).failedRows(runId, &error)->size());
        }
        QCOMPARE(failed, 0);
        const QStringList finally = SandboxStats::memberEmails(m_sandbox->state(), u"forward"_s);
        QCOMPARE(finally.size(), count);
        QCOMPARE(QSet<QString>(finally.cbegin(), finally.cend()).size(), count);
    }

    void pauseStopsSendingAndCancelSkipsTheRowsNeverSent()
    {
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"0"_s, u"--latency"_s, u"50"_s}),
                 qPrintable(m_sandbox->error()));
        auto members = service(Provider::Forward, 20);
        const qint64 runId = plan(*members, settingsFor(file(u"pause"_s, 60)));
        QVERIFY(runId > 0);
        ImportRunner runner(members.get(), *m_db, runId);
        QSignalSpy finished(&runner, &ImportRunner::finished);
        QSignalSpy idle(&runner, &ImportRunner::idle);
        runner.start();
        QTRY_VERIFY(runner.finishedCount() >= 10);
        runner.pause();
        QTRY_COMPARE(idle.size(), 1);
        const qint64 sent = SandboxStats::count(m_sandbox->stats(), u"forward"_s, u"POST /users"_s);
        QTest::qWait(500);
        QCOMPARE(SandboxStats::count(m_sandbox->stats(), u"forward"_s, u"POST /users"_s), sent);
        runner.resume();
        QTRY_VERIFY(runner.finishedCount() >= sent + 10);
        runner.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QString error;
        const ImportCounts counts = *ImportJournal(*m_db).counts(runId, &error);
        const qint64 createdCount = counts.outcomes.value(ImportOutcome::Created);
        QCOMPARE(counts.done, 60);
        QCOMPARE(createdCount + counts.outcomes.value(ImportOutcome::Skipped), 60);
        QVERIFY(counts.outcomes.value(ImportOutcome::Skipped) > 0);
        QCOMPARE(SandboxStats::memberEmails(m_sandbox->state(), u"forward"_s).size(), createdCount);
        QCOMPARE(ImportJournal(*m_db).run(runId, &error)->state, ImportRunState::Cancelled);
    }

    void providerGone_everyRowEndsFailedAndARetrySendsThemOnce()
    {
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"0"_s}), qPrintable(m_sandbox->error()));
        auto members = service(Provider::Forward);
        members->session()->retryPolicy().maxAttempts = 1;
        members->session()->retryPolicy().backoffBaseMs = 10;
        const qint64 runId = plan(*members, settingsFor(file(u"gone"_s, 6)));
        QVERIFY(runId > 0);
        const quint16 port = m_sandbox->port();
        const QByteArray key = m_sandbox->apiKey();
        m_sandbox->terminate();
        // Nobody answers: each row is tried, looked up, and ends failed with the reason.
        QVERIFY(run(*members, runId));
        QMap<qint64, ImportRowEntry> rows = rowsByLine(runId);
        QCOMPARE(rows.size(), 6);
        for (const ImportRowEntry &row : rows) {
            QCOMPARE(row.outcome, ImportOutcome::Failed);
            QVERIFY2(!row.error.isEmpty(), "a failed row says why");
        }
        // It comes back: the retry looks each row up, then creates it, once.
        m_sandbox = std::make_unique<SandboxProcess>(
            QStringList{u"--port"_s, QString::number(port), u"--rate-limit"_s, u"0"_s}, key);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
        QString error;
        QVERIFY2(ImportJournal(*m_db).retryFailed(runId, &error), qPrintable(error));
        QVERIFY(run(*members, runId));
        rows = rowsByLine(runId);
        for (const ImportRowEntry &row : rows)
            QCOMPARE(row.outcome, ImportOutcome::Created);
        QCOMPARE(SandboxStats::count(m_sandbox->stats(), u"forward"_s, u"POST /users"_s), 6);
        QCOMPARE(SandboxStats::memberEmails(m_sandbox->state(), u"forward"_s).size(), 6);
    }

    void plan_findsAStoredMemberWhateverTheCaseOfTheirAddress()
    {
        // One normaliser for the file, the roster and the provider: İ lower-cases to i alone.
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"0"_s}), qPrintable(m_sandbox->error()));
        auto members = service(Provider::Beam);
        MemberRecord stored;
        stored.workspaceId = members->workspace().id;
        stored.providerMemberId = u"1001"_s;
        stored.email = u"İnga@example.com"_s;
        stored.firstName = u"Zoë 0"_s;
        stored.lastName = u"Müller, Jr."_s;
        stored.displayName = u"Zoë 0 Müller, Jr."_s;
        stored.status = MemberStatus::Active;
        QString error;
        QVERIFY2(MemberRepository(*m_db).upsert(stored, &error), qPrintable(error));
        const QString path = m_dir->filePath(u"inga.csv"_s);
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(u"Email address,First name,Last name\nİNGA@Example.com,Zoë 0,\"Müller, Jr.\"\n"_s
                      .toUtf8());
        csv.close();
        const qint64 runId = plan(*members, settingsFor(path));
        QVERIFY(runId > 0);
        QCOMPARE(rowsByLine(runId).value(2).plan, ImportPlan::Conflict); // a member already
        QCOMPARE(SandboxStats::count(m_sandbox->stats(), u"beam"_s, u"POST /users/retrieve"_s), 0);
    }

    void run_aRowSendsAtMostMaxWriteSendsCreates()
    {
        // Every create's answer is lost, and every look-up says nobody is there: the row is
        // sent MaxWriteSends times in all, by the client, and the import adds no retries.
        RecordedNetwork network([](const RecordedNetwork::Request &request) {
            if (request.path() == u"/beam/users/create"_s)
                return RecordedNetwork::Answer::lostAnswer();
            return RecordedNetwork::Answer::json(404, R"({"message":"User not found"})");
        });
        auto members = recordedService(network, Provider::Beam);
        const qint64 runId = journalRun(*members, {u"a@example.com"_s, u"b@example.com"_s});
        QVERIFY(runId > 0);
        QVERIFY(run(*members, runId));
        for (const ImportRowEntry &row : rowsByLine(runId)) {
            QCOMPARE(row.outcome, ImportOutcome::Failed);
            QVERIFY2(!row.error.isEmpty(), "a failed row says why");
        }
        QCOMPARE(network.count(u"POST /beam/users/create"_s), 2 * MemberClient::MaxWriteSends);
        QCOMPARE(network.count(u"POST /beam/users/retrieve"_s), 2 * MemberClient::MaxWriteSends);
    }

    void resume_forward_aCreateLeftSendingIsResentWithItsKeyNotLookedUp()
    {
        int creates = 0;
        RecordedNetwork network([&creates](const RecordedNetwork::Request &request) {
            if (request.method == "POST") {
                ++creates;
                const QJsonObject body = QJsonDocument::fromJson(request.body).object();
                return RecordedNetwork::Answer::json(
                    201, QJsonDocument(QJsonObject{{u"id"_s, u"user_%1"_s.arg(creates)},
                                                   {u"email"_s, body[u"email"_s]},
                                                   {u"status"_s, u"ACTIVE"_s}})
                             .toJson());
            }
            return RecordedNetwork::Answer::json(
                200, R"({"data":[],"meta":{"page":0,"size":20,"total_count":0}})");
        });
        auto members = recordedService(network, Provider::Forward);
        const qint64 runId =
            journalRun(*members, {u"a@example.com"_s, u"b@example.com"_s, u"c@example.com"_s});
        QString error;
        ImportJournal journal(*m_db);
        // A crash left line 2 sending a moment ago and line 3 sending two hours ago, when
        // Forward no longer keeps its key; line 4 was never sent.
        QVERIFY(journal.markSending(runId, 2, u"roster-key-line-2"_s, &error));
        QVERIFY(journal.markSending(runId, 3, u"roster-key-line-3"_s, &error));
        QSqlQuery aged(m_db->connection());
        QVERIFY(aged.exec(
            u"UPDATE import_rows SET sending_at = sending_at - 7200000 WHERE line = 3"_s));
        QVERIFY(run(*members, runId));
        for (const ImportRowEntry &row : rowsByLine(runId))
            QCOMPARE(row.outcome, ImportOutcome::Created);
        QHash<QString, QByteArray> keys;
        for (const RecordedNetwork::Request &request : network.requests()) {
            if (request.method == "POST")
                keys.insert(
                    QString::fromUtf8(
                        QJsonDocument::fromJson(request.body)[u"email"_s].toString().toUtf8()),
                    request.header("x-idempotency-key"));
        }
        QCOMPARE(keys.value(u"a@example.com"_s), QByteArray("roster-key-line-2"));
        QVERIFY(!keys.value(u"b@example.com"_s).isEmpty());
        QVERIFY(keys.value(u"b@example.com"_s) != QByteArray("roster-key-line-3"));
        // Only the row whose key expired was looked up first.
        QCOMPARE(network.count(u"GET /forward/users"_s), 1);
        for (const RecordedNetwork::Request &request : network.requests()) {
            if (request.method == "GET")
                QCOMPARE(request.query(u"email"_s), u"b@example.com"_s);
        }
        QCOMPARE(creates, 3);
    }

    void resume_rowsLeftSendingAreLookedUpBeforeAnythingIsSent()
    {
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"0"_s}), qPrintable(m_sandbox->error()));
        auto members = service(Provider::Beam);
        const qint64 runId = plan(*members, settingsFor(file(u"crash"_s, 4)));
        QVERIFY(runId > 0);
        // A crash after the request of line 2 left and landed, and after that of line 3 left
        // and was lost: both rows are 'sending'.
        QString error;
        ImportJournal journal(*m_db);
        QVERIFY(journal.markSending(runId, 2, {}, &error));
        QVERIFY(journal.markSending(runId, 3, {}, &error));
        createDirectly(*members, u"crash-0@example.com"_s, u"Müller, Jr."_s);
        const qint64 createsBefore =
            SandboxStats::count(m_sandbox->stats(), u"beam"_s, u"POST /users/create"_s);
        QVERIFY(run(*members, runId));
        const QMap<qint64, ImportRowEntry> rows = rowsByLine(runId);
        for (qint64 line = 2; line <= 5; ++line)
            QCOMPARE(rows.value(line).outcome, ImportOutcome::Created);
        // Line 2 was found and not sent again: three creates for the other three.
        QCOMPARE(SandboxStats::count(m_sandbox->stats(), u"beam"_s, u"POST /users/create"_s),
                 createsBefore + 3);
        QCOMPARE(SandboxStats::memberEmails(m_sandbox->state(), u"beam"_s).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestImportEngine)
#include "tst_import_engine.moc"
