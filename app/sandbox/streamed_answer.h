#pragma once

#include <QObject>
#include <memory>

class BodyStream;
class QTcpSocket;

// Writes a streamed answer's body to its socket a piece at a time, only as the socket drains
// (bytesToWrite below a low-water mark), so that a body of any size costs a few hundred KB.
// A child of the socket: it ends with the connection, whenever the client leaves.
class StreamedAnswer : public QObject
{
public:
    StreamedAnswer(QTcpSocket *socket, std::shared_ptr<BodyStream> body);

private:
    void writeMore();

    QTcpSocket *m_socket;
    std::shared_ptr<BodyStream> m_body;
};
