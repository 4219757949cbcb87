// Mirror mode and the state column against a real roster-sandbox and a real SQLite journal: a
// mirror deactivates exactly the members its file lacks and updates exactly those it changes,
// compared member by member through /_sandbox/state; a listing that is not provably complete,
// or a file with no valid row, deactivates nobody; Beam.gg's members are listed, never sent.
#include "automatic_import_settings.h"
#include "forward_members.h"
#include "import_journal.h"
#include "import_steps.h"
#include "member_repository.h"
#include "member_service.h"
#include "recorded_network.h"
#include "row_change.h"
#include "sandbox_process.h"
#include "sandbox_stats.h"
#include "sandbox_workspace.h"
#include "service_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestImportMirror : public QObject, protected ServiceFixture
{
    Q_OBJECT

    std::unique_ptr<MemberService> service(Provider provider)
    {
        return ServiceFixture::service(SandboxWorkspace::make(*m_sandbox, provider, u"Acme"_s, 100),
                                       {100, 12, true});
    }

    // `rows` under Forward's and Beam's header.
    QString file(const QString &name, const QStringList &rows)
    {
        const QString path = m_dir->filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qWarning("cannot write %s", qPrintable(path));
        out.write((u"Email,First name,Last name,State\n"_s + rows.join(u'\n') + u'\n').toUtf8());
        return path;
    }

    static QString row(int i, const QString &last = u"Lee"_s, const QString &state = {})
    {
        return u"m-%1@example.com,Kim %1,%2,%3"_s.arg(i).arg(last, state);
    }

    qint64 plan(MemberService &members, const QString &path, ImportSettings::Mode mode)
    {
        return ImportSteps::plan(members, *m_db, automaticImportSettings(path, mode), true);
    }

    QMap<QString, ImportRowEntry> rowsByEmail(qint64 runId)
    {
        QString error;
        QMap<QString, ImportRowEntry> byEmail;
        const auto rows = ImportJournal(*m_db).rows(runId, std::nullopt, &error);
        for (const ImportRowEntry &entry : rows.value_or(QList<ImportRowEntry>()))
            byEmail.insert(entry.email, entry);
        return byEmail;
    }

    QStringList emailsPlanned(qint64 runId, ImportPlan plan)
    {
        QStringList emails;
        const QMap<QString, ImportRowEntry> rows = rowsByEmail(runId);
        for (const ImportRowEntry &entry : rows) {
            if (entry.plan == plan)
                emails << entry.email;
        }
        return emails;
    }

    QMap<QString, QJsonObject> forwardMembers() { return ::forwardMembers(*m_sandbox); }

    // Twenty members of Acme at Forward, created by an import and in the local roster.
    void seedTwenty(MemberService &members)
    {
        QStringList rows;
        for (int i = 0; i < 20; ++i)
            rows << row(i);
        const qint64 seeded =
            plan(members, file(u"seed.csv"_s, rows), ImportSettings::Mode::CreateOnly);
        QVERIFY(seeded > 0);
        QVERIFY(ImportSteps::run(members, *m_db, seeded));
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(setUp(&error), qPrintable(error));
    }

    void cleanup() { tearDown(); }

    void mirror_deactivatesExactlyTheMembersTheFileLacksAndUpdatesExactlyThoseItChanges()
    {
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"0"_s}), qPrintable(m_sandbox->error()));
        auto members = service(Provider::Forward);
        seedTwenty(*members);
        const QMap<QString, QJsonObject> before = forwardMembers();
        QCOMPARE(before.size(), 20);

        // Members 0–4 left; 5–7 married; 8–19 are as they were; a new member joins.
        QStringList rows;
        for (int i = 5; i < 20; ++i)
            rows << row(i, i < 8 ? u"Lovelace"_s : u"Lee"_s);
        rows << row(20);
        const qint64 runId =
            plan(*members, file(u"mirror.csv"_s, rows), ImportSettings::Mode::Mirror);
        QVERIFY(runId > 0);
        const QStringList gone{u"m-0@example.com"_s, u"m-1@example.com"_s, u"m-2@example.com"_s,
                               u"m-3@example.com"_s, u"m-4@example.com"_s};
        QCOMPARE(emailsPlanned(runId, ImportPlan::Deactivate), gone);
        QCOMPARE(emailsPlanned(runId, ImportPlan::Update),
                 QStringList({u"m-5@example.com"_s, u"m-6@example.com"_s, u"m-7@example.com"_s}));
        QCOMPARE(emailsPlanned(runId, ImportPlan::Create), QStringList{u"m-20@example.com"_s});
        QCOMPARE(emailsPlanned(runId, ImportPlan::Unchanged).size(), 12);

        // The dry run shows each change field by field; the members not in the file have no line.
        const QMap<QString, ImportRowEntry> planned = rowsByEmail(runId);
        const ImportRowEntry married = planned.value(u"m-6@example.com"_s);
        QVERIFY(married.change);
        QCOMPARE(RowChange::fromJson(*married.change).describe(),
                 QStringList{u"last-name: 'Lee' → 'Lovelace'"_s});
        const ImportRowEntry left = planned.value(u"m-3@example.com"_s);
        QVERIFY(!left.isFromFile());
        // Its cells as the file's would hold it, so that a failed-rows file names the member.
        QCOMPARE(left.cells, QStringList({u"m-3@example.com"_s, {}, {}, {}}));
        QCOMPARE(RowChange::fromJson(*left.change).describe(),
                 QStringList{u"state: active → deactivated"_s});

        QVERIFY(ImportSteps::run(*members, *m_db, runId));
        const QMap<QString, QJsonObject> after = forwardMembers();
        QCOMPARE(after.size(), 21);
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QJsonObject expected = it.value();
            if (gone.contains(it.key()))
                expected.insert(u"status"_s, u"INACTIVE"_s);
            const int i = it.key().section(u'-', 1).section(u'@', 0, 0).toInt();
            if (i >= 5 && i < 8)
                expected.insert(u"last_name"_s, u"Lovelace"_s);
            QCOMPARE(after.value(it.key()), expected);
        }
        QString error;
        const std::optional<ImportCounts> counts = ImportJournal(*m_db).counts(runId, &error);
        QCOMPARE(counts->outcomes.value(ImportOutcome::Deactivated), 5);
        QCOMPARE(counts->outcomes.value(ImportOutcome::Updated), 3);
        QCOMPARE(counts->outcomes.value(ImportOutcome::Created), 1);
        QCOMPARE(counts->outcomes.value(ImportOutcome::Failed), 0);
    }

    void stateColumn_drivesEachRowInAnyMode()
    {
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"0"_s}), qPrintable(m_sandbox->error()));
        auto members = service(Provider::Forward);
        seedTwenty(*members);
        const QString path =
            file(u"states.csv"_s, {row(0, u"Lee"_s, u"Deactivated"_s), row(1, u"Lee"_s, u"no"_s),
                                   row(2, u"Lee"_s, u"active"_s), row(21, u"Lee"_s, u"inactive"_s),
                                   row(22, u"Lee"_s, u"maybe"_s)});
        const qint64 runId = plan(*members, path, ImportSettings::Mode::CreateOnly);
        QVERIFY(runId > 0);
        const QMap<QString, ImportRowEntry> rows = rowsByEmail(runId);
        QCOMPARE(rows.value(u"m-0@example.com"_s).plan, ImportPlan::Deactivate);
        QCOMPARE(rows.value(u"m-1@example.com"_s).plan, ImportPlan::Deactivate);
        QCOMPARE(rows.value(u"m-2@example.com"_s).plan, ImportPlan::Conflict);
        // Nobody to deactivate: not created either.
        QCOMPARE(rows.value(u"m-21@example.com"_s).plan, ImportPlan::Unchanged);
        const ImportRowEntry unknown = rows.value(u"m-22@example.com"_s);
        QCOMPARE(unknown.plan, ImportPlan::Invalid);
        QVERIFY2(unknown.error.contains(u"maybe"_s), qPrintable(unknown.error));
        QVERIFY(ImportSteps::run(*members, *m_db, runId));
        const QMap<QString, QJsonObject> after = forwardMembers();
        QCOMPARE(after.value(u"m-0@example.com"_s).value(u"status"_s).toString(), u"INACTIVE"_s);
        QCOMPARE(after.value(u"m-1@example.com"_s).value(u"status"_s).toString(), u"INACTIVE"_s);
        QCOMPARE(after.value(u"m-2@example.com"_s).value(u"status"_s).toString(), u"ACTIVE"_s);
        QVERIFY(!after.contains(u"m-21@example.com"_s));
    }

    void mirror_ofAFileWithNoValidRow_deactivatesNobody()
    {
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"0"_s}), qPrintable(m_sandbox->error()));
        auto members = service(Provider::Forward);
        seedTwenty(*members);
        // The email column holds names: every row is invalid.
        const QString path = file(u"wrong.csv"_s, {u"Kim,Kim,Lee,"_s, u"Bo,Bo,Lee,"_s});
        const qint64 runId = plan(*members, path, ImportSettings::Mode::Mirror);
        QVERIFY(runId > 0);
        QVERIFY(emailsPlanned(runId, ImportPlan::Deactivate).isEmpty());
        QString error;
        const std::optional<ImportRunInfo> run = ImportJournal(*m_db).run(runId, &error);
        QVERIFY2(run->note.contains(u"no valid rows"_s), qPrintable(run->note));
    }

    void mirror_afterAnIncompleteListing_plansNoDeactivation()
    {
        // Forward answers a page without a count: nothing proves the list is whole.
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
        auto *session =
            new ApiSession(&network, m_pacers->pacerFor("k-0123456789", 100, 6), "k-0123456789");
        MemberService members(workspace, session, *m_db);
        session->setParent(&members);
        QString error;
        for (const QString &who : {u"al"_s, u"cy"_s}) {
            MemberRecord record;
            record.workspaceId = workspace.id;
            record.email = who + u"@example.com"_s;
            record.status = MemberStatus::Active;
            QVERIFY(MemberRepository(*m_db).upsert(record, &error));
        }
        const QString path = m_dir->filePath(u"bo.csv"_s);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("Email,First name,Last name\nbo@example.com,Bo,Lee\n");
        out.close();
        const qint64 runId = ImportSteps::plan(
            members, *m_db, automaticImportSettings(path, ImportSettings::Mode::Mirror), true);
        QVERIFY(runId > 0);
        QVERIFY(emailsPlanned(runId, ImportPlan::Deactivate).isEmpty());
        const std::optional<ImportRunInfo> run = ImportJournal(*m_db).run(runId, &error);
        QVERIFY2(run->note.contains(u"not complete"_s), qPrintable(run->note));
        for (const RecordedNetwork::Request &request : network.requests())
            QCOMPARE(request.method, QByteArray("GET"));
    }

    void mirror_beam_listsTheMembersItCannotDeactivateAndSendsNothingForThem()
    {
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"0"_s}), qPrintable(m_sandbox->error()));
        auto members = service(Provider::Beam);
        seedTwenty(*members);
        QStringList rows;
        for (int i = 2; i < 20; ++i)
            rows << row(i);
        const qint64 runId =
            plan(*members, file(u"beam.csv"_s, rows), ImportSettings::Mode::Mirror);
        QVERIFY(runId > 0);
        QCOMPARE(emailsPlanned(runId, ImportPlan::CannotDeactivate),
                 QStringList({u"m-0@example.com"_s, u"m-1@example.com"_s}));
        QVERIFY(emailsPlanned(runId, ImportPlan::Deactivate).isEmpty());
        const ImportRowEntry listed = rowsByEmail(runId).value(u"m-0@example.com"_s);
        QVERIFY2(listed.error.contains(u"Beam.gg cannot deactivate"_s), qPrintable(listed.error));
        QString error;
        const std::optional<ImportRunInfo> run = ImportJournal(*m_db).run(runId, &error);
        QVERIFY2(run->note.contains(u"cannot list its members"_s), qPrintable(run->note));
        const qint64 changesBefore = SandboxStats::changes(m_sandbox->stats(), u"beam"_s);
        QVERIFY(ImportSteps::run(*members, *m_db, runId));
        QCOMPARE(SandboxStats::changes(m_sandbox->stats(), u"beam"_s), changesBefore);
    }
};

QTEST_GUILESS_MAIN(TestImportMirror)
#include "tst_import_mirror.moc"
