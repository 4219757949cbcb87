#pragma once

#include <QObject>
#include <QTimer>
#include <deque>
#include <functional>
#include <optional>

// Paces the requests made with one API key: a token bucket at the workspace's budget without a
// burst, so requests leave evenly spaced (idle time never piles up; only starts the event loop
// delayed, up to half a second of them, are made good sooner, so that the average holds the
// budget, and never more starts in any one second than the budget), at most `maxConcurrent` in
// flight, and a pause of the whole queue when the provider says so (429 + Retry-After, or
// x-ratelimit-remaining: 0).
class RequestPacer : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // monotonic milliseconds
    using Start = std::function<void()>;

    RequestPacer(double budgetPerSecond, int maxConcurrent, QObject *parent = nullptr,
                 Clock clock = {});

    void setBudget(double perSecond);
    double budget() const { return m_budget; }
    // The budget, lowered to what the provider's x-ratelimit-limit announces.
    double effectiveRate() const { return m_rate; }

    // Queues `start`, which runs once a token and a slot are free and no pause holds. Urgent
    // requests (a retry after 429) go to the front. Answers a ticket for withdraw().
    quint64 submit(Start start, bool urgent = false);
    bool withdraw(quint64 ticket);
    // A started request has finished and frees its slot.
    void release();

    void pauseFor(qint64 ms);
    // What x-ratelimit-* said (RateLimitHeaders): a missing figure changes nothing.
    void observeRateLimit(std::optional<int> limit, std::optional<int> remaining,
                          std::optional<qint64> resetInMs);

    // What kept requests from leaving at the budget, for the benchmarks: tokens the bucket let
    // go while requests waited and no pause held, because a start came later than the catch-up
    // makes good (`lateTokens`: the event loop was busy) or every slot was taken (`busyTokens`),
    // and the most requests in flight at once; and those it let go with nothing queued
    // (`idleTokens`: the caller had nothing to send, or had not sent it yet).
    struct Losses
    {
        double lateTokens = 0;
        double busyTokens = 0;
        double idleTokens = 0;
        int peakInFlight = 0;
    };
    const Losses &losses() const { return m_losses; }

    int queued() const { return int(m_queue.size()); }
    int inFlight() const { return m_inFlight; }
    qint64 pausedForMs() const;

Q_SIGNALS:
    void changed();

private:
    struct Entry
    {
        quint64 ticket;
        Start start;
    };

    void refill(qint64 now);
    void pump();
    void schedulePump(qint64 delayMs);

    double m_budget;
    double m_rate;
    int m_maxConcurrent;
    Clock m_clock;
    std::deque<Entry> m_queue;
    int m_inFlight = 0;
    double m_tokens = 1;
    qint64 m_updatedMs = 0;
    qint64 m_pausedUntilMs = 0;
    quint64 m_nextTicket = 1;
    std::deque<qint64> m_recentStarts; // the last second's, in clock time
    Losses m_losses;
    QTimer m_timer;
};
