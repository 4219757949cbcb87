// How fast the Roster window's member table is at 100,000 and 1,000,000 members: loading the
// model from the local roster store (MemberTableModel::load, from the call to the end of the
// reset; with the CPU time and the peak memory of the load, and the parts of MemberLoader's path
// timed alone: SQLite stepping every row through MemberBulkReader, and the email index scan),
// each keystroke of a search typed and erased in MemberFilterProxy, sorts by name,
// email, creation time, provider id, groups, last sign-in, admin and picture (the GUI thread's
// share, and the time until the order is applied when a worker thread sorts), the role and
// group filters, MemberQuickMatcher queries, memory (the process
// before the load, its peak (VmHWM) after everything, what the member storage holds), and a
// reload of the same workspace with the proxy in place: its time, whether the rows stayed shown,
// and the peak of the process during it. The database is written by a
// child process, so that the members generated for it never count in this process's memory.
// With --compare-qsfpm it also times QSortFilterProxyModel over the same model, the reason for
// MemberFilterProxy. Prints figures, asserts nothing about time.
//   member_table_benchmark [--members N[,N...]] [--dir DIR] [--compare-qsfpm]
//                          [--reload-budget MiB]
#include "benchmark_members.h"
#include "member_bulk_reader.h"
#include "member_filter_proxy.h"
#include "member_quick_matcher.h"
#include "member_repository.h"
#include "member_sort.h"
#include "member_table_model.h"
#include "process_memory.h"
#include "roster_database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {
const QString Workspace = u"bench-workspace"_s;

double msSince(const QElapsedTimer &clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

// User and system CPU time of the whole process, every thread.
double processCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &time) {
        return double(time.tv_sec) * 1000.0 + double(time.tv_usec) / 1000.0;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

double threadCpuMs()
{
    timespec time{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
    return double(time.tv_sec) * 1000.0 + double(time.tv_nsec) / 1e6;
}

// The first part of MemberLoader's path alone: SQLite steps every row and reads its columns
// (MemberBulkReader, nothing copied or filed), then the email index scan of the email order.
void timeCursorAlone(const QString &path)
{
    QElapsedTimer clock;
    clock.start();
    const double cpuBefore = threadCpuMs();
    MemberBulkReader reader(path, Workspace);
    QString error;
    if (!reader.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return;
    }
    MemberRowBytes row;
    qint64 rows = 0;
    qsizetype bytes = 0;
    while (reader.next(&row)) {
        ++rows;
        bytes += qsizetype(row.text[MemberRowBytes::Email].size());
    }
    const double stepMs = msSince(clock);
    const double stepCpuMs = threadCpuMs() - cpuBefore;
    clock.restart();
    const qsizetype byEmail = reader.rowIdsByEmail().size();
    std::printf(
        "  parts of the load alone: SQLite steps %lld rows in %.0f ms (%.0f ms of CPU; %lld "
        "bytes of email), the email index scan %.0f ms (%lld ids)\n",
        qlonglong(rows), stepMs, stepCpuMs, qlonglong(bytes), msSince(clock), qlonglong(byEmail));
}

// The time proxy.sort() holds the caller (the GUI thread), and the time until the order is
// applied (the same when it sorts at once; later when a worker thread sorts).
std::pair<double, double> timeSort(MemberFilterProxy &proxy, int column, Qt::SortOrder order)
{
    QElapsedTimer clock;
    clock.start();
    proxy.sort(column, order);
    const double gui = msSince(clock);
    if (proxy.isSorting()) {
        QEventLoop wait;
        QObject::connect(&proxy, &MemberFilterProxy::sortingChanged, &wait, [&](bool sorting) {
            if (!sorting)
                wait.quit();
        });
        wait.exec();
    }
    return {gui, msSince(clock)};
}

// Loads `path` into `model` and waits: the model's figure, or -1 with `*failure` set.
qint64 loadAndWait(MemberTableModel &model, const QString &path, QString *failure)
{
    QEventLoop loop;
    qint64 loadedMs = -1;
    QObject::connect(&model, &MemberTableModel::loadFinished, &loop, [&](qint64, qint64 ms) {
        loadedMs = ms;
        loop.quit();
    });
    QObject::connect(&model, &MemberTableModel::loadFailed, &loop, [&](const QString &error) {
        *failure = error;
        loop.quit();
    });
    model.load(path, Workspace);
    loop.exec();
    return loadedMs;
}

// The child process: writes `count` members into a new database at `path`.
int writeDatabase(const QString &path, int count)
{
    QFile::remove(path);
    RosterDatabase db(path);
    QString error;
    if (!db.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    MemberRepository repository(db);
    const auto written =
        repository.upsertMany(BenchmarkMembers::makeMembers(Workspace, count), &error);
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return 0;
}

bool ensureDatabase(const QString &path, int count)
{
    if (QFileInfo::exists(path)) {
        RosterDatabase db(path);
        QString error;
        if (db.open(&error) && MemberRepository(db).count(Workspace, &error) == count)
            return true;
    }
    QElapsedTimer clock;
    clock.start();
    const int exitCode =
        QProcess::execute(QCoreApplication::applicationFilePath(),
                          {u"--write"_s, QString::number(count), u"--dir"_s, path});
    std::printf("  wrote %d members in %.1f s (child process)\n", count, msSince(clock) / 1000);
    return exitCode == 0;
}

// The search "Alice" typed and erased, then typed over with another.
const QStringList Keystrokes = {u"a"_s, u"al"_s,   u"ali"_s, u"alic"_s,   u"ali"_s, u"al"_s,
                                u"a"_s, u""_s,     u"s"_s,   u"so"_s,     u"sør"_s, u"søren"_s,
                                u""_s,  u"jose"_s, u"emi"_s, u"émilie"_s, u""_s};

double typeSearch(const std::function<void(const QString &)> &setText,
                  const std::function<int()> &shown, const char *label)
{
    std::printf("  keystrokes (%s):\n   ", label);
    double worst = 0;
    int column = 0;
    for (const QString &text : Keystrokes) {
        QElapsedTimer clock;
        clock.start();
        setText(text);
        const double ms = msSince(clock);
        worst = std::max(worst, ms);
        column += std::printf(" \"%s\" %.1f ms (%d)", qPrintable(text), ms, shown());
        if (column > 80) {
            std::printf("\n   ");
            column = 0;
        }
    }
    std::printf("\n    worst keystroke %.1f ms\n", worst);
    return worst;
}

// QSortFilterProxyModel with the same search and order, for --compare-qsfpm.
class PlainProxy : public QSortFilterProxyModel
{
public:
    explicit PlainProxy(const MemberTableModel *model) : m_model(model) {}
    void setQuery(const QString &text)
    {
        m_query = SearchQuery(text);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        return m_query.matches(m_model->members().searchText(row));
    }
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        return MemberSort::compare(m_model->members(), left.column(), left.row(), right.row()) < 0;
    }

private:
    const MemberTableModel *m_model;
    SearchQuery m_query;
};

void compareWithQsfpm(MemberTableModel &model)
{
    PlainProxy proxy(&model);
    QElapsedTimer clock;
    clock.start();
    proxy.setSourceModel(&model);
    std::printf("  QSortFilterProxyModel: set source %.0f ms", msSince(clock));
    clock.restart();
    proxy.sort(MemberTableModel::Name);
    std::printf(", sort by name %.0f ms", msSince(clock));
    for (const QString &text : {u"a"_s, u"al"_s, u"ali"_s}) {
        clock.restart();
        proxy.setQuery(text);
        std::printf(", \"%s\" %.0f ms", qPrintable(text), msSince(clock));
    }
    std::printf("\n");
}

bool runSize(const QString &directory, int count, bool compareQsfpm, qint64 reloadBudgetMiB)
{
    std::printf("%d members\n", count);
    const QString path = directory + u"/table-bench-%1.sqlite"_s.arg(count);
    if (!ensureDatabase(path, count))
        return false;
    const double rssBefore = ProcessMemory::statusMiB("VmRSS:");

    MemberTableModel model;
    model.setCollationLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    if (reloadBudgetMiB >= 0)
        model.setReloadMemoryBudget(reloadBudgetMiB << 20);
    QString failure;
    const bool loadPeakReset = ProcessMemory::resetPeak();
    const double cpuBefore = processCpuMs();
    QElapsedTimer clock;
    clock.start();
    const qint64 loadedMs = loadAndWait(model, path, &failure);
    const double loadMs = msSince(clock);
    const double loadCpuMs = processCpuMs() - cpuBefore;
    const double loadPeak = ProcessMemory::statusMiB("VmHWM:");
    if (!failure.isEmpty() || model.rowCount() != count) {
        std::fprintf(stderr, "load failed (%d rows): %s\n", model.rowCount(), qPrintable(failure));
        return false;
    }
    std::printf("  process before the load %.0f MiB\n", rssBefore);
    std::printf(
        "  load into the model     %.0f ms (model's own figure %lld ms), %.0f ms of CPU on all "
        "threads, process peak %.0f MiB during it (VmHWM%s)\n",
        loadMs, loadedMs, loadCpuMs, loadPeak,
        loadPeakReset ? " since the load began" : ", whole run");
    timeCursorAlone(path);
    std::printf("  member storage          %.0f MiB (%.0f bytes a member), %.0f MiB allocated with "
                "room for growth\n",
                double(model.members().bytesUsed()) / 1048576.0,
                double(model.members().bytesUsed()) / count,
                double(model.members().bytesAllocated()) / 1048576.0);

    MemberFilterProxy proxy;
    clock.restart();
    proxy.setSourceModel(&model);
    std::printf("  proxy on the model      %.1f ms\n", msSince(clock));
    // A selection, as a view keeps it: every layout change maps it.
    const QPersistentModelIndex selected = proxy.index(count / 2, 0);
    Q_UNUSED(selected);
    const auto setText = [&](const QString &text) { proxy.setSearchText(text); };
    const auto shown = [&] { return proxy.rowCount(); };
    double worst = typeSearch(setText, shown, "model order");
    // The GUI thread's share, then (in brackets) the time until the order is applied when a
    // worker thread sorts.
    for (const auto &[column, label] : {std::pair(int(MemberTableModel::Name), "name"),
                                        std::pair(int(MemberTableModel::Email), "email"),
                                        std::pair(int(MemberTableModel::Created), "created"),
                                        std::pair(int(MemberTableModel::ProviderId), "provider id"),
                                        std::pair(int(MemberTableModel::Groups), "groups"),
                                        std::pair(int(MemberTableModel::LastSignIn), "sign-in"),
                                        std::pair(int(MemberTableModel::Admin), "admin"),
                                        std::pair(int(MemberTableModel::Avatar), "picture")}) {
        const auto [ascending, ascendingApplied] = timeSort(proxy, column, Qt::AscendingOrder);
        const auto [descending, descendingApplied] = timeSort(proxy, column, Qt::DescendingOrder);
        std::printf("  sort by %-8s ascending %.0f ms (applied %.0f ms), then descending %.0f ms "
                    "(applied %.0f ms)\n",
                    label, ascending, ascendingApplied, descending, descendingApplied);
    }
    proxy.sort(MemberTableModel::Name, Qt::AscendingOrder);
    // The role and group filters, chosen and cleared as from the search bar.
    std::printf("  filters:");
    for (const auto &[role, group] :
         {std::pair(u"Moderator"_s, QString()), std::pair(u"Moderator"_s, u"grp_3"_s),
          std::pair(QString(), u"grp_3"_s), std::pair(QString(), QString())}) {
        clock.restart();
        proxy.setRoleFilter(role);
        proxy.setGroupFilter(group);
        std::printf(" %s/%s %.0f ms (%d)", role.isEmpty() ? "any role" : qPrintable(role),
                    group.isEmpty() ? "any group" : qPrintable(group), msSince(clock),
                    proxy.rowCount());
    }
    std::printf("\n");
    worst = std::max(worst, typeSearch(setText, shown, "sorted by name"));
    std::printf("  worst keystroke overall %.1f ms\n", worst);

    clock.restart();
    MemberRecord changed = model.memberAt(count / 3);
    changed.displayName = u"Zoë Upsert"_s;
    model.upsert(changed);
    std::printf("  upsert a renamed member %.1f ms (sorted by name)\n", msSince(clock));
    clock.restart();
    model.removeMember(changed.email);
    std::printf("  remove a member         %.1f ms\n", msSince(clock));

    MemberQuickMatcher matcher(&model);
    std::printf("  quick matcher:");
    for (const QString &query :
         {u"a"_s, u"ada"_s, u"love"_s, u"søren"_s, u"ada.lovelace12"_s, u"example.com"_s}) {
        clock.restart();
        const auto matches = matcher.match(query, 10);
        std::printf(" \"%s\" %.0f ms (%lld)", qPrintable(query), msSince(clock),
                    qlonglong(matches.size()));
    }
    std::printf("\n");
    if (compareQsfpm)
        compareWithQsfpm(model);
    std::printf("  peak process memory     %.0f MiB (VmHWM)\n", ProcessMemory::statusMiB("VmHWM:"));

    // The window reloads the shown workspace (after a sync), proxy and sort in place.
    const bool peakReset = ProcessMemory::resetPeak();
    const double rssBeforeReload = ProcessMemory::statusMiB("VmRSS:");
    const int rowsBefore = model.rowCount();
    bool keptShown = true;
    const auto connection = QObject::connect(&model, &MemberTableModel::loadStarted, [&] {
        keptShown = rowsBefore > 0 && model.rowCount() == rowsBefore;
    });
    clock.restart();
    const qint64 reloadedMs = loadAndWait(model, path, &failure);
    QObject::disconnect(connection);
    if (reloadedMs < 0 || model.rowCount() != count) {
        std::fprintf(stderr, "reload failed: %s\n", qPrintable(failure));
        return false;
    }
    std::printf("  reload the workspace    %.0f ms, rows %s meanwhile; process %.0f MiB before, "
                "peak %.0f MiB during it (VmHWM%s)\n",
                msSince(clock), keptShown ? "kept shown" : "cleared", rssBeforeReload,
                ProcessMemory::statusMiB("VmHWM:"),
                peakReset ? " since the reload began" : ", whole run");
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
         {u"dir"_s, u"Directory for the database files, kept (default: a temporary one)."_s,
          u"DIR"_s},
         {u"compare-qsfpm"_s, u"Also time QSortFilterProxyModel on the same model."_s},
         {u"reload-budget"_s,
          u"MemberTableModel::setReloadMemoryBudget() in MiB (default: the model's)."_s, u"MiB"_s},
         {u"write"_s, u"Internal: write N members to the database file given by --dir."_s,
          u"N"_s}});
    parser.process(app);
    if (parser.isSet(u"write"_s))
        return writeDatabase(parser.value(u"dir"_s), parser.value(u"write"_s).toInt());

    QTemporaryDir temporary;
    const QString directory = parser.isSet(u"dir"_s) ? parser.value(u"dir"_s) : temporary.path();
    std::printf("member table: files in %s\n", qPrintable(directory));
    const QStringList sizes = parser.value(u"members"_s).split(u',', Qt::SkipEmptyParts);
    for (const QString &size : sizes) {
        bool ok = false;
        const int count = size.toInt(&ok);
        if (!ok || count <= 0) {
            std::fprintf(stderr, "not a roster size: %s\n", qPrintable(size));
            return 1;
        }
        const qint64 budget =
            parser.isSet(u"reload-budget"_s) ? parser.value(u"reload-budget"_s).toLongLong() : -1;
        if (!runSize(directory, count, parser.isSet(u"compare-qsfpm"_s), budget))
            return 1;
    }
    return 0;
}
