#include "idempotency_keys.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {
QString requestName(QByteArrayView method, const QString &path)
{
    return QString::fromLatin1(method) + u' ' + path;
}
} // namespace

IdempotencyKeys::IdempotencyKeys(Clock clock) : m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

IdempotencyKeys::Lookup IdempotencyKeys::find(const QByteArray &apiKey, const QString &key,
                                              QByteArrayView method, const QString &path)
{
    const qint64 nowMs = m_clock();
    forgetExpired(nowMs);
    const auto it = m_entries.constFind({apiKey, key});
    if (it == m_entries.cend())
        return Lookup{};
    if (it->expiresAtMs <= nowMs) {
        m_entries.erase(it);
        return Lookup{};
    }
    if (it->request != requestName(method, path))
        return Lookup{Outcome::Conflict, {}, it->request};
    ++m_replays;
    return Lookup{Outcome::Replay, it->response, it->request};
}

void IdempotencyKeys::remember(const QByteArray &apiKey, const QString &key, QByteArrayView method,
                               const QString &path, const ApiResponse &response)
{
    m_entries.insert({apiKey, key},
                     Entry{requestName(method, path), response, m_clock() + LifetimeMs});
}

void IdempotencyKeys::forgetExpired(qint64 nowMs)
{
    if (nowMs < m_nextSweepMs)
        return;
    m_nextSweepMs = nowMs + SweepIntervalMs;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->expiresAtMs <= nowMs)
            it = m_entries.erase(it);
        else
            ++it;
    }
}
