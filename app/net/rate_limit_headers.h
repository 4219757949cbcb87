#pragma once

#include <QByteArray>
#include <QDateTime>
#include <optional>

// What a provider's x-ratelimit-* headers say. A header that is missing or not a number says
// nothing: a missing x-ratelimit-remaining is never read as 0.
struct RateLimitHeaders
{
    std::optional<int> limit;
    std::optional<int> remaining;
    std::optional<qint64> resetInMs;

    // `header` answers a header's value by name, empty when absent.
    template <typename HeaderOf> static RateLimitHeaders read(HeaderOf header, const QDateTime &now)
    {
        return {number(header("x-ratelimit-limit")), number(header("x-ratelimit-remaining")),
                resetIn(header("x-ratelimit-reset"), now)};
    }
    bool any() const { return limit || remaining || resetInMs; }

    static std::optional<int> number(const QByteArray &value);
    // x-ratelimit-reset in any of the forms seen: Unix time in milliseconds or in seconds, or a
    // time from now. Heartbeat's live answers reset about 2 s ahead; a per-second limit never
    // resets a minute ahead, so a small number above 60 is taken as milliseconds from now and
    // one up to 60 as seconds (a guess, see docs/core.md).
    static std::optional<qint64> resetIn(const QByteArray &value, const QDateTime &now);
};
