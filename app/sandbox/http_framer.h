#pragma once

#include <QByteArray>
#include <optional>

// Splits a byte stream into complete HTTP/1.1 messages (head plus a Content-Length or chunked
// body). Enough for relaying requests and responses one by one; not a general HTTP parser.
class HttpFramer
{
public:
    void append(const QByteArray &bytes) { m_buffer.append(bytes); }
    std::optional<QByteArray> takeMessage();
    bool failed() const { return m_failed; }

    // "GET /heartbeat/v0/users HTTP/1.1" -> "/heartbeat/v0/users"
    static QByteArray requestPath(const QByteArray &message);

private:
    std::optional<qsizetype> chunkedBodyEnd(qsizetype bodyStart) const;

    QByteArray m_buffer;
    bool m_failed = false;
};
