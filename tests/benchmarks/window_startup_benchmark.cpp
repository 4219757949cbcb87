// How long the Roster window takes to come up with a large local roster: from the start of the
// process (main()) to the window shown, and to its member table filled, with N members of one
// workspace in the store. The members are written first by a child process, so that they never
// count in this process's time or memory. Prints figures; asserts nothing about time.
//   window_startup_benchmark [--members N] [--keep DIR]
// Runs on whatever Qt platform is set (offscreen under CTest; xcb under Xvfb for a real window).
#include "benchmark_members.h"
#include "main_window.h"
#include "member_repository.h"
#include "roster_context.h"
#include "roster_database.h"
#include "workspace_store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
qint64 peakKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// The child: a workspace and `count` members under `dir`.
int writeRoster(const QString &dir, int count)
{
    Workspace workspace = Workspace::create(u"Benchmark community"_s, Provider::Forward);
    workspace.apiBaseUrl = QUrl(u"https://portal.example.com/api"_s);
    QString error;
    WorkspaceStore store(dir + u"/workspaces.json"_s);
    RosterDatabase db(dir + u"/roster.sqlite"_s);
    if (!store.add(workspace, &error) || !db.open(&error) ||
        !MemberRepository(db).upsertMany(BenchmarkMembers::makeMembers(workspace.id, count),
                                         &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{u"members"_s, u"Members in the store (default 100000)."_s, u"N"_s, u"100000"_s},
         {u"write"_s, u"(child) Write the store into DIR."_s, u"DIR"_s}});
    parser.process(app);
    const int count = parser.value(u"members"_s).toInt();
    if (parser.isSet(u"write"_s))
        return writeRoster(parser.value(u"write"_s), count);

    QTemporaryDir dir;
    QElapsedTimer writing;
    writing.start();
    if (QProcess::execute(QCoreApplication::applicationFilePath(),
                          {u"--members"_s, QString::number(count), u"--write"_s, dir.path()}) != 0)
        return 1;
    std::printf("window start-up with %d members in the local roster (platform %s); written in "
                "%.1f s by a child process\n",
                count, qPrintable(QGuiApplication::platformName()), writing.elapsed() / 1000.0);

    // From here on, the figures: what `roster` does from main() on, minus the child's writing.
    const qint64 before = sinceStart.elapsed() - writing.elapsed();
    QElapsedTimer clock;
    clock.start();
    RosterPaths paths{dir.filePath(u"workspaces.json"_s), dir.filePath(u"roster.sqlite"_s),
                      dir.filePath(u"settings.ini"_s), false};
    RosterContext context(paths);
    QString error;
    if (!context.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    MainWindow window(context);
    qint64 shownMs = -1;
    qint64 filledMs = -1;
    QObject::connect(&window, &MainWindow::membersShown, &window,
                     [&](const QString &, qint64 members, qint64) {
                         if (members == count)
                             filledMs = clock.elapsed();
                     });
    window.show();
    window.showInitialWorkspace();
    if (QTest::qWaitForWindowExposed(&window))
        shownMs = clock.elapsed();
    if (!QTest::qWaitFor([&] { return filledMs >= 0; }, 120'000)) {
        std::fprintf(stderr, "the members never arrived\n");
        return 1;
    }
    std::printf("  process start to QApplication ready  %7.0f ms\n", double(before));
    std::printf("  window shown                         %7.0f ms after that (%.0f ms from start)\n",
                double(shownMs), double(before + shownMs));
    std::printf("  member table filled                  %7.0f ms after that (%.0f ms from start)\n",
                double(filledMs), double(before + filledMs));
    std::printf("  peak memory (VmHWM)                  %7.1f MiB\n", peakKiB() / 1024.0);
    return 0;
}
