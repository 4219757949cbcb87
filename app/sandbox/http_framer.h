#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

// Splits a byte stream into complete HTTP/1.1 messages (head plus a Content-Length or chunked
// body). Enough for relaying requests and responses one by one; not a general HTTP parser.
// Strict: sizes are plain non-negative numbers checked for overflow, a body may not pass the
// limit, and anything unclear (both a length and chunked, two different lengths, a transfer
// coding other than chunked, a header line without a name) fails the stream.
class HttpFramer
{
public:
    static constexpr qint64 DefaultMaxBodySize = 16 * 1024 * 1024;
    static constexpr qsizetype MaxHeadSize = 64 * 1024;

    HttpFramer() = default;
    explicit HttpFramer(qint64 maxBodySize) : m_maxBodySize(maxBodySize) {}

    void append(const QByteArray &bytes) { m_buffer.append(bytes); }
    std::optional<QByteArray> takeMessage();
    bool failed() const { return m_failureStatus != 0; }
    // Once failed(): 400 for a malformed message, 413 for a body over the limit, 431 for a head
    // over MaxHeadSize.
    int failureStatus() const { return m_failureStatus; }

    // "GET /heartbeat/v0/users HTTP/1.1" -> "/heartbeat/v0/users"
    static QByteArray requestPath(const QByteArray &message);
    // The first header of that name (any case), trimmed; null when absent.
    static QByteArray headerValue(const QByteArray &message, QByteArrayView name);
    // True when the connection ends after this message's answer: "Connection: close", or a
    // request line of HTTP/1.0.
    static bool closesConnection(const QByteArray &message);
    // True when the Host header names localhost or a loopback address, with or without a port.
    static bool hasLoopbackHost(const QByteArray &message);
    // "localhost:7678", "127.0.0.1", "[::1]:80" -> true; empty, "evil.example:7678" -> false.
    static bool isLoopbackHostHeader(const QByteArray &host);

private:
    enum class Progress
    {
        NeedMore,
        Complete,
        Failed
    };

    Progress parseHead();
    Progress scanChunks();
    Progress fail(int status);
    void resetMessage();

    QByteArray m_buffer;
    qint64 m_maxBodySize = DefaultMaxBodySize;
    int m_failureStatus = 0;
    // The message at the front of m_buffer, once its head is parsed.
    bool m_headParsed = false;
    bool m_chunked = false;
    qsizetype m_bodyStart = 0;
    qint64 m_contentLength = 0;
    qsizetype m_chunkPosition = 0; // the next chunk-size line
    qint64 m_chunkedBodySize = 0;
    qsizetype m_messageEnd = 0;
};
