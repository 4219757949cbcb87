#pragma once

#include <QObject>
#include <QTimer>
#include <memory>

class BodyStream;
class QTcpSocket;

// Writes a streamed answer to its socket: first counts the body's size in steps from the event
// loop (other connections and signals are served meanwhile), then writes the head with its
// Content-Length, then the body a piece at a time, only as the socket drains (bytesToWrite below
// a low-water mark), so that a body of any size costs a few hundred KB.
// A child of the socket: it ends with the connection, whenever the client leaves.
class StreamedAnswer : public QObject
{
public:
    // head: the status line and header lines, without Content-Length and the blank line.
    StreamedAnswer(QTcpSocket *socket, QByteArray head, std::shared_ptr<BodyStream> body);

private:
    void measureSome();
    void writeMore();

    QTcpSocket *m_socket;
    QByteArray m_head;
    std::shared_ptr<BodyStream> m_body;
    QTimer m_measuring;
};
