// How fast the import engine runs against roster-sandbox: (a) at the budget, `--rows` Forward
// creates with the sandbox at --rate-limit 20 --latency 300 and a workspace budget of 20, the
// rate against the budget and the 429s; (b) the same file under faults (--fail-rate 0.2
// --drop-rate 0.05), the time and how every row ended. Prints figures; asserts nothing about
// time, only that each member landed exactly once.
//   import_benchmark [--rows N] [--budget N] [--latency MS]
#include "api_session.h"
#include "import_journal.h"
#include "import_planner.h"
#include "import_runner.h"
#include "member_service.h"
#include "roster_database.h"
#include "sandbox_process.h"
#include "sandbox_stats.h"

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
struct Figures
{
    qint64 planMs = 0;
    qint64 runMs = 0;
    ImportCounts counts;
    qint64 rateLimited = 0;
    qint64 atProvider = 0;
    bool once = false;
};

bool writeFile(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray text = "Email,First name,Last name\n";
    for (int i = 0; i < rows; ++i)
        text += u"bench-%1@example.com,Zoë,Müller %1\n"_s.arg(i).toUtf8();
    return file.write(text) == text.size();
}

std::optional<Figures> runScenario(const QStringList &sandboxOptions, const QString &path,
                                   double budget, const QString &dir)
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
    Workspace workspace = Workspace::create(u"Bench"_s, Provider::Forward);
    workspace.apiBaseUrl = QUrl(sandbox.baseUrl() + u"/forward"_s);
    // The dry run then compares the file with one listing of the business.
    workspace.businessId = u"biz_sandbox"_s;
    workspace.requestBudget = budget;
    auto *session =
        new ApiSession(&one, pacers.pacerFor(sandbox.apiKey(), budget, 12), sandbox.apiKey());
    session->addNetwork(&two);
    MemberService service(workspace, session, db);
    session->setParent(&service);

    Figures figures;
    QElapsedTimer clock;
    clock.start();
    ImportSettings settings;
    settings.filePath = path;
    ImportPlanner planner(&service, db, settings);
    qint64 runId = 0;
    QObject::connect(&planner, &ImportPlanner::finished, [&](qint64 id) { runId = id; });
    QObject::connect(&planner, &ImportPlanner::failed, [&](const QString &why) { error = why; });
    planner.start();
    if (!QTest::qWaitFor([&] { return runId != 0 || !error.isEmpty(); }, 600'000) || runId == 0) {
        std::fprintf(stderr, "planning failed: %s\n", qPrintable(error));
        return std::nullopt;
    }
    figures.planMs = clock.restart();
    ImportRunner runner(&service, db, runId);
    bool done = false;
    QObject::connect(&runner, &ImportRunner::finished, [&] { done = true; });
    QObject::connect(&runner, &ImportRunner::failed, [&](const QString &why) {
        error = why;
        done = true;
    });
    runner.start();
    if (!QTest::qWaitFor([&] { return done; }, 1'800'000) || !error.isEmpty()) {
        std::fprintf(stderr, "the run failed: %s\n", qPrintable(error));
        return std::nullopt;
    }
    figures.runMs = clock.elapsed();
    figures.counts = *ImportJournal(db).counts(runId, &error);
    const QJsonObject stats = sandbox.stats();
    figures.rateLimited = SandboxStats::rateLimited(stats);
    const QStringList emails = SandboxStats::memberEmails(sandbox.state(), u"forward"_s);
    figures.atProvider = emails.size();
    figures.once = QSet<QString>(emails.cbegin(), emails.cend()).size() == emails.size() &&
                   figures.atProvider == figures.counts.outcomes.value(ImportOutcome::Created);
    return figures;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{u"rows"_s, u"Rows in the file (default 600)."_s, u"N"_s, u"600"_s},
         {u"budget"_s, u"Budget and sandbox limit, a second (default 20)."_s, u"N"_s, u"20"_s},
         {u"latency"_s, u"The sandbox's latency in ms (default 300)."_s, u"MS"_s, u"300"_s}});
    parser.process(app);
    const int rows = parser.value(u"rows"_s).toInt();
    const double budget = parser.value(u"budget"_s).toDouble();
    const QString latency = parser.value(u"latency"_s);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"members.csv"_s);
    if (!writeFile(path, rows))
        return 1;
    const QString limit = QString::number(budget);

    const auto paced =
        runScenario({u"--rate-limit"_s, limit, u"--latency"_s, latency}, path, budget, dir.path());
    if (!paced)
        return 1;
    const double rate = rows * 1000.0 / double(paced->runMs);
    std::printf("import of %d rows into Forward, budget %.0f/s, sandbox --rate-limit %s "
                "--latency %s\n",
                rows, budget, qPrintable(limit), qPrintable(latency));
    std::printf("(a) at the budget      plan %6.2f s  run %6.2f s  %6.2f rows/s  %5.1f%% of the "
                "budget  429s %lld  created %lld  exactly once: %s\n",
                paced->planMs / 1000.0, paced->runMs / 1000.0, rate, 100.0 * rate / budget,
                paced->rateLimited, paced->counts.outcomes.value(ImportOutcome::Created),
                paced->once ? "yes" : "NO");

    const auto faulty = runScenario({u"--rate-limit"_s, limit, u"--latency"_s, latency,
                                     u"--fail-rate"_s, u"0.2"_s, u"--drop-rate"_s, u"0.05"_s},
                                    path, budget, dir.path());
    if (!faulty)
        return 1;
    std::printf("(b) under faults       plan %6.2f s  run %6.2f s  %6.2f rows/s  created %lld  "
                "failed %lld  at the provider %lld  exactly once: %s\n",
                faulty->planMs / 1000.0, faulty->runMs / 1000.0,
                rows * 1000.0 / double(faulty->runMs),
                faulty->counts.outcomes.value(ImportOutcome::Created),
                faulty->counts.outcomes.value(ImportOutcome::Failed), faulty->atProvider,
                faulty->once ? "yes" : "NO");
    return paced->once && faulty->once ? 0 : 1;
}
