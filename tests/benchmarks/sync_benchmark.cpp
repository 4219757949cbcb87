// A sync of a Heartbeat community from a roster-sandbox on loopback, the old way and the new,
// side by side in the same run, each in a process of its own (its peak memory is its own):
//
// - old: the whole answer kept, parsed with QJsonDocument, every member in a QList, converted,
//   then MemberRepository::applyListing (the client side of the sync before issue 14);
// - new: MemberService::sync, the listing read as it arrives and written batch by batch;
// - read: the new reading alone (streamMembers, batches dropped): the client side without the
//   store, whose writing runs beside it on a thread of its own.
//
// Each syncs into an empty roster, then again with nothing changed. Figures: time, peak RSS
// (VmHWM, reset between the two syncs), the summary, and rows written.
//
//   sync_benchmark --members 100000,1000000 [--ways old,new,read]
#include "api_session.h"
#include "heartbeat_client.h"
#include "heartbeat_profile.h"
#include "member_conversion.h"
#include "member_repository.h"
#include "member_service.h"
#include "process_memory.h"
#include "provider_json.h"
#include "roster_database.h"
#include "sandbox_process.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
struct Figures
{
    double seconds = 0;
    long peakMb = 0;
    SyncSummary summary;
};

template <typename T> T waitFor(const std::function<void(Done<T>)> &start)
{
    std::optional<Result<T>> result;
    start([&result](const Result<T> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 600000))
        qFatal("the sync did not finish");
    if (!result->ok())
        qFatal("the sync failed: %s", qPrintable(result->error.message));
    return result->value;
}

// The sync as it was: the whole answer, QJsonDocument, a QList of every member, applyListing.
SyncSummary oldSync(ApiSession *session, const Workspace &workspace, RosterDatabase &db)
{
    HeartbeatClient client(session, workspace.apiBaseUrl, {});
    std::optional<HttpResult> answer;
    HttpCall call;
    call.method = "GET";
    call.url = QUrl(workspace.apiBaseUrl.toString() + u"/users"_s);
    call.headers = {{"Authorization", "Bearer "_ba + session->apiKey()}};
    call.idempotent = true;
    HttpJob *job = session->createJob(call);
    QObject::connect(job, &HttpJob::finished, job, [job, &answer] { answer = job->result(); });
    job->start();
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 600000) || answer->error.isError())
        qFatal("the old listing failed");
    const QJsonDocument json = QJsonDocument::fromJson(answer->body);
    answer.reset();
    const std::optional<QJsonArray> users = ProviderJson::listItems(json);
    if (!users)
        qFatal("no list");
    QList<RemoteMember> members;
    for (const QJsonValue &user : *users) {
        if (std::optional<RemoteMember> member = HeartbeatProfile::memberFrom(user))
            members.append(*member);
    }
    QList<MemberRecord> records;
    records.reserve(members.size());
    for (const RemoteMember &member : members)
        records.append(MemberConversion::toRecord(member, workspace.id));
    QString error;
    const std::optional<MemberRepository::ListingSummary> written =
        MemberRepository(db).applyListing(workspace.id, records, true,
                                          QDateTime::currentDateTimeUtc(), &error);
    if (!written)
        qFatal("applyListing: %s", qPrintable(error));
    SyncSummary summary;
    summary.members = records.size();
    summary.complete = true;
    summary.added = written->added;
    summary.changed = written->changed;
    summary.unchanged = written->unchanged;
    summary.unlisted = written->unlisted.size();
    return summary;
}

// The new reading alone, without the store: what the client side costs.
SyncSummary readOnly(ApiSession *session, const Workspace &workspace)
{
    HeartbeatClient client(session, workspace.apiBaseUrl, {});
    ListingSink sink;
    sink.batch = [](QList<RemoteMember>) {};
    const ListingEnd end = waitFor<ListingEnd>(
        [&client, &sink](Done<ListingEnd> done) { client.streamMembers(sink, std::move(done)); });
    SyncSummary summary;
    summary.members = end.members;
    summary.complete = end.complete;
    return summary;
}

SyncSummary newSync(MemberService &service)
{
    return waitFor<SyncSummary>(
        [&service](Done<SyncSummary> done) { service.sync(std::move(done)); });
}

int runOne(const QString &way, quint16 port, const QString &dbPath)
{
    Workspace workspace = Workspace::create(u"Bench"_s, Provider::Heartbeat);
    workspace.apiBaseUrl = QUrl(u"http://127.0.0.1:%1/heartbeat/v0"_s.arg(port));
    RosterDatabase db(dbPath);
    QString error;
    if (!db.open(&error))
        qFatal("%s", qPrintable(error));
    QNetworkAccessManager network;
    PacerRegistry pacers;
    const QByteArray key = SandboxProcess::DefaultKey;
    auto *session = new ApiSession(&network, pacers.pacerFor(key, 100, 6), key);
    session->retryPolicy().timeoutMs = 300000;
    MemberService service(workspace, session, db);
    session->setParent(&service);
    for (int round = 0; round < 2; ++round) {
        ProcessMemory::resetPeak(); // the next figure is the next sync's own
        QElapsedTimer timer;
        timer.start();
        const SyncSummary summary = way == u"old"    ? oldSync(session, workspace, db)
                                    : way == u"read" ? readOnly(session, workspace)
                                                     : newSync(service);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        std::printf("%.3f %ld %lld %lld %lld %lld %lld\n", seconds,
                    long(ProcessMemory::statusMiB("VmHWM:")), qint64(summary.members),
                    qint64(summary.added), qint64(summary.changed), qint64(summary.unchanged),
                    qint64(summary.unlisted));
        std::fflush(stdout);
    }
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser options;
    options.addHelpOption();
    options.addOption(
        {u"members"_s, u"Community sizes, comma-separated."_s, u"counts"_s, u"100000"_s});
    options.addOption({u"ways"_s, u"Which ways to run, comma-separated: old, new, read."_s,
                       u"ways"_s, u"old,new,read"_s});
    options.addOption({u"way"_s, u"old or new (internal)."_s, u"way"_s});
    options.addOption({u"port"_s, u"The sandbox's port (internal)."_s, u"port"_s});
    options.addOption({u"db"_s, u"The roster file (internal)."_s, u"path"_s});
    options.process(app);
    if (options.isSet(u"way"_s))
        return runOne(options.value(u"way"_s), quint16(options.value(u"port"_s).toUInt()),
                      options.value(u"db"_s));

    std::printf("%-9s %-4s %-8s %9s %9s %9s %9s %9s %9s\n", "members", "way", "sync", "time (s)",
                "peak MB", "new", "changed", "unchanged", "written");
    for (const QString &count : options.value(u"members"_s).split(u',')) {
        QElapsedTimer seeding;
        seeding.start();
        SandboxProcess sandbox({u"--rate-limit"_s, u"0"_s, u"--members"_s, count});
        if (!sandbox.start()) {
            std::printf("%-9s roster-sandbox did not start: %s\n", qPrintable(count),
                        qPrintable(sandbox.error()));
            continue;
        }
        std::fprintf(stderr, "roster-sandbox --members %s ready in %.1f s\n", qPrintable(count),
                     double(seeding.elapsed()) / 1000);
        for (const QString &way : options.value(u"ways"_s).split(u',')) {
            QTemporaryDir dir;
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(),
                        {u"--way"_s, way, u"--port"_s, QString::number(sandbox.port()), u"--db"_s,
                         dir.filePath(u"roster.sqlite"_s)});
            if (!child.waitForFinished(-1) || child.exitCode() != 0) {
                std::printf("%-9s %-4s failed (exit code %d)\n", qPrintable(count), qPrintable(way),
                            child.exitCode());
                continue;
            }
            const QList<QByteArray> lines = child.readAllStandardOutput().trimmed().split('\n');
            for (int round = 0; round < int(lines.size()); ++round) {
                const QList<QByteArray> f = lines[round].split(' ');
                const qint64 written =
                    f.value(3).toLongLong() + f.value(4).toLongLong() + f.value(6).toLongLong();
                std::printf("%-9s %-4s %-8s %9s %9s %9s %9s %9s %9lld\n", qPrintable(count),
                            qPrintable(way), round == 0 ? "first" : "again", f.value(0).constData(),
                            f.value(1).constData(), f.value(3).constData(), f.value(4).constData(),
                            f.value(5).constData(), written);
                std::fflush(stdout);
            }
        }
    }
    return 0;
}
