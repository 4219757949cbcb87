// What a mirror costs over the plan it extends: a workspace of N Forward members (the sandbox's
// seeded ones), a file of all of them but 1% with the same values, planned as create-and-update
// and then as a mirror, each from a fresh local roster, side by side: the wall time, the peak
// memory and the requests spent. A mirror spends no request more than the plan it extends: the
// members the file lacks are found in the local roster the one listing filled. Prints figures;
// asserts nothing about time, only what each plan holds.
//   mirror_plan_benchmark [--members N]
#include "api_session.h"
#include "automatic_import_settings.h"
#include "import_journal.h"
#include "import_planner.h"
#include "member_service.h"
#include "process_memory.h"
#include "request_pacer.h"
#include "roster_database.h"
#include "sandbox_process.h"
#include "sandbox_stats.h"
#include "sandbox_workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
struct Figures
{
    qint64 planMs = 0;
    qint64 requests = 0;
    ImportCounts counts;
};

// Forward's seeded members as rows of a file, every hundredth one left out.
bool writeFile(const QString &path, const QJsonObject &state, qint64 *left)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray text = "Email,First name,Last name\n";
    const QJsonArray members = state[u"forward"_s][u"members"_s].toArray();
    *left = 0;
    for (qsizetype i = 0; i < members.size(); ++i) {
        const QJsonObject member = members.at(i).toObject();
        if (member[u"status"_s].toString() != u"ACTIVE")
            continue;
        if (i % 100 == 0) {
            ++*left;
            continue;
        }
        text += u"%1,\"%2\",\"%3\"\n"_s
                    .arg(member[u"email"_s].toString(), member[u"first_name"_s].toString(),
                         member[u"last_name"_s].toString())
                    .toUtf8();
    }
    return file.write(text) == text.size();
}

std::optional<Figures> plan(SandboxProcess &sandbox, const QString &path, ImportSettings::Mode mode,
                            const QString &dir)
{
    RosterDatabase db(dir + u"/roster-%1.sqlite"_s.arg(ImportSettings::modeId(mode)));
    QString error;
    if (!db.open(&error))
        return std::nullopt;
    QNetworkAccessManager network;
    PacerRegistry pacers;
    Workspace workspace = SandboxWorkspace::make(sandbox, Provider::Forward, u"Bench"_s, 1000);
    auto *session =
        new ApiSession(&network, pacers.pacerFor(sandbox.apiKey(), 1000, 6), sandbox.apiKey());
    MemberService service(workspace, session, db);
    session->setParent(&service);
    Figures figures;
    QElapsedTimer clock;
    clock.start();
    ImportPlanner planner(&service, db, automaticImportSettings(path, mode));
    qint64 runId = 0;
    QObject::connect(&planner, &ImportPlanner::finished, [&](qint64 id) { runId = id; });
    QObject::connect(&planner, &ImportPlanner::failed, [&](const QString &why) { error = why; });
    planner.start();
    if (!QTest::qWaitFor([&] { return runId != 0 || !error.isEmpty(); }, 1'800'000) || runId == 0) {
        std::fprintf(stderr, "planning failed: %s\n", qPrintable(error));
        return std::nullopt;
    }
    figures.planMs = clock.elapsed();
    figures.counts = *ImportJournal(db).counts(runId, &error);
    const QJsonObject stats = sandbox.stats();
    qint64 all = 0;
    const QJsonObject endpoints = stats[u"providers"_s][u"forward"_s].toObject();
    for (auto it = endpoints.begin(); it != endpoints.end(); ++it)
        all += SandboxStats::count(stats, u"forward"_s, it.key());
    figures.requests = all;
    return figures;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"members"_s, u"Seeded Forward members."_s, u"N"_s, u"20000"_s});
    parser.addHelpOption();
    parser.process(app);
    const QString members = parser.value(u"members"_s);
    SandboxProcess sandbox({u"--rate-limit"_s, u"0"_s, u"--members"_s, members});
    if (!sandbox.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(sandbox.error()));
        return 1;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(u"members.csv"_s);
    qint64 left = 0;
    if (!writeFile(path, sandbox.state(), &left)) {
        std::fprintf(stderr, "cannot write the file\n");
        return 1;
    }
    std::printf("Forward, %s seeded members; the file lacks %lld active ones\n",
                qPrintable(members), left);
    qint64 requestsSoFar = 0;
    bool ok = true;
    for (const ImportSettings::Mode mode :
         {ImportSettings::Mode::CreateOrUpdate, ImportSettings::Mode::Mirror}) {
        ProcessMemory::resetPeak();
        const std::optional<Figures> figures = plan(sandbox, path, mode, dir.path());
        if (!figures)
            return 1;
        const qint64 deactivations = figures->counts.plans.value(ImportPlan::Deactivate);
        std::printf("  %-7s plan %6lld ms, %lld rows, %lld to deactivate, %lld requests, peak "
                    "RSS %.0f MiB\n",
                    qPrintable(ImportSettings::modeId(mode)), figures->planMs,
                    figures->counts.total(), deactivations, figures->requests - requestsSoFar,
                    ProcessMemory::statusMiB("VmHWM:"));
        requestsSoFar = figures->requests;
        if (mode == ImportSettings::Mode::Mirror && deactivations != left)
            ok = false;
    }
    return ok ? 0 : 1;
}
