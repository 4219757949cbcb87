#pragma once

#include <QByteArray>
#include <QDateTime>
#include <optional>

// Retry-After in either of its forms: delta-seconds ("120") or an HTTP-date
// ("Wed, 21 Oct 2015 07:28:00 GMT"). Answers the wait in milliseconds, never negative.
std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

// Full-jitter exponential backoff: a uniform wait in [0, min(capMs, baseMs * 2^attempt)].
qint64 fullJitterBackoffMs(int attempt, qint64 baseMs, qint64 capMs);
