#pragma once

#include <QHostAddress>
#include <QObject>
#include <functional>

class QTcpServer;

struct FaultConfig
{
    int latencyMs = 0;
    int jitterMs = 0;    // extra delay, uniform in [0, jitterMs]
    double dropRate = 0; // share of requests whose connection is closed without an answer

    bool active() const { return latencyMs > 0 || jitterMs > 0 || dropRate > 0; }
};

// The TCP relay in front of the sandbox's HTTP server, the only port clients are told about.
// It frames each request strictly (HttpFramer: sizes checked, bodies up to 16 MB, else 400, 413 or
// 431 and the connection closed), refuses a Host that is not loopback (421: a browser page that
// reached 127.0.0.1 by DNS rebinding), and closes the connection after answering a request with
// "Connection: close" or of HTTP/1.0. With faults configured, it also delays each request and
// drops some connections without an answer: half of the dropped requests never reach the server;
// the other half are processed and only their answer is lost, as when a connection breaks
// mid-flight.
class FaultRelay : public QObject
{
    Q_OBJECT
public:
    using DropObserver = std::function<void(const QString &path)>;

    FaultRelay(const FaultConfig &config, quint16 upstreamPort, DropObserver onDrop,
               QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;

private:
    void acceptConnections();

    FaultConfig m_config;
    quint16 m_upstreamPort;
    DropObserver m_onDrop;
    QTcpServer *m_server;
};
