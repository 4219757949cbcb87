// How fast the local roster store writes and reads members: for each roster size, one figure for
// inserting the members into an empty workspace (upsertMany, one transaction), reading them all
// back into memory as MemberRepository::list() does (in insertion order, also through Qt Sql
// alone, and in email order) and a full refresh that changes nothing (replaceAll). The reads run
// in the process that wrote, with the written members still in memory: a roster loaded at start
// up, into a fresh heap, loads a little faster. Prints figures, asserts nothing about time.
//   store_throughput [--members N[,N...]] [--dir DIR]
#include "member_repository.h"
#include "roster_database.h"
#include "sqlite_member_cursor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {
const QString Workspace = u"bench-workspace"_s;

// Members like a real community's: a few roles, a few groups each from a small set, a short bio
// for some, provider timestamps.
QList<MemberRecord> makeMembers(int count)
{
    static const QStringList firstNames = {u"Ada"_s,    u"Grace"_s,   u"Linus"_s,  u"Margaret"_s,
                                           u"Alan"_s,   u"Barbara"_s, u"Ken"_s,    u"Frances"_s,
                                           u"Dennis"_s, u"Radia"_s,   u"Émilie"_s, u"Søren"_s};
    static const QStringList lastNames = {
        u"Lovelace"_s, u"Hopper"_s, u"Torvalds"_s, u"Hamilton"_s, u"Turing"_s,   u"Liskov"_s,
        u"Thompson"_s, u"Allen"_s,  u"Ritchie"_s,  u"Perlman"_s,  u"Châtelet"_s, u"Kierkegaard"_s};
    static const QList<std::pair<QString, QString>> roles = {{u"role_member"_s, u"Member"_s},
                                                             {u"role_mod"_s, u"Moderator"_s},
                                                             {u"role_admin"_s, u"Admin"_s}};
    QList<MemberGroup> groupPool;
    for (int i = 0; i < 12; ++i)
        groupPool.append({u"grp_%1"_s.arg(i), u"Group %1"_s.arg(i)});

    QRandomGenerator random(20240601);
    const qint64 baseMs = 1'700'000'000'000;
    QList<MemberRecord> members;
    members.reserve(count);
    for (int i = 0; i < count; ++i) {
        MemberRecord member;
        member.workspaceId = Workspace;
        // Distinct for distinct i, and scattered like real ids.
        member.providerMemberId =
            u"user_%1"_s.arg(quint64(i + 1) * 2654435761ULL, 12, 36, QChar(u'0'));
        member.firstName = firstNames.at(random.bounded(firstNames.size()));
        member.lastName = lastNames.at(random.bounded(lastNames.size()));
        member.displayName = member.firstName + u' ' + member.lastName;
        member.email = (member.firstName + u'.' + member.lastName).toLower() + QString::number(i) +
                       u"@example.com"_s;
        const quint32 roll = random.bounded(100);
        member.status = roll < 90   ? MemberStatus::Active
                        : roll < 97 ? MemberStatus::Pending
                                    : MemberStatus::Deactivated;
        const auto &role = roles.at(roll < 94 ? 0 : roll < 99 ? 1 : 2);
        member.roleId = role.first;
        member.roleName = role.second;
        const int groupCount = random.bounded(4);
        for (int g = 0; g < groupCount; ++g)
            member.groups.append(groupPool.at(random.bounded(groupPool.size())));
        if (random.bounded(5) == 0)
            member.bio = u"Member since the beginning; writes about passwordless sign-in."_s;
        member.createdAt = QDateTime::fromMSecsSinceEpoch(baseMs + i * 1000LL, Qt::UTC);
        member.updatedAt = member.createdAt.addDays(random.bounded(300));
        member.lastSyncedAt = QDateTime::fromMSecsSinceEpoch(baseMs + 400LL * 86'400'000, Qt::UTC);
        members.append(std::move(member));
    }
    return members;
}

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
    const QList<MemberRecord> members = makeMembers(count);
    std::printf("%d members (writes through Qt Sql, bulk reads through %s)\n", count,
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
    const auto refreshed =
        repository.replaceAll(Workspace, members, members.constFirst().lastSyncedAt, &error);
    if (!refreshed || refreshed->updated != count || refreshed->removed != 0) {
        std::fprintf(stderr, "refresh failed: %s\n", qPrintable(error));
        return false;
    }
    clock.report("full refresh (replaceAll)", count);
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
