#include "response_passage.h"

#include "http_framer.h"

#include <algorithm>

std::optional<ResponsePassage::Piece> ResponsePassage::take(qint64 maxBytes)
{
    if (m_failed)
        return std::nullopt;
    if (!m_inBody) {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            m_failed = m_buffer.size() > HttpFramer::MaxHeadSize;
            return std::nullopt;
        }
        const qsizetype headSize = headEnd + 4;
        QByteArray head = m_buffer.left(headSize);
        const QByteArray length = HttpFramer::headerValue(head, "content-length");
        bool ok = false;
        m_bodyLeft = length.toLongLong(&ok);
        if (!ok || m_bodyLeft < 0) {
            m_failed = true;
            return std::nullopt;
        }
        m_buffer.remove(0, headSize);
        m_answerSize = headSize + m_bodyLeft;
        const bool bodyless = m_bodyLeft == 0;
        m_inBody = !bodyless;
        return Piece{std::move(head), bodyless, m_answerSize};
    }
    const qint64 size = std::min({maxBytes, m_bodyLeft, qint64(m_buffer.size())});
    if (size == 0 && m_bodyLeft > 0)
        return std::nullopt;
    Piece piece{m_buffer.left(size), false, m_answerSize};
    m_buffer.remove(0, size);
    m_bodyLeft -= size;
    if (m_bodyLeft == 0) {
        piece.endsAnswer = true;
        m_inBody = false;
    }
    return piece;
}
