#pragma once

#include <QObject>

// Turns a request to end the process into a Qt signal delivered on the event loop, so that a
// process can flush its state and quit cleanly instead of dying mid-write. POSIX
// (shutdown_signals_posix.cpp): SIGTERM and SIGINT, through a self-pipe. Windows
// (shutdown_signals_windows.cpp): the console's Ctrl+C (as SIGINT) and Ctrl+Break, close, log-off
// and shut-down events (as SIGTERM).
class ShutdownSignals : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

    // Whether a request came since the instance was made: for a long synchronous read, which
    // does not return to the event loop until it is done.
    static bool requested();

Q_SIGNALS:
    void shutdownRequested(int signalNumber);
};
