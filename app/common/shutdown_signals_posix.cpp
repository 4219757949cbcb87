// ShutdownSignals on POSIX systems (Linux, macOS, the BSDs): SIGTERM and SIGINT through a
// self-pipe.
#include "shutdown_signals.h"

#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int signalPipe[2] = {-1, -1};
volatile std::sig_atomic_t signalled = 0;

extern "C" void forwardSignal(int signalNumber)
{
    signalled = 1;
    const char byte = static_cast<char>(signalNumber);
    [[maybe_unused]] auto written = ::write(signalPipe[0], &byte, 1);
}
} // namespace

ShutdownSignals::ShutdownSignals(QObject *parent) : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        qFatal("ShutdownSignals: socketpair failed");
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        if (::read(signalPipe[1], &byte, 1) == 1)
            Q_EMIT shutdownRequested(static_cast<int>(byte));
    });

    struct sigaction action = {};
    action.sa_handler = forwardSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}

ShutdownSignals::~ShutdownSignals()
{
    ::signal(SIGTERM, SIG_DFL);
    ::signal(SIGINT, SIG_DFL);
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    signalPipe[0] = signalPipe[1] = -1;
    signalled = 0;
}

bool ShutdownSignals::requested()
{
    return signalled != 0;
}
