// How close roster_net's pacing gets to a provider's rate limit without tripping it: Forward
// creates through HttpJob against roster-sandbox with a latency, (a) one pacer whose budget is
// the server's limit, (b) one pacer with twice the limit as its budget (the x-ratelimit-*
// headers and any 429s must bring it down), (c) two Roster instances (network manager and
// pacer each) using the same key, each with the limit as its budget (429s are certain). Prints
// figures, with the budget each pacer lost to late starts and busy slots; asserts only that
// every create landed exactly once.
//   pacing_benchmark [--creates N] [--server-limit N] [--latency MS] [--concurrency C]
//                    [--networks N]
#include "api_session.h"
#include "pacing_run.h"
#include "request_pacer.h"
#include "sandbox_process.h"
#include "sandbox_stats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSet>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
struct Scenario
{
    const char *label;
    double budget; // per pacer
    int pacers;
};

bool runScenario(const Scenario &scenario, int creates, int serverLimit, int latencyMs,
                 int concurrency, int networksPerInstance)
{
    SandboxProcess sandbox({u"--rate-limit"_s, QString::number(serverLimit), u"--latency"_s,
                            QString::number(latencyMs)});
    if (!sandbox.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(sandbox.error()));
        return false;
    }
    // One pacer and one session per instance of Roster, each session over its own network
    // managers (Roster uses two: see ApiSession::addNetwork).
    std::vector<std::unique_ptr<QNetworkAccessManager>> networks;
    std::vector<std::unique_ptr<RequestPacer>> pacers;
    std::vector<std::unique_ptr<ApiSession>> sessions;
    QList<ApiSession *> used;
    for (int i = 0; i < scenario.pacers; ++i) {
        pacers.push_back(std::make_unique<RequestPacer>(scenario.budget, concurrency));
        for (int n = 0; n < networksPerInstance; ++n) {
            networks.push_back(std::make_unique<QNetworkAccessManager>());
            if (n == 0)
                sessions.push_back(std::make_unique<ApiSession>(
                    networks.back().get(), pacers.back().get(), sandbox.apiKey()));
            else
                sessions.back()->addNetwork(networks.back().get());
        }
        used.append(sessions.back().get());
    }
    const PacingFigures figures =
        runForwardCreates(used, sandbox, creates, u"bench"_s, 30 * 60 * 1000);
    const double budget = scenario.budget * scenario.pacers;

    const QJsonObject stats = sandbox.stats();
    const qint64 rateLimited = SandboxStats::rateLimited(stats);
    const qint64 created201 = SandboxStats::count(stats, u"forward"_s, u"POST /users"_s, 201);
    const QStringList stored = SandboxStats::memberEmails(sandbox.state(), u"forward"_s);
    const double rate = figures.requestsPerSecond();
    std::printf("%-30s budget %5.1f/s  server %3d/s  %5d creates  %7.2f s  %6.2f creates/s  "
                "%5.1f%% of budget  %5.1f%% of server limit  429s %lld  attempts %d\n",
                scenario.label, budget, serverLimit, creates, figures.elapsedMs / 1000.0, rate,
                100.0 * rate / budget, 100.0 * rate / serverLimit,
                static_cast<long long>(rateLimited), figures.totalAttempts);
    // What kept the pacers from the budget: starts later than the catch-up makes good (a busy
    // event loop), and every slot taken (the connections' limit, docs/core.md).
    double lateTokens = 0;
    double busyTokens = 0;
    int peakInFlight = 0;
    for (const auto &pacer : pacers) {
        lateTokens += pacer->losses().lateTokens;
        busyTokens += pacer->losses().busyTokens;
        peakInFlight = std::max(peakInFlight, pacer->losses().peakInFlight);
    }
    std::printf("%-30s budget lost to late starts %.3f s (%.2f%%), to busy slots %.3f s, %d in "
                "flight at most\n",
                "", lateTokens / budget, 100.0 * lateTokens / budget * 1000.0 / figures.elapsedMs,
                busyTokens / budget, peakInFlight);
    const QSet<QString> distinct(stored.cbegin(), stored.cend());
    const bool exactlyOnce = figures.finished && figures.succeeded == creates &&
                             created201 == creates && stored.size() == creates &&
                             distinct.size() == creates;
    if (!exactlyOnce) {
        QStringList failures;
        for (auto it = figures.failures.cbegin(); it != figures.failures.cend(); ++it)
            failures.append(u"%1 x%2"_s.arg(it.key()).arg(it.value()));
        std::fprintf(stderr,
                     "%s: not every create landed exactly once: %d succeeded, %lld answered "
                     "201, %lld stored; failures: %s\n",
                     scenario.label, figures.succeeded, static_cast<long long>(created201),
                     static_cast<long long>(stored.size()), qPrintable(failures.join(u", "_s)));
    }
    return exactlyOnce;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{u"creates"_s, u"Creates per scenario (default 400)."_s, u"N"_s, u"400"_s},
         {u"server-limit"_s, u"The sandbox's --rate-limit (default 20)."_s, u"N"_s, u"20"_s},
         {u"latency"_s, u"The sandbox's --latency in ms (default 300)."_s, u"MS"_s, u"300"_s},
         {u"concurrency"_s, u"The pacer's requests in flight (default 16)."_s, u"C"_s, u"16"_s},
         {u"networks"_s, u"Network managers per instance (default 2, as Roster)."_s, u"N"_s,
          u"2"_s}});
    parser.process(app);
    const int creates = parser.value(u"creates"_s).toInt();
    const int serverLimit = parser.value(u"server-limit"_s).toInt();
    const int latencyMs = parser.value(u"latency"_s).toInt();
    const int concurrency = parser.value(u"concurrency"_s).toInt();
    const int networks = parser.value(u"networks"_s).toInt();
    if (creates <= 0 || serverLimit <= 0 || latencyMs < 0 || concurrency <= 0 || networks <= 0) {
        std::fprintf(stderr, "bad option value\n");
        return 2;
    }

    std::printf("Forward creates through roster_net pacing against roster-sandbox "
                "(--rate-limit %d --latency %d), %d in flight at most, %d network managers "
                "per instance\n",
                serverLimit, latencyMs, concurrency, networks);
    const Scenario scenarios[] = {
        {"(a) budget = server limit", double(serverLimit), 1},
        {"(b) budget = 2 x limit", 2.0 * serverLimit, 1},
        {"(c) 2 instances, 1 key", double(serverLimit), 2},
    };
    bool allLanded = true;
    for (const Scenario &scenario : scenarios)
        allLanded = runScenario(scenario, creates, serverLimit, latencyMs, concurrency, networks) &&
                    allLanded;
    return allLanded ? 0 : 1;
}
