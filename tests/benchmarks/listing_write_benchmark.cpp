// How fast the store takes a community's members, the old write path beside the new one:
//  - a listing written by ListingWriter batch by batch, first into an empty workspace, then the
//    same listing again (nothing changed), each with the rows written and the peak memory it
//    added; and the old applyListing() of that unchanged listing, which held it all in memory;
//  - bulk upsert (MemberRepository::upsertMany) of N members into an empty workspace, through
//    Qt Sql as before (LegacyMemberWriter) and through SQLite's C API (MemberWriter); beside
//    them the floor, SQLite alone copying those rows into an empty roster.
// Prints figures, asserts nothing about time.
//   listing_write_benchmark [--members N[,N...]] [--batch B] [--new-only] [--dir DIR]
#include "benchmark_members.h"
#include "legacy_member_writer.h"
#include "listing_writer.h"
#include "member_repository.h"
#include "process_memory.h"
#include "roster_database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {
const QString Workspace = u"bench-workspace"_s;

// One phase: wall and CPU time, and how far the peak resident size rose above where it began.
class Phase
{
public:
    Phase()
    {
        ProcessMemory::resetPeak();
        m_startKiB = ProcessMemory::statusKiB("VmRSS:");
        m_wall.start();
        m_cpu = std::clock();
    }
    void report(const char *label, qint64 members, qint64 rowsWritten) const
    {
        const double wall = double(m_wall.nsecsElapsed()) / 1e9;
        const double cpu = double(std::clock() - m_cpu) / CLOCKS_PER_SEC;
        std::printf("  %-34s wall %7.3f s  cpu %7.3f s  %9.0f members/s  %8lld rows written  "
                    "peak +%6.1f MB (%6.1f MB)\n",
                    label, wall, cpu, double(members) / wall, qlonglong(rowsWritten),
                    double(ProcessMemory::statusKiB("VmHWM:") - m_startKiB) / 1024.0,
                    double(ProcessMemory::statusKiB("VmHWM:")) / 1024.0);
        std::fflush(stdout);
    }

private:
    QElapsedTimer m_wall;
    std::clock_t m_cpu;
    qint64 m_startKiB = 0;
};

// Members `first` to `first + template.size() - 1` of a listing: the template's members with
// ids, addresses and times of their own, the same on every call.
QList<MemberRecord> listingBatch(const QList<MemberRecord> &templateBatch, int first)
{
    QList<MemberRecord> batch = templateBatch;
    for (int j = 0; j < batch.size(); ++j) {
        MemberRecord &member = batch[j];
        const int i = first + j;
        member.providerMemberId =
            u"user_%1"_s.arg(quint64(i + 1) * 2654435761ULL, 12, 36, QChar(u'0'));
        member.email = member.firstName.toLower() + u'.' + QString::number(i) + u"@example.com"_s;
        member.createdAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + i * 1000LL, Qt::UTC);
    }
    return batch;
}

bool openFresh(RosterDatabase &db)
{
    QFile::remove(db.path());
    QString error;
    if (db.open(&error))
        return true;
    std::fprintf(stderr, "%s\n", qPrintable(error));
    return false;
}

// The floor: SQLite alone copying the rows the new bulk upsert wrote into an empty roster of the
// same schema, one INSERT ... SELECT, no Roster code.
bool sqliteAlone(const QString &directory, int count)
{
    RosterDatabase db(directory + u"/floor.sqlite"_s);
    if (!openFresh(db))
        return false;
    QSqlQuery query(db.connection());
    const auto run = [&query](const QString &sql) {
        if (query.exec(sql))
            return true;
        std::fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    };
    if (!run(u"ATTACH DATABASE '%1' AS written"_s.arg(directory + u"/new-bulk.sqlite"_s)) ||
        !run(u"INSERT INTO workspaces SELECT * FROM written.workspaces"_s) ||
        !run(u"INSERT INTO group_sets SELECT * FROM written.group_sets"_s))
        return false;
    Phase phase;
    if (!run(u"BEGIN IMMEDIATE"_s) ||
        !run(u"INSERT INTO members SELECT * FROM written.members ORDER BY id"_s) ||
        !run(u"COMMIT"_s))
        return false;
    phase.report("SQLite alone (INSERT ... SELECT)", count, count);
    query.finish();
    run(u"DETACH DATABASE written"_s);
    db.close();
    QFile::remove(db.path());
    return true;
}

bool bulkUpserts(const QString &directory, int count, bool old)
{
    const QList<MemberRecord> members = BenchmarkMembers::makeMembers(Workspace, count);
    QString error;
    if (old) {
        RosterDatabase db(directory + u"/old-bulk.sqlite"_s);
        if (!openFresh(db))
            return false;
        Phase phase;
        if (!LegacyWrites::upsertMany(db, members, &error)) {
            std::fprintf(stderr, "old upsertMany failed: %s\n", qPrintable(error));
            return false;
        }
        phase.report("bulk upsert, old (Qt Sql)", count, count);
    }
    {
        RosterDatabase db(directory + u"/new-bulk.sqlite"_s);
        if (!openFresh(db))
            return false;
        Phase phase;
        const auto written = MemberRepository(db).upsertMany(members, &error);
        if (!written || written->inserted != count) {
            std::fprintf(stderr, "upsertMany failed: %s\n", qPrintable(error));
            return false;
        }
        phase.report("bulk upsert, new (SQLite C API)", count, written->inserted);
    }
    if (!sqliteAlone(directory, count))
        return false;
    QFile::remove(directory + u"/old-bulk.sqlite"_s);
    QFile::remove(directory + u"/new-bulk.sqlite"_s);
    return true;
}

// One listing of `count` members through ListingWriter, `batchSize` at a time.
bool writeListing(RosterDatabase &db, int count, int batchSize, const char *label,
                  qint64 expectedChanged)
{
    const QList<MemberRecord> templateBatch = BenchmarkMembers::makeMembers(Workspace, batchSize);
    QString error;
    Phase phase;
    ListingWriter writer(db, Workspace, QDateTime::currentDateTimeUtc());
    if (!writer.begin(&error))
        return false;
    for (int first = 0; first < count; first += batchSize) {
        QList<MemberRecord> batch = listingBatch(templateBatch, first);
        batch.resize(std::min<qsizetype>(batch.size(), count - first));
        if (!writer.add(batch, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
    }
    const auto summary = writer.finish(true, &error);
    if (!summary || summary->added + summary->changed != expectedChanged) {
        std::fprintf(stderr, "%s: %s\n", label, qPrintable(error));
        return false;
    }
    phase.report(label, count, writer.rowsWritten());
    return true;
}

bool listings(const QString &directory, int count, int batchSize, bool old)
{
    RosterDatabase db(directory + u"/listing.sqlite"_s);
    if (!openFresh(db))
        return false;
    if (!writeListing(db, count, batchSize, "ListingWriter, first sync", count) ||
        !writeListing(db, count, batchSize, "ListingWriter, re-sync, no change", 0))
        return false;
    if (!old)
        return true;

    QList<MemberRecord> all;
    {
        const QList<MemberRecord> templateBatch =
            BenchmarkMembers::makeMembers(Workspace, batchSize);
        all.reserve(count);
        for (int first = 0; first < count; first += batchSize)
            all.append(listingBatch(templateBatch, first).mid(0, count - first));
    }
    QString error;
    Phase phase;
    const auto summary = LegacyWrites::applyListing(db, Workspace, all, true,
                                                    QDateTime::currentDateTimeUtc(), &error);
    if (!summary || summary->unchanged != count) {
        std::fprintf(stderr, "old applyListing failed: %s\n", qPrintable(error));
        return false;
    }
    phase.report("old applyListing, no change", count, summary->added + summary->changed);
    std::printf("    (the old path's listing itself, %d members in memory, is not in its peak)\n",
                count);
    db.close();
    QFile::remove(db.path());
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{u"members"_s, u"Numbers of members, comma-separated (default 1000000)."_s, u"N"_s,
          u"1000000"_s},
         {u"batch"_s, u"Members per ListingWriter::add() (default 5000)."_s, u"B"_s, u"5000"_s},
         {u"new-only"_s, u"Only the new paths, for a profiler."_s},
         {u"dir"_s, u"Directory for the database files (default: a temporary one)."_s, u"DIR"_s}});
    parser.process(app);
    QTemporaryDir temporary;
    const QString directory = parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) : temporary.path();
    const int batchSize = parser.value(u"batch"_s).toInt();
    if (batchSize <= 0) {
        std::fprintf(stderr, "not a batch size: %s\n", qPrintable(parser.value(u"batch"_s)));
        return 1;
    }
    std::printf("roster store: SQLite in WAL mode, synchronous=FULL, files in %s\n",
                qPrintable(directory));
    for (const QString &size : parser.value(u"members"_s).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int count = size.toInt(&ok);
        if (!ok || count <= 0) {
            std::fprintf(stderr, "not a number of members: %s\n", qPrintable(size));
            return 1;
        }
        std::printf("%d members, listings in batches of %d\n", count, batchSize);
        const bool old = !parser.isSet(u"new-only"_s);
        // The listings first, while the heap is small: their peak is theirs alone.
        if (!listings(directory, count, batchSize, old) || !bulkUpserts(directory, count, old))
            return 1;
    }
    return 0;
}
