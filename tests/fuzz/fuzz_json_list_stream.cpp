// A provider's list answer read as it arrives: JsonListStream fed a body in pieces the input
// chooses, and MemberListReader reading the same body as Heartbeat's users.
//
// Input: byte 0 chooses the piece sizes (bits 0-2: 16 KB, 1, 7, 64, 4096 bytes, or sizes from
// 1 to 13 in turn) and the limits (bits 3-4: the defaults, depth 4 and 256 bytes, depth 8 and
// 1 KB, depth 2 and 16 bytes); the rest is the body. Each piece is fed even after a failure,
// then finish(). Checks: the items, the envelope and the outcome (success, or a failure with a
// problem) are the same as when the body comes in one piece; every item and the envelope are
// within the limits (depth, the text of their strings and keys); the item count never goes back and
// is the items handed over; no item comes after a failure, and feed() and finish() keep saying it
// failed; the reader of members counts every item either as a member or as unreadable, hands the
// members on in batches no larger than asked (all of them by the end), and reads, with its default
// limits, every list the stream reads in one piece with those limits. FUZZ_VERBOSE=1 prints each
// input's items and outcome, whole and in pieces.
#include "heartbeat_profile.h"
#include "json_list_stream.h"
#include "member_list_reader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

using Pieces = qsizetype (*)(qsizetype index);

struct Reading
{
    QList<QJsonValue> items;
    bool ok = false;
    QString problem;
    QJsonObject envelope;
};

// The depth of a value (a scalar is 0) and the length of the text its strings and keys hold.
int depthOf(const QJsonValue &value, qsizetype &text)
{
    int deepest = 0;
    if (value.isString()) {
        text += value.toString().size();
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            deepest = std::max(deepest, depthOf(element, text));
        return deepest + 1;
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            text += it.key().size();
            deepest = std::max(deepest, depthOf(it.value(), text));
        }
        return deepest + 1;
    }
    return deepest;
}

Reading readStream(const QByteArray &body, Pieces pieces, JsonListStream::Limits limits)
{
    Reading reading;
    bool failedBefore = false;
    JsonListStream *current = nullptr;
    JsonListStream stream(
        [&](const QJsonValue &item) {
            check(!failedBefore);
            check(!current->failed());
            qsizetype text = 0;
            // Within the top-level array, so one level less than the limit.
            check(depthOf(item, text) <= limits.maxDepth - 1);
            check(text <= limits.maxValueBytes);
            reading.items.append(item);
        },
        limits);
    current = &stream;
    qint64 count = 0;
    qsizetype at = 0;
    for (qsizetype i = 0; at < body.size(); ++i) {
        const qsizetype piece = std::min(pieces(i), body.size() - at);
        const bool fed = stream.feed(QByteArrayView(body).sliced(at, piece));
        at += piece;
        check(fed == !stream.failed());
        check(stream.itemCount() >= count);
        count = stream.itemCount();
        check(count == reading.items.size());
        if (stream.failed()) {
            check(!stream.problem().isEmpty());
            failedBefore = true;
        }
    }
    reading.ok = stream.finish();
    reading.problem = stream.problem();
    reading.envelope = stream.envelope();
    qsizetype envelopeText = 0;
    check(depthOf(reading.envelope, envelopeText) <= limits.maxDepth);
    check(envelopeText <= limits.maxValueBytes);
    check(reading.ok == !stream.failed());
    check(!failedBefore || !reading.ok);
    // The end may complete a last number ("[13" ends it).
    check(stream.itemCount() >= count);
    count = stream.itemCount();
    check(count == reading.items.size());
    if (!reading.ok) {
        check(!stream.problem().isEmpty());
        check(!stream.feed("[]"));
        check(!stream.finish());
        check(stream.itemCount() == count);
    }
    return reading;
}

void readMembers(const QByteArray &body, Pieces pieces, const Reading &expected)
{
    constexpr qsizetype BatchSize = 3;
    qint64 handedOn = 0;
    MemberListReader reader(HeartbeatProfile::memberFrom, BatchSize,
                            [&](QList<RemoteMember> batch) {
                                check(!batch.isEmpty() && batch.size() <= BatchSize);
                                handedOn += batch.size();
                            });
    qsizetype at = 0;
    for (qsizetype i = 0; at < body.size(); ++i) {
        const qsizetype piece = std::min(pieces(i), body.size() - at);
        reader.feed(QByteArrayView(body).sliced(at, piece));
        at += piece;
        check(reader.membersRead() + reader.unreadable() == reader.itemCount());
        check(handedOn <= reader.membersRead());
    }
    const bool ok = reader.finish();
    check(ok == !reader.failed());
    // Default limits only (the stream above may have had smaller ones): compare with the
    // outcome only when they were the same.
    if (expected.ok)
        check(ok);
    check(reader.membersRead() + reader.unreadable() == reader.itemCount());
    if (ok)
        check(handedOn == reader.membersRead());
    if (expected.ok)
        check(reader.itemCount() == expected.items.size());
}

constexpr Pieces PieceChoices[] = {
    [](qsizetype) -> qsizetype { return 16 * 1024; },
    [](qsizetype) -> qsizetype { return 1; },
    [](qsizetype) -> qsizetype { return 7; },
    [](qsizetype) -> qsizetype { return 64; },
    [](qsizetype) -> qsizetype { return 4096; },
    [](qsizetype i) -> qsizetype { return 1 + i % 13; },
    [](qsizetype i) -> qsizetype { return 1 + i % 13; },
    [](qsizetype i) -> qsizetype { return 1 + i % 13; },
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const JsonListStream::Limits LimitChoices[] = {
        JsonListStream::Limits{}, {4, 256}, {8, 1024}, {2, 16}};
    const Pieces pieces = PieceChoices[data[0] & 7];
    const JsonListStream::Limits limits = LimitChoices[(data[0] >> 3) & 3];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const Reading split = readStream(body, pieces, limits);
    const Reading whole = readStream(
        body, [](qsizetype) -> qsizetype { return 1 << 30; }, limits);
    check(split.items == whole.items);
    check(split.ok == whole.ok);
    check(split.envelope == whole.envelope);

    const Reading withDefaults =
        (data[0] >> 3) & 3
            ? readStream(
                  body, [](qsizetype) -> qsizetype { return 1 << 30; }, JsonListStream::Limits{})
            : whole;
    readMembers(body, pieces, withDefaults);
    if (std::getenv("FUZZ_VERBOSE")) {
        std::fprintf(stderr, "  %lld items, %s; in pieces %s\n", qlonglong(whole.items.size()),
                     whole.ok ? "read" : qPrintable(whole.problem),
                     split.ok ? "read" : qPrintable(split.problem));
    }
    return 0;
}
