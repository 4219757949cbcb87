#include "rate_limiter.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>

namespace {
constexpr qsizetype MaxTrackedKeys = 10000;
}

RateLimiter::RateLimiter(double ratePerSecond, Clock clock)
    : m_rate(std::max(0.0, ratePerSecond)), m_capacity(std::max(1.0, m_rate)),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{}

void RateLimiter::refill(Bucket &bucket, qint64 nowMs) const
{
    const double elapsedSeconds = double(std::max<qint64>(0, nowMs - bucket.updatedMs)) / 1000.0;
    bucket.tokens = std::min(m_capacity, bucket.tokens + elapsedSeconds * m_rate);
    bucket.updatedMs = nowMs;
}

void RateLimiter::forgetIdleBuckets(qint64 nowMs)
{
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        refill(it.value(), nowMs);
        if (it.value().tokens >= m_capacity)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

RateLimiter::Decision RateLimiter::take(const QByteArray &key)
{
    if (!enabled())
        return {};
    const qint64 nowMs = m_clock();
    if (m_buckets.size() >= MaxTrackedKeys && !m_buckets.contains(key))
        forgetIdleBuckets(nowMs);

    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{m_capacity, nowMs});
    Bucket &bucket = it.value();
    refill(bucket, nowMs);

    Decision decision;
    decision.limit = int(std::lround(m_capacity));
    decision.allowed = bucket.tokens >= 1.0;
    if (decision.allowed)
        bucket.tokens -= 1.0;
    else
        decision.retryAfterSeconds = std::max(1, int(std::ceil((1.0 - bucket.tokens) / m_rate)));
    decision.remaining = int(std::floor(bucket.tokens));
    const double msUntilFull = (m_capacity - bucket.tokens) / m_rate * 1000.0;
    decision.resetEpochSeconds = qint64(std::ceil((double(nowMs) + msUntilFull) / 1000.0));
    return decision;
}
