#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGTERM and SIGINT into a Qt signal delivered on the event loop (self-pipe trick),
// so that a process can flush its state and quit cleanly instead of dying mid-write.
class ShutdownSignals : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

    // Whether SIGTERM or SIGINT came since the instance was made: for a long synchronous read,
    // which does not return to the event loop until it is done.
    static bool requested();

Q_SIGNALS:
    void shutdownRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};
