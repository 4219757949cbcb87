#pragma once

#include "api_message.h"

#include <QHash>
#include <functional>

// Forward's x-idempotency-key (live): the first answer to a write is kept for an hour under its
// key, per API key, and given again to a resend of the same method and path, which changes
// nothing. A key reused for another method or path is a conflict.
class IdempotencyKeys
{
public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch
    static constexpr qint64 LifetimeMs = 60 * 60 * 1000;
    static constexpr qsizetype MinimumLength = 10;
    static constexpr qsizetype MaximumLength = 255; // a guess

    explicit IdempotencyKeys(Clock clock = {});

    enum class Outcome
    {
        New,     // run the write, then remember() its answer
        Replay,  // answer `response` again
        Conflict // the key was used for another request
    };
    struct Lookup
    {
        Outcome outcome = Outcome::New;
        ApiResponse response;
        QString firstRequest; // "POST /forward/users", for a conflict
    };

    Lookup find(const QByteArray &apiKey, const QString &key, QByteArrayView method,
                const QString &path);
    void remember(const QByteArray &apiKey, const QString &key, QByteArrayView method,
                  const QString &path, const ApiResponse &response);
    qint64 replays() const { return m_replays; }

private:
    struct Entry
    {
        QString request; // method and path
        ApiResponse response;
        qint64 expiresAtMs = 0;
    };

    // Drops expired keys, at most once per SweepIntervalMs so that a write stays cheap.
    void forgetExpired(qint64 nowMs);
    static constexpr qint64 SweepIntervalMs = 60 * 1000;

    Clock m_clock;
    QHash<QPair<QByteArray, QString>, Entry> m_entries;
    qint64 m_replays = 0;
    qint64 m_nextSweepMs = 0;
};
