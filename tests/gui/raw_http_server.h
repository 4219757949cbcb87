#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <functional>

// A loopback HTTP server for tests that must see the raw requests, or get answers no sandbox
// gives (a cookie, a redirect to another host, a huge length): each connection is answered once
// by `respond` with a whole HTTP response, then closed.
class RawHttpServer : public QObject
{
public:
    using Responder = std::function<QByteArray(const QByteArray &request)>;

    explicit RawHttpServer(Responder respond) : m_respond(std::move(respond))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url(const QString &path) const
    {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_server.serverPort());
        url.setPath(path);
        return url;
    }
    // Each request's line and headers, as they came.
    const QList<QByteArray> &requests() const { return m_requests; }

    static QByteArray answer(const QByteArray &status, const QList<QByteArray> &headers,
                             const QByteArray &body)
    {
        QByteArray response = "HTTP/1.1 " + status + "\r\n";
        for (const QByteArray &header : headers)
            response += header + "\r\n";
        response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        response += "Connection: close\r\n\r\n" + body;
        return response;
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto *received = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, [socket, received] {
            delete received;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, received] {
            received->append(socket->readAll());
            const qsizetype end = received->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray request = received->left(end);
            m_requests.append(request);
            socket->write(m_respond(request));
            socket->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    Responder m_respond;
    QList<QByteArray> m_requests;
};
