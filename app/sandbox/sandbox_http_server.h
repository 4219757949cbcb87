#pragma once

#include <QAbstractHttpServer>

class Sandbox;

// Serves the sandbox over HTTP. Every request is answered synchronously inside handleRequest():
// Qt HttpServer 6.4 frees the socket under a deferred responder when the client leaves first
// (QTBUG-105202), so delays and dropped connections live in FaultRelay instead.
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxHttpServer(Sandbox *sandbox, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Sandbox *m_sandbox;
};
