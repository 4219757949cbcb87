#pragma once

#include <QByteArray>
#include <optional>

// Passes the answers of the sandbox's own HTTP server through FaultRelay as they arrive, one
// piece at a time, so that no answer is ever held whole: the head once complete, then the body's
// bytes up to its Content-Length. That server always sends a Content-Length; an answer without
// one, or a head over HttpFramer::MaxHeadSize, fails the passage.
class ResponsePassage
{
public:
    struct Piece
    {
        QByteArray bytes;
        bool endsAnswer = false;
        qint64 answerSize = 0; // head and body of the answer this piece belongs to
    };

    void append(const QByteArray &bytes) { m_buffer.append(bytes); }
    qsizetype buffered() const { return m_buffer.size(); }
    // At most `maxBytes` of the current answer (a head comes whole), or nothing yet.
    std::optional<Piece> take(qint64 maxBytes);
    bool failed() const { return m_failed; }

private:
    QByteArray m_buffer;
    bool m_failed = false;
    bool m_inBody = false;
    qint64 m_bodyLeft = 0;
    qint64 m_answerSize = 0;
};
