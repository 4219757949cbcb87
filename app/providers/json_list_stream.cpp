#include "json_list_stream.h"

#include <QJsonArray>
#include <vector>
#include <yajl/yajl_parse.h>

using namespace Qt::StringLiterals;

namespace {
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

    int fail(const QString &why)
    {
        failed = true;
        if (problem.isEmpty())
            problem = why;
        return 0;
    }

    int openDepth() const
    {
        return int(building.size()) + (top != Top::None ? 1 : 0) +
               (inItems && top == Top::Object ? 1 : 0);
    }

    bool countBytes(qsizetype bytes)
    {
        valueBytes += bytes + NodeBytes;
        if (valueBytes > limits.maxValueBytes) {
            fail(buildingItem ? u"an item larger than %1 bytes"_s.arg(limits.maxValueBytes)
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
        envelopeBytes += valueBytes;
        valueBytes = 0;
        if (envelopeBytes > limits.maxValueBytes)
            return fail(u"an envelope larger than %1 bytes"_s.arg(limits.maxValueBytes));
        envelope.insert(envelopeKey, value);
        return 1;
    }

    int scalar(QJsonValue value, qsizetype bytes)
    {
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

    int key(QString name)
    {
        if (!building.empty()) {
            if (!countBytes(name.size()))
                return 0;
            building.back().key = std::move(name);
        } else {
            envelopeKey = std::move(name);
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
    [](void *c) { return of(c)->scalar(QJsonValue(QJsonValue::Null), 4); },
    [](void *c, int value) { return of(c)->scalar(QJsonValue(value != 0), 5); },
    nullptr,
    nullptr,
    [](void *c, const char *bytes, size_t length) {
        return of(c)->scalar(number(bytes, length), qsizetype(length));
    },
    [](void *c, const unsigned char *bytes, size_t length) {
        return of(c)->scalar(QJsonValue(text(bytes, length)), qsizetype(length));
    },
    [](void *c) { return of(c)->open(true); },
    [](void *c, const unsigned char *bytes, size_t length) {
        return of(c)->key(text(bytes, length));
    },
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
    const yajl_status status = yajl_parse(
        s.parser, reinterpret_cast<const unsigned char *>(bytes.data()), size_t(bytes.size()));
    if (status == yajl_status_ok)
        return true;
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
