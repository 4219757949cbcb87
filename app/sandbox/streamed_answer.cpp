#include "streamed_answer.h"

#include "body_stream.h"

#include <QTcpSocket>

namespace {
constexpr qint64 LowWater = 256 * 1024;
constexpr qint64 PieceSize = 64 * 1024;
} // namespace

StreamedAnswer::StreamedAnswer(QTcpSocket *socket, std::shared_ptr<BodyStream> body)
    : QObject(socket), m_socket(socket), m_body(std::move(body))
{
    connect(m_socket, &QTcpSocket::bytesWritten, this, &StreamedAnswer::writeMore);
    writeMore();
}

void StreamedAnswer::writeMore()
{
    while (m_socket->bytesToWrite() < LowWater) {
        QByteArray piece;
        piece.reserve(PieceSize + 4096);
        if (!m_body->writeNext(piece, PieceSize)) {
            disconnect(m_socket, nullptr, this, nullptr);
            deleteLater();
            return;
        }
        m_socket->write(piece);
    }
}
