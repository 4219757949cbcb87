#include "request_pacer.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>

namespace {
constexpr qint64 MaxPauseMs = 10 * 60 * 1000;
constexpr double MinRate = 0.01;
// While requests wait, starts the event loop delayed are made good: the bucket keeps what it
// earned over up to half a second (at least half an interval), so that the average holds the
// budget on a busy main thread, and the starts of any one second never exceed the budget
// (WindowMs). Idle time never piles up: with nothing waiting, the bucket holds one token; nor
// does a pause: after one, the even pace starts again.
constexpr double CatchUpSeconds = 0.5;
constexpr double MinCatchUpTokens = 0.5;
constexpr qint64 WindowMs = 1000;

RequestPacer::Clock monotonicClock()
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    return [timer] { return timer->elapsed(); };
}
} // namespace

RequestPacer::RequestPacer(double budgetPerSecond, int maxConcurrent, QObject *parent, Clock clock)
    : QObject(parent), m_budget(std::max(MinRate, budgetPerSecond)), m_rate(m_budget),
      m_maxConcurrent(std::max(1, maxConcurrent)),
      m_clock(clock ? std::move(clock) : monotonicClock())
{
    m_updatedMs = m_clock();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RequestPacer::pump);
}

void RequestPacer::setBudget(double perSecond)
{
    refill(m_clock());
    m_budget = std::max(MinRate, perSecond);
    m_rate = m_budget;
    schedulePump(0);
}

quint64 RequestPacer::submit(Start start, bool urgent)
{
    if (m_queue.empty())
        refill(m_clock()); // the idle time, at the idle bucket's size
    const quint64 ticket = m_nextTicket++;
    if (urgent)
        m_queue.push_front(Entry{ticket, std::move(start)});
    else
        m_queue.push_back(Entry{ticket, std::move(start)});
    schedulePump(0);
    Q_EMIT changed();
    return ticket;
}

bool RequestPacer::withdraw(quint64 ticket)
{
    const auto it = std::find_if(m_queue.begin(), m_queue.end(),
                                 [ticket](const Entry &entry) { return entry.ticket == ticket; });
    if (it == m_queue.end())
        return false;
    m_queue.erase(it);
    Q_EMIT changed();
    return true;
}

void RequestPacer::release()
{
    m_inFlight = std::max(0, m_inFlight - 1);
    schedulePump(0);
    Q_EMIT changed();
}

void RequestPacer::pauseFor(qint64 ms)
{
    const qint64 until = m_clock() + std::clamp<qint64>(ms, 0, MaxPauseMs);
    m_pausedUntilMs = std::max(m_pausedUntilMs, until);
    // Tokens do not pile up during a pause: the provider wants silence, then an even pace.
    m_tokens = std::min(m_tokens, 1.0);
    schedulePump(0);
    Q_EMIT changed();
}

void RequestPacer::observeRateLimit(std::optional<int> limit, std::optional<int> remaining,
                                    std::optional<qint64> resetInMs)
{
    refill(m_clock());
    if (limit)
        m_rate = *limit > 0 ? std::min(m_budget, double(*limit)) : m_budget;
    if (remaining == 0 && resetInMs && *resetInMs > 0)
        pauseFor(*resetInMs);
}

qint64 RequestPacer::pausedForMs() const
{
    return std::max<qint64>(0, m_pausedUntilMs - m_clock());
}

void RequestPacer::refill(qint64 now)
{
    const double elapsedSeconds = double(std::max<qint64>(0, now - m_updatedMs)) / 1000.0;
    const bool afterPause = m_updatedMs < m_pausedUntilMs;
    const double capacity =
        m_queue.empty() ? 1.0
                        : 1.0 + (afterPause ? MinCatchUpTokens
                                            : std::max(MinCatchUpTokens, m_rate * CatchUpSeconds));
    const double filled = m_tokens + elapsedSeconds * m_rate;
    if (filled > capacity && m_updatedMs >= m_pausedUntilMs)
        (m_queue.empty()                 ? m_losses.idleTokens
         : m_inFlight >= m_maxConcurrent ? m_losses.busyTokens
                                         : m_losses.lateTokens) +=
            filled - std::max(capacity, m_tokens);
    m_tokens = std::min(capacity, filled);
    m_updatedMs = now;
}

void RequestPacer::pump()
{
    std::vector<Start> ready;
    const qint64 now = m_clock();
    refill(now);
    qint64 waitMs = -1;
    while (!m_queue.empty() && m_inFlight < m_maxConcurrent) {
        if (now < m_pausedUntilMs) {
            waitMs = m_pausedUntilMs - now;
            break;
        }
        if (m_tokens < 1.0) {
            waitMs = qint64(std::ceil((1.0 - m_tokens) / m_rate * 1000.0));
            break;
        }
        while (!m_recentStarts.empty() && m_recentStarts.front() <= now - WindowMs)
            m_recentStarts.pop_front();
        if (qsizetype(m_recentStarts.size()) >= qsizetype(std::ceil(m_rate))) {
            waitMs = m_recentStarts.front() + WindowMs - now;
            break;
        }
        m_recentStarts.push_back(now);
        m_tokens -= 1.0;
        ++m_inFlight;
        m_losses.peakInFlight = std::max(m_losses.peakInFlight, m_inFlight);
        ready.push_back(std::move(m_queue.front().start));
        m_queue.pop_front();
    }
    if (waitMs >= 0)
        schedulePump(waitMs);
    if (!ready.empty())
        Q_EMIT changed();
    // Started after the bookkeeping, so that a request failing at once can re-enter safely.
    for (Start &start : ready)
        start();
}

void RequestPacer::schedulePump(qint64 delayMs)
{
    if (m_timer.isActive() && m_timer.remainingTime() <= delayMs)
        return;
    m_timer.start(int(std::min<qint64>(delayMs, MaxPauseMs)));
}
