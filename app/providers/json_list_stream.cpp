#include "json_list_stream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <vector>
#include <yajl/yajl_parse.h>

using namespace Qt::StringLiterals;

namespace {
bool isAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; });
}

// What a value costs against the limits beyond its text: a rough size of its node.
constexpr qsizetype NodeBytes = 16;
} // namespace

struct JsonListStream::State
{
    enum class Top
    {
        None,
        Array,  // a bare array: its elements are the items
        Object, // an envelope: the items are under "data" or "users"
    };
    // A container being built: an item's, or one of the envelope's values.
    struct Frame
    {
        bool isObject = false;
        QJsonObject object;
        QJsonArray array;
        QString key;
    };

    ItemHandler onItem;
    Limits limits;
    yajl_handle parser = nullptr;
    Top top = Top::None;
    bool topClosed = false;
    bool inItems = false;
    bool itemsSeen = false;
    QString envelopeKey;
    QJsonObject envelope;
    qsizetype envelopeBytes = 0;
    std::vector<Frame> building;
    bool buildingItem = false;
    qsizetype valueBytes = 0;
    qint64 items = 0;
    bool failed = false;
    QString problem;
    static constexpr size_t KeyCacheSize = 32;
    QString keyCache[KeyCacheSize];
    // A container item is not built value by value: YAJL checks it and tracks its depth while
    // its bytes are copied, and QJsonDocument reads them at its end, at once.
    bool capturing = false;
    int captureDepth = 0;
    QByteArrayView chunk;      // what yajl_parse() is reading now
    qsizetype captureFrom = 0; // where the item begins in `chunk` (0 when it began earlier)
    QByteArray captured;       // the item's bytes from earlier chunks
    // Outside a captured item, YAJL keeps a token cut by a chunk's end until it is complete:
    // where the last event ended in `chunk`, and how much of a token has come since.
    qsizetype lastEvent = 0;
    bool tokenStarted = false;
    qsizetype tokenBytes = 0;

    qsizetype consumed() const { return qsizetype(yajl_get_bytes_consumed(parser)); }

    void event()
    {
        lastEvent = consumed();
        tokenStarted = false;
        tokenBytes = 0;
    }

    // The part of a token the chunk ends in, which YAJL keeps: bounded like the value it
    // becomes, where an escaped character is up to six bytes of text for one character.
    bool tokenWithinLimit(QByteArrayView bytes)
    {
        qsizetype from = lastEvent;
        if (!tokenStarted) {
            // What YAJL skips between tokens (its whitespace has \v and \f too).
            while (from < bytes.size() && QByteArrayView(" \t\n\v\f\r,:").contains(bytes[from]))
                ++from;
            tokenStarted = from < bytes.size();
        }
        if (tokenStarted)
            tokenBytes += bytes.size() - from;
        if (tokenBytes > 6 * limits.maxValueBytes + 16)
            return fail(u"a value larger than %1 bytes"_s.arg(limits.maxValueBytes));
        return true;
    }

    // An event inside an item being captured.
    int inCapture()
    {
        if (captured.size() + consumed() - captureFrom > limits.maxValueBytes)
            return fail(u"an item larger than %1 bytes"_s.arg(limits.maxValueBytes));
        return 1;
    }

    int fail(const QString &why)
    {
        failed = true;
        if (problem.isEmpty())
            problem = why;
        return 0;
    }

    int openDepth() const
    {
        return int(building.size()) + captureDepth + (top != Top::None ? 1 : 0) +
               (inItems && top == Top::Object ? 1 : 0);
    }

    bool countBytes(qsizetype bytes)
    {
        valueBytes += bytes + NodeBytes;
        if (valueBytes > limits.maxValueBytes) {
            const bool item = buildingItem || (building.empty() && (top == Top::Array || inItems));
            fail(item ? u"an item larger than %1 bytes"_s.arg(limits.maxValueBytes)
                      : u"an envelope larger than %1 bytes"_s.arg(limits.maxValueBytes));
            return false;
        }
        return true;
    }

    // A complete value outside any container being built: an item or an envelope's field.
    int deliver(QJsonValue value)
    {
        if (buildingItem || (top == Top::Array) || inItems) {
            ++items;
            buildingItem = false;
            valueBytes = 0;
            onItem(value);
            return 1;
        }
        envelopeBytes += valueBytes + envelopeKey.size();
        valueBytes = 0;
        if (envelopeBytes > limits.maxValueBytes)
            return fail(u"an envelope larger than %1 bytes"_s.arg(limits.maxValueBytes));
        envelope.insert(envelopeKey, value);
        return 1;
    }

    int scalar(QJsonValue value, qsizetype bytes)
    {
        event();
        if (!building.empty()) {
            if (!countBytes(bytes))
                return 0;
            Frame &frame = building.back();
            if (frame.isObject)
                frame.object.insert(frame.key, value);
            else
                frame.array.append(value);
            return 1;
        }
        if (top == Top::None)
            return fail(u"a single value, not a list"_s);
        if (!countBytes(bytes))
            return 0;
        return deliver(std::move(value));
    }

    int open(bool isObject)
    {
        if (openDepth() >= limits.maxDepth)
            return fail(u"nested deeper than %1"_s.arg(limits.maxDepth));
        if (capturing) {
            ++captureDepth;
            return inCapture();
        }
        event();
        if (building.empty() && top != Top::None && (top == Top::Array || inItems)) {
            capturing = true;
            captureDepth = 1;
            captured.clear();
            captureFrom = consumed() - 1; // the bracket just read
            return 1;
        }
        if (building.empty()) {
            if (top == Top::None) {
                top = isObject ? Top::Object : Top::Array;
                return 1;
            }
            if (top == Top::Object && !inItems && !isObject && !itemsSeen &&
                (envelopeKey == u"data" || envelopeKey == u"users")) {
                inItems = itemsSeen = true;
                return 1;
            }
            buildingItem = top == Top::Array || inItems;
            valueBytes = 0;
        }
        if (!countBytes(0))
            return 0;
        building.push_back(Frame{isObject, {}, {}, {}});
        return 1;
    }

    int close()
    {
        if (capturing) {
            if (!inCapture())
                return 0;
            if (--captureDepth > 0)
                return 1;
            capturing = false;
            event();
            captured.append(chunk.sliced(captureFrom, consumed() - captureFrom));
            const QJsonDocument item = QJsonDocument::fromJson(captured);
            captured.clear();
            if (item.isNull())
                return fail(u"an item QJsonDocument cannot read"_s);
            ++items;
            onItem(item.isObject() ? QJsonValue(item.object()) : QJsonValue(item.array()));
            return 1;
        }
        event();
        if (building.empty()) {
            if (inItems && top == Top::Object)
                inItems = false;
            else
                topClosed = true;
            return 1;
        }
        Frame frame = std::move(building.back());
        building.pop_back();
        QJsonValue value = frame.isObject ? QJsonValue(std::move(frame.object))
                                          : QJsonValue(std::move(frame.array));
        if (!building.empty()) {
            Frame &parent = building.back();
            if (parent.isObject)
                parent.object.insert(parent.key, value);
            else
                parent.array.append(value);
            return 1;
        }
        return deliver(std::move(value));
    }

    int key(const unsigned char *bytes, size_t length)
    {
        if (capturing)
            return inCapture();
        event();
        // Keys repeat in every item: the last text of each length is kept to spare a new one.
        const QByteArrayView name(bytes, qsizetype(length));
        QString *known = length < KeyCacheSize ? &keyCache[length] : nullptr;
        QString text;
        if (known && known->size() == qsizetype(length) && isAscii(name) &&
            QLatin1StringView(name) == *known)
            text = *known;
        else
            text = QString::fromUtf8(name);
        if (known)
            *known = text;
        if (!building.empty()) {
            if (!countBytes(text.size()))
                return 0;
            building.back().key = std::move(text);
        } else {
            envelopeKey = std::move(text);
        }
        return 1;
    }
};

namespace {
using State = JsonListStream::State;

State *of(void *context)
{
    return static_cast<State *>(context);
}

QString text(const unsigned char *bytes, size_t length)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(bytes), qsizetype(length));
}

// Numbers as QJsonDocument reads them: whole numbers that fit as integers, the rest as doubles.
QJsonValue number(const char *bytes, size_t length)
{
    const QByteArrayView view(bytes, qsizetype(length));
    bool whole = false;
    const qint64 integer = view.toLongLong(&whole);
    if (whole)
        return QJsonValue(integer);
    return QJsonValue(view.toDouble());
}

const yajl_callbacks Callbacks = {
    [](void *c) {
        return of(c)->capturing ? of(c)->inCapture()
                                : of(c)->scalar(QJsonValue(QJsonValue::Null), 4);
    },
    [](void *c, int value) {
        return of(c)->capturing ? of(c)->inCapture() : of(c)->scalar(QJsonValue(value != 0), 5);
    },
    nullptr,
    nullptr,
    [](void *c, const char *bytes, size_t length) {
        return of(c)->capturing ? of(c)->inCapture()
                                : of(c)->scalar(number(bytes, length), qsizetype(length));
    },
    [](void *c, const unsigned char *bytes, size_t length) {
        return of(c)->capturing ? of(c)->inCapture()
                                : of(c)->scalar(QJsonValue(text(bytes, length)), qsizetype(length));
    },
    [](void *c) { return of(c)->open(true); },
    [](void *c, const unsigned char *bytes, size_t length) { return of(c)->key(bytes, length); },
    [](void *c) { return of(c)->close(); },
    [](void *c) { return of(c)->open(false); },
    [](void *c) { return of(c)->close(); },
};
} // namespace

JsonListStream::JsonListStream(ItemHandler onItem, Limits limits)
    : m_state(std::make_unique<State>())
{
    m_state->onItem = std::move(onItem);
    m_state->limits = limits;
    m_state->parser = yajl_alloc(&Callbacks, nullptr, m_state.get());
}

JsonListStream::~JsonListStream()
{
    yajl_free(m_state->parser);
}

bool JsonListStream::feed(QByteArrayView bytes)
{
    State &s = *m_state;
    if (s.failed)
        return false;
    s.chunk = bytes;
    s.captureFrom = 0;
    s.lastEvent = 0;
    const yajl_status status = yajl_parse(
        s.parser, reinterpret_cast<const unsigned char *>(bytes.data()), size_t(bytes.size()));
    if (status == yajl_status_ok) {
        if (s.capturing) {
            s.captured.append(bytes.sliced(s.captureFrom));
            if (s.captured.size() > s.limits.maxValueBytes)
                return s.fail(u"an item larger than %1 bytes"_s.arg(s.limits.maxValueBytes));
        } else if (!s.tokenWithinLimit(bytes)) {
            return false;
        }
        s.chunk = {};
        return true;
    }
    if (status == yajl_status_error) {
        unsigned char *said = yajl_get_error(s.parser, 0, nullptr, 0);
        s.fail(QString::fromUtf8(reinterpret_cast<const char *>(said)).trimmed());
        yajl_free_error(s.parser, said);
    }
    return s.fail(u"not read"_s);
}

bool JsonListStream::finish()
{
    State &s = *m_state;
    if (s.failed)
        return false;
    if (yajl_complete_parse(s.parser) != yajl_status_ok)
        return s.fail(s.top == State::Top::None ? u"no answer"_s : u"the answer was cut short"_s);
    if (!s.topClosed)
        return s.fail(u"no list"_s);
    if (s.top == State::Top::Object && !s.itemsSeen)
        return s.fail(u"an object without a list under \"data\" or \"users\""_s);
    return true;
}

bool JsonListStream::failed() const
{
    return m_state->failed;
}

QString JsonListStream::problem() const
{
    return m_state->problem;
}

qint64 JsonListStream::itemCount() const
{
    return m_state->items;
}

QJsonObject JsonListStream::envelope() const
{
    return m_state->envelope;
}
