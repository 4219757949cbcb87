// ShutdownSignals on Windows: the console's control events, which Windows delivers on a thread
// of its own. Ctrl+C is reported as SIGINT, the others (Ctrl+Break, closing the console, log-off,
// shut-down) as SIGTERM.
#include "shutdown_signals.h"

#include <QMetaObject>
#include <atomic>
#include <csignal>
#include <windows.h>

namespace {
std::atomic<ShutdownSignals *> receiver{nullptr};
std::atomic<bool> signalled{false};

BOOL WINAPI forwardControlEvent(DWORD event)
{
    signalled = true;
    const int signalNumber = event == CTRL_C_EVENT ? SIGINT : SIGTERM;
    if (ShutdownSignals *target = receiver.load()) {
        QMetaObject::invokeMethod(
            target, [target, signalNumber] { Q_EMIT target->shutdownRequested(signalNumber); },
            Qt::QueuedConnection);
    }
    return TRUE;
}
} // namespace

ShutdownSignals::ShutdownSignals(QObject *parent) : QObject(parent)
{
    receiver = this;
    SetConsoleCtrlHandler(forwardControlEvent, TRUE);
}

ShutdownSignals::~ShutdownSignals()
{
    SetConsoleCtrlHandler(forwardControlEvent, FALSE);
    receiver = nullptr;
    signalled = false;
}

bool ShutdownSignals::requested()
{
    return signalled;
}
