// How fast an import of new members runs against roster-sandbox, from the moment it starts to
// its report, as `roster-cli import` does it: planning (roles, groups, the provider's listing),
// the creates at the budget, the refresh that follows. For Beam.gg, Forward without a business
// id and Heartbeat: the wall time, rows a second against the budget, the requests by kind and
// the 429s; for Beam.gg side by side with the plan that looks every row up first (what a direct
// run did before, and what a dry run the user reads still does). Then the same file under faults
// (--fail-rate 0.2 --drop-rate 0.05): how every row ended. Prints figures; asserts nothing about
// time, only that each member landed exactly once.
//   import_benchmark [--rows N] [--budget N] [--latency MS] [--no-faults]
#include "api_session.h"
#include "automatic_import_settings.h"
#include "import_journal.h"
#include "import_planner.h"
#include "import_runner.h"
#include "member_service.h"
#include "request_pacer.h"
#include "roster_database.h"
#include "sandbox_process.h"
#include "sandbox_stats.h"
#include "sandbox_workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
// Connections per network manager in Qt 6.4, two managers a session (docs/core.md).
constexpr int MaxConcurrent = 12;

struct Scenario
{
    const char *label;
    Provider provider;
    bool lookUpFirst = false; // plan as the dry run the user reads: look each row up first
    bool faults = false;
};

struct Figures
{
    qint64 planMs = 0;
    qint64 lastRowMs = 0; // the last row's outcome
    qint64 totalMs = 0;
    RequestPacer::Losses pacer;
    qint64 journalUs = 0; // markSending and finishRow of every row, timed apart
    ImportCounts counts;
    QMap<QString, qint64> requests; // by endpoint
    qint64 rateLimited = 0;
    qint64 atProvider = 0;
    bool once = false;
};

bool writeFile(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray text = "Email,First name,Last name,Role\n";
    for (int i = 0; i < rows; ++i)
        text += u"bench-%1@example.com,Zoë,Müller %1,Member\n"_s.arg(i).toUtf8();
    return file.write(text) == text.size();
}

// What the run's journal writes cost the event loop: the same two writes a row, timed apart on
// the same database after the run.
qint64 journalWrites(RosterDatabase &db, qint64 runId)
{
    ImportJournal journal(db);
    QString error;
    const QList<ImportRowEntry> rows =
        journal.rows(runId, std::nullopt, &error).value_or(QList<ImportRowEntry>());
    QElapsedTimer clock;
    clock.start();
    for (const ImportRowEntry &row : rows) {
        journal.markSending(runId, row.line, u"bench-key-0123456789"_s, &error);
        journal.finishRow(runId, row.line, ImportOutcome::Created, {}, &error);
    }
    return clock.nsecsElapsed() / 1000;
}

std::optional<Figures> run(const Scenario &scenario, const QStringList &sandboxOptions,
                           const QString &path, double budget, const QString &dir)
{
    SandboxProcess sandbox(sandboxOptions);
    if (!sandbox.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(sandbox.error()));
        return std::nullopt;
    }
    RosterDatabase db(dir + u"/roster-%1.sqlite"_s.arg(sandbox.port()));
    QString error;
    if (!db.open(&error))
        return std::nullopt;
    QNetworkAccessManager one;
    QNetworkAccessManager two;
    PacerRegistry pacers;
    Workspace workspace = SandboxWorkspace::make(sandbox, scenario.provider, u"Bench"_s, budget);
    workspace.businessId.clear(); // Forward: every user the key reaches
    RequestPacer *pacer = pacers.pacerFor(sandbox.apiKey(), budget, MaxConcurrent);
    auto *session = new ApiSession(&one, pacer, sandbox.apiKey());
    session->addNetwork(&two);
    MemberService service(workspace, session, db);
    session->setParent(&service);

    Figures figures;
    QElapsedTimer clock;
    clock.start();
    ImportPlanner planner(&service, db, automaticImportSettings(path));
    planner.setLookUpUnknownRows(scenario.lookUpFirst);
    qint64 runId = 0;
    QObject::connect(&planner, &ImportPlanner::finished, [&](qint64 id) { runId = id; });
    QObject::connect(&planner, &ImportPlanner::failed, [&](const QString &why) { error = why; });
    planner.start();
    if (!QTest::qWaitFor([&] { return runId != 0 || !error.isEmpty(); }, 1'800'000) || runId == 0) {
        std::fprintf(stderr, "planning failed: %s\n", qPrintable(error));
        return std::nullopt;
    }
    figures.planMs = clock.elapsed();
    ImportRunner runner(&service, db, runId);
    bool done = false;
    QObject::connect(&runner, &ImportRunner::finished, [&] { done = true; });
    QObject::connect(&runner, &ImportRunner::progress, [&](qint64 finished, qint64 total) {
        if (finished == total)
            figures.lastRowMs = clock.elapsed();
    });
    QObject::connect(&runner, &ImportRunner::failed, [&](const QString &why) {
        error = why;
        done = true;
    });
    runner.start();
    if (!QTest::qWaitFor([&] { return done; }, 1'800'000) || !error.isEmpty()) {
        std::fprintf(stderr, "the run failed: %s\n", qPrintable(error));
        return std::nullopt;
    }
    figures.counts = *ImportJournal(db).counts(runId, &error); // what the report reads
    figures.totalMs = clock.elapsed();
    figures.pacer = pacer->losses();
    figures.journalUs = journalWrites(db, runId);
    const QJsonObject stats = sandbox.stats();
    const QString provider = providerId(scenario.provider);
    const QJsonObject endpoints = stats[u"providers"_s][provider].toObject();
    for (auto it = endpoints.begin(); it != endpoints.end(); ++it)
        figures.requests.insert(it.key(), SandboxStats::count(stats, provider, it.key()));
    figures.rateLimited = SandboxStats::rateLimited(stats);
    const QStringList emails = SandboxStats::memberEmails(sandbox.state(), provider);
    figures.atProvider = emails.size();
    figures.once = QSet<QString>(emails.cbegin(), emails.cend()).size() == emails.size() &&
                   figures.atProvider == figures.counts.outcomes.value(ImportOutcome::Created);
    return figures;
}

QString requestsText(const QMap<QString, qint64> &requests)
{
    QStringList parts;
    qint64 total = 0;
    for (auto it = requests.cbegin(); it != requests.cend(); ++it) {
        parts << u"%1 × %2"_s.arg(it.value()).arg(it.key());
        total += it.value();
    }
    return u"%1 requests (%2)"_s.arg(total).arg(parts.join(u", "_s));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{u"rows"_s, u"New members in the file (default 600)."_s, u"N"_s, u"600"_s},
         {u"budget"_s, u"Budget and sandbox limit, a second (default 20)."_s, u"N"_s, u"20"_s},
         {u"latency"_s, u"The sandbox's latency in ms (default 300)."_s, u"MS"_s, u"300"_s},
         {u"no-faults"_s, u"Leave out the run under faults."_s}});
    parser.process(app);
    const int rows = parser.value(u"rows"_s).toInt();
    const double budget = parser.value(u"budget"_s).toDouble();
    const QString latency = parser.value(u"latency"_s);
    if (rows <= 0 || budget <= 0) {
        std::fprintf(stderr, "bad option value\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"members.csv"_s);
    if (!writeFile(path, rows))
        return 1;
    const QString limit = QString::number(budget);
    const QStringList paced{u"--rate-limit"_s, limit, u"--latency"_s, latency};
    const QStringList faulty =
        paced + QStringList{u"--fail-rate"_s, u"0.2"_s, u"--drop-rate"_s, u"0.05"_s};

    std::printf("import of %d new members from start to report, budget %.0f/s, sandbox "
                "--rate-limit %s --latency %s, %d requests in flight at most\n",
                rows, budget, qPrintable(limit), qPrintable(latency), MaxConcurrent);
    QList<Scenario> scenarios{
        {"Beam.gg, direct run", Provider::Beam},
        {"Beam.gg, each row looked up", Provider::Beam, true},
        {"Forward, no business id", Provider::Forward},
        {"Heartbeat", Provider::Heartbeat},
    };
    if (!parser.isSet(u"no-faults"_s))
        scenarios.append({"Forward under faults", Provider::Forward, false, true});
    bool allOnce = true;
    for (const Scenario &scenario : std::as_const(scenarios)) {
        const std::optional<Figures> f =
            run(scenario, scenario.faults ? faulty : paced, path, budget, dir.path());
        if (!f)
            return 1;
        const double rate = rows * 1000.0 / double(f->totalMs);
        std::printf("%-30s %7.2f s  %6.2f rows/s  %5.1f%% of budget  429s %lld  created %lld  "
                    "failed %lld  exactly once: %s\n    %s\n",
                    scenario.label, f->totalMs / 1000.0, rate, 100.0 * rate / budget,
                    f->rateLimited, f->counts.outcomes.value(ImportOutcome::Created),
                    f->counts.outcomes.value(ImportOutcome::Failed), f->once ? "yes" : "NO",
                    qPrintable(requestsText(f->requests)));
        std::printf("    where the time went: planning %.2f s, the run %.2f s, the last row to the "
                    "report %.2f s; pacer: %.2f s of budget lost to late starts, %.2f s to every "
                    "slot busy, %.2f s with nothing queued (from the start to the report), %d in "
                    "flight at most; journal writes %.1f ms a row (%.2f s)\n",
                    f->planMs / 1000.0, (f->lastRowMs - f->planMs) / 1000.0,
                    (f->totalMs - f->lastRowMs) / 1000.0, f->pacer.lateTokens / budget,
                    f->pacer.busyTokens / budget, f->pacer.idleTokens / budget,
                    f->pacer.peakInFlight, f->journalUs / 1000.0 / rows, f->journalUs / 1e6);
        std::fflush(stdout);
        allOnce = allOnce && f->once;
    }
    return allOnce ? 0 : 1;
}
