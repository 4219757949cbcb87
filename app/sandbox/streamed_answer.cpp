#include "streamed_answer.h"

#include "body_stream.h"

#include <QTcpSocket>

namespace {
constexpr qint64 LowWater = 256 * 1024;
constexpr qint64 PieceSize = 64 * 1024;
constexpr qsizetype ItemsPerStep = 20000;
} // namespace

StreamedAnswer::StreamedAnswer(QTcpSocket *socket, QByteArray head,
                               std::shared_ptr<BodyStream> body)
    : QObject(socket), m_socket(socket), m_head(std::move(head)), m_body(std::move(body))
{
    connect(&m_measuring, &QTimer::timeout, this, &StreamedAnswer::measureSome);
    m_measuring.start(0);
}

void StreamedAnswer::measureSome()
{
    if (!m_body->measure(ItemsPerStep))
        return;
    m_measuring.stop();
    m_socket->write(m_head + "Content-Length: " + QByteArray::number(m_body->size()) + "\r\n\r\n");
    m_head = QByteArray();
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
