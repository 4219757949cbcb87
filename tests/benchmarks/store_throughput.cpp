// How fast the local roster store writes and reads members: for each roster size, one figure for
// inserting the members into an empty workspace (upsertMany, one transaction), reading them all
// back into memory as MemberRepository::list() does (in insertion order, also through Qt Sql
// alone, and in email order) and a full refresh that changes nothing (applyListing). The reads run
// in the process that wrote, with the written members still in memory: a roster loaded at start
// up, into a fresh heap, loads a little faster. Prints figures, asserts nothing about time.
//   store_throughput [--members N[,N...]] [--dir DIR]
#include "benchmark_members.h"
#include "member_repository.h"
#include "roster_database.h"
#include "sqlite_member_cursor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {
const QString Workspace = u"bench-workspace"_s;

// Wall time and this process's CPU time: on a busy machine the CPU time is the steadier figure.
class Stopwatch
{
public:
    Stopwatch() { restart(); }
    void restart()
    {
        m_wall.start();
        m_cpu = std::clock();
    }
    void report(const char *label, qint64 rows) const
    {
        const double wall = double(m_wall.nsecsElapsed()) / 1e9;
        const double cpu = double(std::clock() - m_cpu) / CLOCKS_PER_SEC;
        std::printf("  %-28s wall %7.3f s  cpu %7.3f s  %10.0f members/s (wall)\n", label, wall,
                    cpu, double(rows) / wall);
    }

private:
    QElapsedTimer m_wall;
    std::clock_t m_cpu;
};

// What MemberRepository::list() does, with a choice of engine.
std::optional<QList<MemberRecord>> readAll(const RosterDatabase &db, MemberOrder order,
                                           MemberReader::Engine engine, QString *error)
{
    QList<MemberRecord> members;
    MemberReader reader(db, Workspace, order, engine);
    if (!reader.start(error))
        return std::nullopt;
    do {
        members.emplaceBack();
    } while (reader.next(&members.last()));
    members.removeLast();
    if (!reader.error().isEmpty()) {
        *error = reader.error();
        return std::nullopt;
    }
    return members;
}

bool runSize(const QString &directory, int count)
{
    const QString path = directory + u"/bench-%1.sqlite"_s.arg(count);
    QFile::remove(path);
    RosterDatabase db(path);
    QString error;
    if (!db.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    MemberRepository repository(db);
    const QList<MemberRecord> members = BenchmarkMembers::makeMembers(Workspace, count);
    std::printf("%d members (writes through SQLite's C API, bulk reads through %s)\n", count,
                SqliteMemberCursor::available(db.connection()) ? "SQLite's C API" : "Qt Sql");

    Stopwatch clock;
    const auto inserted = repository.upsertMany(members, &error);
    if (!inserted || inserted->inserted != count) {
        std::fprintf(stderr, "insert failed: %s\n", qPrintable(error));
        return false;
    }
    clock.report("insert (upsertMany)", count);

    struct ReadRun
    {
        const char *label;
        MemberOrder order;
        MemberReader::Engine engine;
    };
    const ReadRun reads[] = {
        {"read all, insertion order", MemberOrder::Insertion, MemberReader::Engine::Fastest},
        {"  same through Qt Sql", MemberOrder::Insertion, MemberReader::Engine::QtSql},
        {"read all, email order", MemberOrder::Email, MemberReader::Engine::Fastest},
    };
    for (const ReadRun &run : reads) {
        clock.restart();
        const std::optional<QList<MemberRecord>> read = readAll(db, run.order, run.engine, &error);
        if (!read || read->size() != count) {
            std::fprintf(stderr, "read failed: %s\n", qPrintable(error));
            return false;
        }
        clock.report(run.label, count);
        if (run.order == MemberOrder::Insertion && read->constFirst() != members.constFirst()) {
            std::fprintf(stderr, "read a different first member than was written\n");
            return false;
        }
    }

    clock.restart();
    const auto refreshed = repository.applyListing(Workspace, members, true,
                                                   members.constFirst().lastSyncedAt, &error);
    if (!refreshed || refreshed->unchanged != count || !refreshed->unlisted.isEmpty()) {
        std::fprintf(stderr, "refresh failed: %s\n", qPrintable(error));
        return false;
    }
    clock.report("full refresh that changes nothing (applyListing)", count);
    db.close();
    std::printf("  database file %.1f MB\n", double(QFileInfo(path).size()) / 1e6);
    QFile::remove(path);
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{u"members"_s, u"Roster sizes, comma-separated (default 100000,1000000)."_s, u"N"_s,
          u"100000,1000000"_s},
         {u"dir"_s, u"Directory for the database files (default: a temporary one)."_s, u"DIR"_s}});
    parser.process(app);

    QTemporaryDir temporary;
    const QString directory = parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) : temporary.path();
    std::printf("roster store: SQLite in WAL mode, synchronous=FULL, files in %s\n",
                qPrintable(directory));
    const QStringList sizes = parser.value(u"members"_s).split(u',', Qt::SkipEmptyParts);
    for (const QString &size : sizes) {
        bool ok = false;
        const int count = size.toInt(&ok);
        if (!ok || count <= 0) {
            std::fprintf(stderr, "not a roster size: %s\n", qPrintable(size));
            return 1;
        }
        if (!runSize(directory, count))
            return 1;
    }
    return 0;
}
