// roster-sandbox with many members: the time to seed N members per provider and the process's
// memory after it, then the time to the last byte of Heartbeat's GET /v0/users and of
// GET /_sandbox/state, with the sandbox's peak memory while it answers. With --old, a second
// roster-sandbox (built from an older commit) is measured the same way in the same run.
//   sandbox_scale_benchmark [--members 100000,300000,1000000] [--old PATH] [--timeout S]
#include "sandbox_process.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpSocket>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
constexpr const char *ApiKey = "bench-key-0123456789";

qint64 memoryKb(qint64 pid, QByteArrayView field)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field.toByteArray() + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

struct Transfer
{
    bool complete = false;
    int status = 0;
    qint64 bytes = 0;
    double seconds = 0;
    qint64 peakRssKb = 0;
};

// One GET on a fresh connection, read as fast as it comes and thrown away; the sandbox's RSS is
// sampled as it answers.
Transfer timedGet(quint16 port, qint64 pid, QByteArrayView path, int timeoutSeconds)
{
    Transfer transfer;
    QElapsedTimer clock;
    clock.start();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return transfer;
    socket.write("GET " + path.toByteArray() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                 "Authorization: Bearer " + ApiKey + "\r\n\r\n");
    QByteArray head;
    qint64 contentLength = -1;
    const QDeadlineTimer deadline(qint64(timeoutSeconds) * 1000);
    QElapsedTimer sampled;
    sampled.start();
    transfer.peakRssKb = memoryKb(pid, "VmRSS");
    while (!deadline.hasExpired()) {
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(1000) &&
            socket.state() != QAbstractSocket::ConnectedState)
            break;
        const QByteArray bytes = socket.read(1 << 20);
        if (contentLength < 0) {
            head += bytes;
            const qsizetype end = head.indexOf("\r\n\r\n");
            if (end < 0)
                continue;
            transfer.status = head.mid(9, 3).toInt();
            for (const QByteArray &line : head.left(end).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    contentLength = line.mid(15).trimmed().toLongLong();
            }
            transfer.bytes = head.size() - end - 4;
        } else {
            transfer.bytes += bytes.size();
        }
        if (sampled.elapsed() >= 50) {
            transfer.peakRssKb = std::max(transfer.peakRssKb, memoryKb(pid, "VmRSS"));
            sampled.restart();
        }
        if (contentLength >= 0 && transfer.bytes >= contentLength) {
            transfer.complete = true;
            break;
        }
    }
    transfer.seconds = clock.nsecsElapsed() / 1e9;
    transfer.peakRssKb = std::max(transfer.peakRssKb, memoryKb(pid, "VmRSS"));
    return transfer;
}

void printTransfer(const char *label, const QString &build, int members, const Transfer &t)
{
    if (!t.complete) {
        std::printf("%-8s %-16s %9d members: not complete (status %d, %lld bytes)\n",
                    qPrintable(build), label, members, t.status, qint64(t.bytes));
        return;
    }
    std::printf("%-8s %-16s %9d members: %7.2f s to the last byte, %6.1f MB, sandbox peak RSS "
                "%6.0f MB\n",
                qPrintable(build), label, members, t.seconds, t.bytes / 1e6, t.peakRssKb / 1024.0);
}

void measure(const QString &build, const QString &executable, int members, int timeoutSeconds,
             bool stateToo)
{
    QProcess sandbox;
    QElapsedTimer clock;
    clock.start();
    sandbox.start(executable,
                  {u"--port"_s, u"0"_s, u"--members"_s, QString::number(members), u"--api-key"_s,
                   QString::fromLatin1(ApiKey), u"--rate-limit"_s, u"0"_s});
    QByteArray line;
    const QDeadlineTimer deadline(qint64(timeoutSeconds) * 1000);
    while (!line.contains('\n') && !deadline.hasExpired() &&
           sandbox.state() != QProcess::NotRunning) {
        sandbox.waitForReadyRead(200);
        line += sandbox.readAllStandardOutput();
    }
    if (!line.startsWith("listening on http://127.0.0.1:")) {
        std::printf("%-8s %-16s %9d members: not ready after %.0f s\n", qPrintable(build),
                    "seeding", members, clock.elapsed() / 1000.0);
        sandbox.kill();
        sandbox.waitForFinished();
        return;
    }
    const double seedSeconds = clock.nsecsElapsed() / 1e9;
    const qint64 pid = sandbox.processId();
    const quint16 port = line.mid(line.lastIndexOf(':') + 1).trimmed().toUShort();
    std::printf("%-8s %-16s %9d members: %7.2f s, RSS %6.0f MB\n", qPrintable(build), "seeding",
                members, seedSeconds, memoryKb(pid, "VmRSS") / 1024.0);
    std::fflush(stdout);
    printTransfer("GET /v0/users", build, members,
                  timedGet(port, pid, "/heartbeat/v0/users", timeoutSeconds));
    std::fflush(stdout);
    if (stateToo) {
        printTransfer("/_sandbox/state", build, members,
                      timedGet(port, pid, "/_sandbox/state", timeoutSeconds));
        std::fflush(stdout);
    }
    sandbox.terminate();
    if (!sandbox.waitForFinished(10000)) {
        sandbox.kill();
        sandbox.waitForFinished();
    }
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"members"_s, u"Comma-separated member counts per provider."_s, u"N,..."_s,
                      u"100000,300000,1000000"_s});
    parser.addOption({u"old"_s, u"Another roster-sandbox to measure side by side."_s, u"path"_s});
    parser.addOption(
        {u"timeout"_s, u"Seconds to wait for seeding and for each answer."_s, u"S"_s, u"150"_s});
    parser.addOption({u"state-up-to"_s, u"Measure /_sandbox/state only up to N members."_s, u"N"_s,
                      u"300000"_s});
    parser.process(app);

    const int timeout = parser.value(u"timeout"_s).toInt();
    const int stateUpTo = parser.value(u"state-up-to"_s).toInt();
    QList<QPair<QString, QString>> builds{{u"new"_s, SandboxProcess::executable()}};
    if (parser.isSet(u"old"_s))
        builds.append({u"old"_s, parser.value(u"old"_s)});
    for (const QString &count : parser.value(u"members"_s).split(u',')) {
        for (const auto &[name, executable] : builds)
            measure(name, executable, count.toInt(), timeout, count.toInt() <= stateUpTo);
    }
    return 0;
}
