#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <functional>
#include <memory>

// A list answer read as its bytes arrive (YAJL's push parser), in the shapes
// ProviderJson::listItems() reads whole: a bare array, or the array under "data" or "users"
// (the first of them) in an envelope such as {data, meta} or {data, total}. Each item is handed
// over as soon as it is complete, as a QJsonValue, so that the providers' readers of one user
// stay the one place that reads a user; the rest of the envelope is kept (envelope()) for the
// counts the completeness checks need.
//
// Bounded: an item or the envelope larger than Limits::maxValueBytes, or nested deeper than
// Limits::maxDepth, is an error rather than memory without end.
class JsonListStream
{
public:
    struct Limits
    {
        int maxDepth = 32;
        qsizetype maxValueBytes = 1024 * 1024;
    };
    using ItemHandler = std::function<void(const QJsonValue &item)>;

    // `onItem` may not destroy the stream.
    explicit JsonListStream(ItemHandler onItem) : JsonListStream(std::move(onItem), Limits{}) {}
    JsonListStream(ItemHandler onItem, Limits limits);
    ~JsonListStream();
    JsonListStream(const JsonListStream &) = delete;
    JsonListStream &operator=(const JsonListStream &) = delete;

    // More of the answer; false once it cannot be read (failed()).
    bool feed(QByteArrayView bytes);
    // The answer ended: false when it was cut short, malformed or no list.
    bool finish();

    bool failed() const;
    // What went wrong, for developers (YAJL's words, or the limit that was crossed).
    QString problem() const;
    qint64 itemCount() const;
    // The top-level object without its list; empty for a bare array.
    QJsonObject envelope() const;

    struct State; // YAJL's callbacks reach it

private:
    std::unique_ptr<State> m_state;
};
