#include "http_framer.h"

#include "loopback_host.h"

#include <QList>

namespace {
constexpr qsizetype MaxChunkSizeLine = 1024;
// Eight hex digits (4 GiB) are far beyond any body limit, and their sum cannot overflow.
constexpr qsizetype MaxChunkSizeDigits = 8;

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// A decimal Content-Length: digits only. Values over `limit` come out as limit + 1, whatever
// their size, so that they never overflow.
std::optional<qint64> parseLength(QByteArrayView digits, qint64 limit)
{
    if (digits.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    for (char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        if (value <= limit)
            value = value * 10 + (c - '0');
    }
    return value > limit ? limit + 1 : value;
}

std::optional<qint64> parseChunkSize(QByteArrayView field)
{
    while (field.size() > 1 && field.front() == '0')
        field = field.sliced(1);
    if (field.isEmpty() || field.size() > MaxChunkSizeDigits)
        return std::nullopt;
    qint64 value = 0;
    for (char c : field) {
        const int digit = hexDigit(c);
        if (digit < 0)
            return std::nullopt;
        value = value * 16 + digit;
    }
    return value;
}

QByteArrayView trimmedView(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.chop(1);
    return text;
}

QByteArray requestLine(const QByteArray &message)
{
    const qsizetype lineEnd = message.indexOf("\r\n");
    return message.left(lineEnd);
}
} // namespace

std::optional<QByteArray> HttpFramer::takeMessage()
{
    if (failed())
        return std::nullopt;
    if (!m_headParsed && parseHead() != Progress::Complete)
        return std::nullopt;
    qsizetype end = m_bodyStart + m_contentLength;
    if (m_chunked) {
        if (scanChunks() != Progress::Complete)
            return std::nullopt;
        end = m_messageEnd;
    }
    if (m_buffer.size() < end)
        return std::nullopt;
    QByteArray message = m_buffer.left(end);
    m_buffer.remove(0, end);
    resetMessage();
    return message;
}

HttpFramer::Progress HttpFramer::fail(int status)
{
    m_failureStatus = status;
    m_buffer.clear();
    return Progress::Failed;
}

void HttpFramer::resetMessage()
{
    m_headParsed = false;
    m_chunked = false;
    m_bodyStart = 0;
    m_contentLength = 0;
    m_chunkPosition = 0;
    m_chunkedBodySize = 0;
    m_messageEnd = 0;
}

HttpFramer::Progress HttpFramer::parseHead()
{
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    // Until the empty line is whole, up to three of its bytes may follow a head of the size
    // allowed: the limit must not depend on where the stream was cut.
    if (headEnd < 0)
        return m_buffer.size() > MaxHeadSize + 3 ? fail(431) : Progress::NeedMore;
    if (headEnd > MaxHeadSize)
        return fail(431);
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    if (trimmedView(lines.first()).isEmpty())
        return fail(400);
    bool haveLength = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line(lines.at(i));
        const qsizetype colon = line.indexOf(':');
        // No name, or white space before the colon (a smuggling trick): refused.
        if (colon <= 0 || trimmedView(line.first(colon)).size() != colon)
            return fail(400);
        const QByteArray name = line.first(colon).toByteArray().toLower();
        const QByteArrayView value = trimmedView(line.sliced(colon + 1));
        if (name == "content-length") {
            const std::optional<qint64> length = parseLength(value, m_maxBodySize);
            if (!length || (haveLength && *length != m_contentLength))
                return fail(400);
            if (*length > m_maxBodySize)
                return fail(413);
            m_contentLength = *length;
            haveLength = true;
        } else if (name == "transfer-encoding") {
            if (value.toByteArray().toLower() != "chunked")
                return fail(400);
            m_chunked = true;
        }
    }
    if (m_chunked && haveLength)
        return fail(400);
    m_bodyStart = headEnd + 4;
    m_chunkPosition = m_bodyStart;
    m_headParsed = true;
    return Progress::Complete;
}

// Resumes where the last call stopped: each complete chunk is looked at once.
HttpFramer::Progress HttpFramer::scanChunks()
{
    for (;;) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n", m_chunkPosition);
        if (lineEnd < 0) {
            return m_buffer.size() - m_chunkPosition > MaxChunkSizeLine + 1 ? fail(400)
                                                                            : Progress::NeedMore;
        }
        if (lineEnd - m_chunkPosition > MaxChunkSizeLine)
            return fail(400);
        QByteArrayView sizeField =
            QByteArrayView(m_buffer).sliced(m_chunkPosition, lineEnd - m_chunkPosition);
        if (const qsizetype semicolon = sizeField.indexOf(';'); semicolon >= 0)
            sizeField.truncate(semicolon);
        const std::optional<qint64> size = parseChunkSize(trimmedView(sizeField));
        if (!size)
            return fail(400);
        if (*size == 0) {
            // Optional trailer lines, then an empty line.
            const qsizetype trailerEnd = m_buffer.indexOf("\r\n\r\n", lineEnd);
            if (trailerEnd < 0) {
                return m_buffer.size() - lineEnd > MaxHeadSize + 3 ? fail(431) : Progress::NeedMore;
            }
            if (trailerEnd - lineEnd > MaxHeadSize)
                return fail(431);
            m_messageEnd = trailerEnd + 4;
            return Progress::Complete;
        }
        if (m_chunkedBodySize + *size > m_maxBodySize)
            return fail(413);
        const qsizetype dataEnd = lineEnd + 2 + *size;
        if (m_buffer.size() < dataEnd + 2)
            return Progress::NeedMore;
        if (m_buffer.at(dataEnd) != '\r' || m_buffer.at(dataEnd + 1) != '\n')
            return fail(400);
        m_chunkedBodySize += *size;
        m_chunkPosition = dataEnd + 2;
    }
}

QByteArray HttpFramer::requestPath(const QByteArray &message)
{
    const QList<QByteArray> parts = requestLine(message).split(' ');
    return parts.size() >= 2 ? parts.at(1) : QByteArray();
}

QByteArray HttpFramer::headerValue(const QByteArray &message, QByteArrayView name)
{
    const qsizetype headEnd = message.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = message.left(headEnd < 0 ? 0 : headEnd).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line(lines.at(i));
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.first(colon).compare(name, Qt::CaseInsensitive) == 0)
            return trimmedView(line.sliced(colon + 1)).toByteArray();
    }
    return {};
}

bool HttpFramer::closesConnection(const QByteArray &message)
{
    if (requestLine(message).trimmed().endsWith(" HTTP/1.0"))
        return true;
    const QList<QByteArray> tokens = headerValue(message, "connection").toLower().split(',');
    for (const QByteArray &token : tokens) {
        if (token.trimmed() == "close")
            return true;
    }
    return false;
}

bool HttpFramer::hasLoopbackHost(const QByteArray &message)
{
    return isLoopbackHostHeader(headerValue(message, "host"));
}

bool HttpFramer::isLoopbackHostHeader(const QByteArray &host)
{
    QByteArray name = host;
    QByteArray port;
    if (host.startsWith('[')) {
        const qsizetype close = host.indexOf(']');
        if (close < 0)
            return false;
        name = host.mid(1, close - 1);
        const QByteArray rest = host.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(':'))
            return false;
        port = rest.mid(1);
    } else if (const qsizetype colon = host.lastIndexOf(':'); colon >= 0) {
        name = host.left(colon);
        port = host.mid(colon + 1);
        if (port.isEmpty())
            return false;
    }
    for (char c : port) {
        if (c < '0' || c > '9')
            return false;
    }
    return !name.isEmpty() && isLoopbackHost(QString::fromLatin1(name));
}
