#include "rate_limit_headers.h"

#include <algorithm>

namespace {
constexpr qint64 UnixMillisecondsFrom = 1'000'000'000'000; // September 2001, in milliseconds
constexpr qint64 UnixSecondsFrom = 1'000'000'000;          // September 2001, in seconds
constexpr qint64 LargestSecondsFromNow = 60;
} // namespace

std::optional<int> RateLimitHeaders::number(const QByteArray &value)
{
    bool ok = false;
    const int number = value.trimmed().toInt(&ok);
    return ok && number >= 0 ? std::optional<int>(number) : std::nullopt;
}

std::optional<qint64> RateLimitHeaders::resetIn(const QByteArray &value, const QDateTime &now)
{
    bool ok = false;
    const qint64 number = value.trimmed().toLongLong(&ok);
    if (!ok || number < 0)
        return std::nullopt;
    qint64 ms = 0;
    if (number >= UnixMillisecondsFrom)
        ms = number - now.toMSecsSinceEpoch();
    else if (number >= UnixSecondsFrom)
        ms = number * 1000 - now.toMSecsSinceEpoch();
    else if (number > LargestSecondsFromNow)
        ms = number;
    else
        ms = number * 1000;
    return std::max<qint64>(0, ms);
}
