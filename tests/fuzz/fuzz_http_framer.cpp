// The sandbox's HTTP framer, fed a byte stream in pieces the input chooses.
//
// Input: byte 0 chooses the body limit (bits 0-1) and how many of the next bytes are piece
// sizes (bits 2-4, up to 7); the rest is the stream, appended piece by piece (the sizes in
// turn, a size of 0 meaning 1), with every complete message taken after each piece. Checks: the
// messages and the failure are the same as when the stream comes in one piece; a failure is 400,
// 413 or 431; each message is a prefix of what is left of the stream; the helpers that read a
// message (path, headers, Host) do not crash on it.
#include "http_framer.h"

#include <QList>
#include <cstdint>

namespace {
void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

struct Framing
{
    QList<QByteArray> messages;
    int failureStatus = 0;
};

void takeAll(HttpFramer &framer, Framing &framing)
{
    while (std::optional<QByteArray> message = framer.takeMessage()) {
        check(!message->isEmpty());
        (void)HttpFramer::requestPath(*message);
        (void)HttpFramer::headerValue(*message, "content-type");
        (void)HttpFramer::closesConnection(*message);
        (void)HttpFramer::hasLoopbackHost(*message);
        framing.messages.append(*message);
    }
    if (framer.failed()) {
        const int status = framer.failureStatus();
        check(status == 400 || status == 413 || status == 431);
        check(!framer.takeMessage());
        framing.failureStatus = status;
    }
}

Framing frame(qint64 maxBody, const QByteArray &stream, const QList<qsizetype> &pieces)
{
    HttpFramer framer(maxBody);
    Framing framing;
    qsizetype at = 0;
    for (qsizetype i = 0; at < stream.size(); ++i) {
        const qsizetype piece =
            pieces.isEmpty() ? stream.size() : std::max<qsizetype>(1, pieces.at(i % pieces.size()));
        framer.append(stream.mid(at, piece));
        at += piece;
        takeAll(framer, framing);
    }
    takeAll(framer, framing);
    return framing;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static constexpr qint64 BodyLimits[] = {HttpFramer::DefaultMaxBodySize, 0, 16, 1024};
    const qint64 maxBody = BodyLimits[data[0] & 3];
    const size_t pieceCount = std::min<size_t>((data[0] >> 2) & 7, size - 1);
    QList<qsizetype> pieces;
    for (size_t i = 0; i < pieceCount; ++i)
        pieces.append(data[1 + i]);
    const size_t offset = 1 + pieceCount;
    const QByteArray stream(reinterpret_cast<const char *>(data + offset),
                            qsizetype(size - offset));

    const Framing split = frame(maxBody, stream, pieces);
    const Framing whole = frame(maxBody, stream, {});
    check(split.messages == whole.messages);
    check(split.failureStatus == whole.failureStatus);
    // The messages are the stream's start, in order.
    QByteArray joined;
    for (const QByteArray &message : split.messages)
        joined.append(message);
    check(stream.startsWith(joined));

    // The Host check on the bytes themselves, as a header value.
    (void)HttpFramer::isLoopbackHostHeader(stream.left(64));
    return 0;
}
