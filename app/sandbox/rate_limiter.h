#pragma once

#include <QByteArray>
#include <QHash>
#include <functional>

// A token bucket per API key: `rate` requests per second with a burst of one second's worth.
class RateLimiter
{
public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch

    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetEpochSeconds = 0; // when the bucket is full again
        int retryAfterSeconds = 0;    // only meaningful when !allowed
    };

    explicit RateLimiter(double ratePerSecond, Clock clock = {});

    bool enabled() const { return m_rate > 0; }
    Decision take(const QByteArray &key);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };

    void refill(Bucket &bucket, qint64 nowMs) const;
    void forgetIdleBuckets(qint64 nowMs);

    double m_rate;
    double m_capacity;
    Clock m_clock;
    QHash<QByteArray, Bucket> m_buckets;
};
