#include "http_framer.h"

#include <QList>

namespace {
constexpr qsizetype MaxHeadSize = 64 * 1024;
}

std::optional<QByteArray> HttpFramer::takeMessage()
{
    if (m_failed)
        return std::nullopt;
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        m_failed = m_buffer.size() > MaxHeadSize;
        return std::nullopt;
    }
    const qsizetype bodyStart = headEnd + 4;
    qint64 contentLength = 0;
    bool chunked = false;
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            contentLength = value.toLongLong(&ok);
            if (!ok || contentLength < 0) {
                m_failed = true;
                return std::nullopt;
            }
        } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
            chunked = true;
        }
    }
    qsizetype end = bodyStart + contentLength;
    if (chunked) {
        const std::optional<qsizetype> chunkedEnd = chunkedBodyEnd(bodyStart);
        if (!chunkedEnd)
            return std::nullopt;
        end = *chunkedEnd;
    }
    if (m_buffer.size() < end)
        return std::nullopt;
    QByteArray message = m_buffer.left(end);
    m_buffer.remove(0, end);
    return message;
}

std::optional<qsizetype> HttpFramer::chunkedBodyEnd(qsizetype position) const
{
    for (;;) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n", position);
        if (lineEnd < 0)
            return std::nullopt;
        QByteArray sizeField = m_buffer.mid(position, lineEnd - position);
        if (const qsizetype semicolon = sizeField.indexOf(';'); semicolon >= 0)
            sizeField.truncate(semicolon);
        bool ok = false;
        const qint64 size = sizeField.trimmed().toLongLong(&ok, 16);
        if (!ok)
            return std::nullopt;
        position = lineEnd + 2;
        if (size == 0) {
            const qsizetype trailerEnd = m_buffer.indexOf("\r\n\r\n", lineEnd);
            return trailerEnd < 0 ? std::nullopt : std::optional<qsizetype>(trailerEnd + 4);
        }
        position += size + 2;
        if (position > m_buffer.size())
            return std::nullopt;
    }
}

QByteArray HttpFramer::requestPath(const QByteArray &message)
{
    const qsizetype lineEnd = message.indexOf("\r\n");
    const QList<QByteArray> parts = message.left(lineEnd).split(' ');
    return parts.size() >= 2 ? parts.at(1) : QByteArray();
}
