// What an import costs in requests, as roster-sandbox counted them, for each provider and mode:
// where the provider lists, the plan comes from one listing and each new row is one create;
// where it cannot (Beam.gg), a run sends each create without a look-up, and only a member the
// provider says exists costs one look-up, then an update or nothing as the mode says. A dry
// run the user reads looks each row up once, and the run of its plan looks nothing up again.
#include "automatic_import_settings.h"
#include "import_journal.h"
#include "import_planner.h"
#include "import_runner.h"
#include "import_steps.h"
#include "import_test_files.h"
#include "member_repository.h"
#include "member_service.h"
#include "sandbox_stats.h"
#include "sandbox_workspace.h"
#include "service_fixture.h"

#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(Provider)
Q_DECLARE_METATYPE(ImportSettings::Mode)
Q_DECLARE_METATYPE(ImportPlan)
Q_DECLARE_METATYPE(ImportOutcome)

using namespace Qt::StringLiterals;

namespace {
using Requests = QMap<QString, qint64>; // "METHOD /path" -> requests the sandbox answered

enum class Where
{
    Heartbeat,
    ForwardWithBusiness,
    ForwardWithoutBusiness,
    Beam
};

Provider providerOf(Where where)
{
    switch (where) {
    case Where::Heartbeat:
        return Provider::Heartbeat;
    case Where::ForwardWithBusiness:
    case Where::ForwardWithoutBusiness:
        return Provider::Forward;
    case Where::Beam:
        return Provider::Beam;
    }
    return Provider::Beam;
}

Requests requestsOf(const QJsonObject &stats, const QString &provider)
{
    Requests requests;
    const QJsonObject endpoints = stats[u"providers"_s][provider].toObject();
    for (auto it = endpoints.begin(); it != endpoints.end(); ++it)
        requests.insert(it.key(), SandboxStats::count(stats, provider, it.key()));
    return requests;
}

Requests since(const Requests &before, const Requests &after)
{
    Requests added;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (const qint64 n = it.value() - before.value(it.key()); n != 0)
            added.insert(it.key(), n);
    }
    return added;
}

QString shown(const Requests &requests)
{
    QStringList parts;
    for (auto it = requests.cbegin(); it != requests.cend(); ++it)
        parts << u"%1: %2"_s.arg(it.key()).arg(it.value());
    return parts.join(u", "_s);
}
} // namespace

Q_DECLARE_METATYPE(Where)

class TestImportRequestCounts : public QObject, protected ServiceFixture
{
    Q_OBJECT

    std::unique_ptr<MemberService> service(Where where, double budget = 200)
    {
        Workspace workspace =
            SandboxWorkspace::make(*m_sandbox, providerOf(where), u"Acme"_s, budget);
        if (where == Where::ForwardWithoutBusiness)
            workspace.businessId.clear();
        return ServiceFixture::service(workspace, {budget, 12, true});
    }

    Requests requests(Where where) const
    {
        return requestsOf(m_sandbox->stats(), providerId(providerOf(where)));
    }

    qint64 plan(MemberService &members, const QString &path, ImportSettings::Mode mode,
                bool lookUpUnknownRows)
    {
        return ImportSteps::plan(members, *m_db, automaticImportSettings(path, mode),
                                 lookUpUnknownRows);
    }

    bool run(MemberService &members, qint64 runId)
    {
        return ImportSteps::run(members, *m_db, runId);
    }

    ImportCounts counts(qint64 runId)
    {
        QString error;
        return ImportJournal(*m_db).counts(runId, &error).value_or(ImportCounts{});
    }

    // p-0 as the file has it, p-1 with another name; then the local roster forgets them, so
    // that only the provider knows who is there.
    void seedTwoMembers(MemberService &members)
    {
        for (int i = 0; i < 2; ++i) {
            NewMember member;
            member.email = u"p-%1@example.com"_s.arg(i);
            member.firstName = i == 0 ? u"Zoë 0"_s : u"Zoe"_s;
            member.lastName = i == 0 ? u"Müller, Jr."_s : u"Meier"_s;
            member.name = member.firstName + u' ' + member.lastName;
            member.roleId = u"role_member"_s;
            std::optional<Result<MemberRecord>> created;
            members.create(member, [&](const Result<MemberRecord> &r) { created = r; });
            QVERIFY(QTest::qWaitFor([&] { return created.has_value(); }, 20000));
            QVERIFY2(created->ok(), qPrintable(created->error.message));
        }
        QString error;
        QVERIFY2(MemberRepository(*m_db).removeWorkspace(members.workspace().id, &error),
                 qPrintable(error));
    }

    QString file(int count)
    {
        const QString path = m_dir->filePath(u"p.csv"_s);
        if (!ImportTestFiles::write(path, u"p"_s, count))
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        QVERIFY2(setUp(&error), qPrintable(error));
        QVERIFY2(startSandbox({u"--rate-limit"_s, u"0"_s}), qPrintable(m_sandbox->error()));
    }

    void cleanup() { tearDown(); }

    // Six rows: p-0 a member as the row has them, p-1 a member by another name, p-2..p-5 new.
    void directRun_requestsByProviderAndMode_data()
    {
        QTest::addColumn<Where>("where");
        QTest::addColumn<ImportSettings::Mode>("mode");
        QTest::addColumn<Requests>("expected");
        QTest::addColumn<int>("created");
        QTest::addColumn<int>("updated");
        QTest::addColumn<int>("skipped");
        const auto createOnly = ImportSettings::Mode::CreateOnly;
        const auto upsert = ImportSettings::Mode::CreateOrUpdate;
        // Heartbeat: roles, groups and one listing plan; the creates answer no ids for
        // certain, so one listing after them learns them.
        const Requests heartbeat{{u"GET /v0/roles"_s, 1},
                                 {u"GET /v0/groups"_s, 1},
                                 {u"GET /v0/users"_s, 2},
                                 {u"PUT /v0/users"_s, 4}};
        Requests heartbeatUpdate = heartbeat;
        // Heartbeat's update answers {"success": true}: its client reads the member back.
        heartbeatUpdate.insert(u"POST /v0/users"_s, 1);
        heartbeatUpdate.insert(u"GET /v0/find/users"_s, 1);
        QTest::newRow("heartbeat, create only")
            << Where::Heartbeat << createOnly << heartbeat << 4 << 0 << 2;
        QTest::newRow("heartbeat, create and update")
            << Where::Heartbeat << upsert << heartbeatUpdate << 4 << 1 << 1;
        // Forward, with or without a business id: one listing, then one create a new row.
        const Requests forward{{u"GET /users"_s, 1}, {u"POST /users"_s, 4}};
        Requests forwardUpdate = forward;
        forwardUpdate.insert(u"PUT /users/{id}"_s, 1);
        for (const Where where : {Where::ForwardWithBusiness, Where::ForwardWithoutBusiness}) {
            const char *name = where == Where::ForwardWithBusiness ? "forward with business id"
                                                                   : "forward without business id";
            QTest::addRow("%s, create only", name) << where << createOnly << forward << 4 << 0 << 2;
            QTest::addRow("%s, create and update", name)
                << where << upsert << forwardUpdate << 4 << 1 << 1;
        }
        // Beam.gg cannot list: six creates, two of which answer "exists"; each of those two is
        // looked up once, and the one that differs is updated when the mode says so.
        const Requests beam{{u"POST /users/create"_s, 6}, {u"POST /users/retrieve"_s, 2}};
        Requests beamUpdate = beam;
        beamUpdate.insert(u"POST /users/{id}"_s, 1);
        QTest::newRow("beam, create only") << Where::Beam << createOnly << beam << 4 << 0 << 2;
        QTest::newRow("beam, create and update")
            << Where::Beam << upsert << beamUpdate << 4 << 1 << 1;
    }

    void directRun_requestsByProviderAndMode()
    {
        QFETCH(Where, where);
        QFETCH(ImportSettings::Mode, mode);
        QFETCH(Requests, expected);
        QFETCH(int, created);
        QFETCH(int, updated);
        QFETCH(int, skipped);
        auto members = service(where);
        seedTwoMembers(*members);
        const QString path = file(6);
        const Requests before = requests(where);

        const qint64 runId = plan(*members, path, mode, false);
        QVERIFY(runId > 0);
        QVERIFY(run(*members, runId));

        const Requests sent = since(before, requests(where));
        QVERIFY2(sent == expected,
                 qPrintable(u"sent %1; expected %2"_s.arg(shown(sent), shown(expected))));
        const ImportCounts outcome = counts(runId);
        QCOMPARE(outcome.outcomes.value(ImportOutcome::Created), created);
        QCOMPARE(outcome.outcomes.value(ImportOutcome::Updated), updated);
        QCOMPARE(outcome.outcomes.value(ImportOutcome::Skipped), skipped);
        QCOMPARE(outcome.outcomes.value(ImportOutcome::Failed), 0);
        const QStringList emails =
            SandboxStats::memberEmails(m_sandbox->state(), providerId(providerOf(where)));
        QCOMPARE(emails.size(), 6);
    }

    // A create the provider answers "exists" is done as an update or a skip: the journal's row
    // says so (its plan, its outcome and that the member was there already), not "create", and
    // so do the counts every report reads from it.
    void directRun_beam_journalSaysWhatWasDoneWithMembersFoundThere_data()
    {
        QTest::addColumn<ImportSettings::Mode>("mode");
        QTest::addColumn<ImportPlan>("sameRowPlan");
        QTest::addColumn<ImportPlan>("changedRowPlan");
        QTest::addColumn<ImportOutcome>("changedRowOutcome");
        QTest::addColumn<QString>("changedRowReason");
        QTest::newRow("create only")
            << ImportSettings::Mode::CreateOnly << ImportPlan::Conflict << ImportPlan::Conflict
            << ImportOutcome::Skipped
            << u"p-1@example.com is a member already; this import only creates members."_s;
        QTest::newRow("create and update")
            << ImportSettings::Mode::CreateOrUpdate << ImportPlan::Unchanged << ImportPlan::Update
            << ImportOutcome::Updated
            << u"p-1@example.com was a member already: updated instead of created."_s;
    }

    void directRun_beam_journalSaysWhatWasDoneWithMembersFoundThere()
    {
        QFETCH(ImportSettings::Mode, mode);
        QFETCH(ImportPlan, sameRowPlan);
        QFETCH(ImportPlan, changedRowPlan);
        QFETCH(ImportOutcome, changedRowOutcome);
        QFETCH(QString, changedRowReason);
        auto members = service(Where::Beam);
        seedTwoMembers(*members);
        const qint64 runId = plan(*members, file(6), mode, false);
        QVERIFY(runId > 0);
        QCOMPARE(counts(runId).plans.value(ImportPlan::Create), 6);
        QVERIFY(run(*members, runId));

        QString error;
        const std::optional<QList<ImportRowEntry>> rows =
            ImportJournal(*m_db).rows(runId, std::nullopt, &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), 6);
        // Line 2 is p-0, a member as the row has them; line 3 is p-1, by another name.
        const ImportRowEntry &same = rows->at(0);
        QCOMPARE(same.email, u"p-0@example.com"_s);
        QCOMPARE(same.plan, sameRowPlan);
        QCOMPARE(same.outcome, ImportOutcome::Skipped);
        QVERIFY2(same.error.contains(u"p-0@example.com is a member already"_s),
                 qPrintable(same.error));
        const ImportRowEntry &changed = rows->at(1);
        QCOMPARE(changed.email, u"p-1@example.com"_s);
        QCOMPARE(changed.plan, changedRowPlan);
        QCOMPARE(changed.outcome, changedRowOutcome);
        QCOMPARE(changed.error, changedRowReason);
        for (qsizetype i = 2; i < rows->size(); ++i) {
            QCOMPARE(rows->at(i).plan, ImportPlan::Create);
            QCOMPARE(rows->at(i).outcome, ImportOutcome::Created);
            QVERIFY(rows->at(i).error.isEmpty());
        }

        const ImportCounts after = counts(runId);
        QCOMPARE(after.plans.value(ImportPlan::Create), 4);
        QMap<ImportPlan, qint64> plans{{ImportPlan::Create, 4}};
        ++plans[sameRowPlan];
        ++plans[changedRowPlan];
        QVERIFY(after.plans == plans);
        QCOMPARE(after.outcomes.value(ImportOutcome::Created), 4);
        QCOMPARE(after.outcomes.value(ImportOutcome::Updated),
                 changedRowOutcome == ImportOutcome::Updated ? 1 : 0);
        QCOMPARE(after.outcomes.value(ImportOutcome::Skipped),
                 changedRowOutcome == ImportOutcome::Skipped ? 2 : 1);
        QCOMPARE(after.done, 6);
    }

    // A run of a file of new members at a provider that cannot list: one create a row and not
    // one look-up.
    void directRun_beam_newRowsAreOneCreateEachAndNoLookUp()
    {
        constexpr int Rows = 600;
        auto members = service(Where::Beam, 1000);
        const qint64 runId = plan(*members, file(Rows), ImportSettings::Mode::CreateOnly, false);
        QVERIFY(runId > 0);
        QVERIFY(run(*members, runId));
        const Requests sent = requests(Where::Beam);
        QCOMPARE(sent.value(u"POST /users/create"_s), Rows);
        QCOMPARE(sent.value(u"POST /users/retrieve"_s), 0);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(counts(runId).outcomes.value(ImportOutcome::Created), Rows);
    }

    // The dry run the user reads looks each row up once; the run of that plan looks nothing up
    // again and sends one create a new row.
    void dryRunThenRun_beam_oneLookUpInTheDryRunAndOneCreate_data()
    {
        QTest::addColumn<ImportSettings::Mode>("mode");
        QTest::addColumn<int>("edits");
        QTest::newRow("create only") << ImportSettings::Mode::CreateOnly << 0;
        QTest::newRow("create and update") << ImportSettings::Mode::CreateOrUpdate << 1;
    }

    void dryRunThenRun_beam_oneLookUpInTheDryRunAndOneCreate()
    {
        QFETCH(ImportSettings::Mode, mode);
        QFETCH(int, edits);
        auto members = service(Where::Beam);
        seedTwoMembers(*members);
        const Requests before = requests(Where::Beam);
        const qint64 runId = plan(*members, file(6), mode, true);
        QVERIFY(runId > 0);
        const Requests dryRun = since(before, requests(Where::Beam));
        QCOMPARE(dryRun, (Requests{{u"POST /users/retrieve"_s, 6}}));

        QVERIFY(run(*members, runId));
        Requests expected{{u"POST /users/create"_s, 4}};
        if (edits > 0)
            expected.insert(u"POST /users/{id}"_s, edits);
        const Requests sent = since(before, requests(Where::Beam));
        expected.insert(u"POST /users/retrieve"_s, 6);
        QVERIFY2(sent == expected,
                 qPrintable(u"sent %1; expected %2"_s.arg(shown(sent), shown(expected))));
    }
};

QTEST_GUILESS_MAIN(TestImportRequestCounts)
#include "tst_import_request_counts.moc"
