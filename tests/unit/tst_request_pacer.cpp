// RequestPacer with a fake clock: the pace, the concurrency bound, pauses, urgent requests,
// withdrawal and the adaptation to x-ratelimit-* headers. The pacer's own QTimer still runs in
// real time; it only decides when to look at the clock again, so each check lets the event loop
// run (QTRY_* for what must happen, a short wait for what must not) while every decision is
// made on the fake clock's time alone.
#include "request_pacer.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRequestPacer : public QObject
{
    Q_OBJECT

    static constexpr qint64 StartMs = 5'000'000;
    qint64 m_nowMs = StartMs;
    int m_clockReads = 0;
    QList<int> m_started;
    QList<qint64> m_startedAtMs;

    RequestPacer::Clock clock()
    {
        return [this] {
            ++m_clockReads;
            return m_nowMs;
        };
    }

    RequestPacer::Start starter(int id)
    {
        return [this, id] {
            m_started.append(id);
            m_startedAtMs.append(m_nowMs);
        };
    }

    void submitMany(RequestPacer &pacer, int count)
    {
        for (int i = 0; i < count; ++i)
            pacer.submit(starter(i));
    }

    // Lets the pacer's timer fire a few times at the current fake time. Long enough for a timer
    // armed for one interval at the rates used here (at most 50 ms).
    static void settle() { QTest::qWait(150); }

    // Moves the fake clock on in steps, letting the pacer look at each step.
    void advanceInSteps(int steps, qint64 stepMs)
    {
        for (int i = 0; i < steps; ++i) {
            m_nowMs += stepMs;
            QTest::qWait(25);
        }
        settle();
    }

private Q_SLOTS:
    void init()
    {
        m_nowMs = StartMs;
        m_started.clear();
        m_startedAtMs.clear();
    }

    void startsEvenlyAtTheBudgetWithoutABurst()
    {
        RequestPacer pacer(20, 100, nullptr, clock()); // one start every 50 ms
        QCOMPARE(pacer.budget(), 20.0);
        QCOMPARE(pacer.effectiveRate(), 20.0);
        submitMany(pacer, 3);
        QCOMPARE(pacer.queued(), 3);

        QTRY_COMPARE(m_started.size(), 1); // one token to begin with, not twenty
        settle();
        QCOMPARE(m_started.size(), 1);
        m_nowMs += 48;
        settle();
        QCOMPARE(m_started.size(), 1);
        m_nowMs += 3; // 51 ms after the first start
        QTRY_COMPARE(m_started.size(), 2);
        settle();
        QCOMPARE(m_started.size(), 2);
        m_nowMs += 51;
        QTRY_COMPARE(m_started.size(), 3);

        // Idle time does not pile up into a burst: after ten seconds with nothing to send, one
        // start, then the even pace again.
        QCOMPARE(pacer.queued(), 0);
        m_nowMs += 10'000;
        pacer.submit(starter(3));
        pacer.submit(starter(4));
        QTRY_COMPARE(m_started.size(), 4);
        settle();
        QCOMPARE(m_started.size(), 4);
        m_nowMs += 51;
        QTRY_COMPARE(m_started.size(), 5);

        QCOMPARE(m_started, (QList<int>{0, 1, 2, 3, 4}));
        QCOMPARE(pacer.queued(), 0);
        QCOMPARE(pacer.inFlight(), 5);
    }

    void steadyRunKeepsTheSpacing()
    {
        RequestPacer pacer(20, 100, nullptr, clock());
        submitMany(pacer, 100);
        QTRY_COMPARE(m_started.size(), 1);
        // One fake second in steps of 10 ms: 20 starts (the one at 0 ms and one per 50 ms up to
        // 950 ms), never two closer than 50 ms. Each step waits until the pacer has looked at
        // the clock, so a slow machine cannot make a start late in fake time.
        for (int step = 0; step < 99; ++step) {
            m_nowMs += 10;
            const int reads = m_clockReads;
            QTRY_VERIFY(m_clockReads > reads);
        }
        settle();
        QVERIFY2(m_started.size() >= 19 && m_started.size() <= 20,
                 qPrintable(QString::number(m_started.size())));
        // 60 ms only where floating-point sums land a hair short of a whole token at 50 ms.
        for (qsizetype i = 1; i < m_startedAtMs.size(); ++i) {
            const qint64 gap = m_startedAtMs[i] - m_startedAtMs[i - 1];
            QVERIFY2(gap >= 50 && gap <= 60, qPrintable(u"gap %1 is %2 ms"_s.arg(i).arg(gap)));
        }
    }

    void aLateStartLetsTheNextComeSooner()
    {
        // The main thread was busy: the start due at 50 ms happens at 70 ms. The next comes at
        // 100 ms, not 120: the average keeps the budget. A stall of half a second is made good
        // at once (ten starts); a longer one only for its last half second.
        RequestPacer pacer(20, 100, nullptr, clock());
        submitMany(pacer, 40);
        QTRY_COMPARE(m_started.size(), 1);
        m_nowMs += 70;
        QTRY_COMPARE(m_started.size(), 2);
        m_nowMs += 29;
        settle();
        QCOMPARE(m_started.size(), 2);
        m_nowMs += 1;
        QTRY_COMPARE(m_started.size(), 3);
        m_nowMs += 500; // the ten starts of half a second
        QTRY_COMPARE(m_started.size(), 13);
        settle();
        QCOMPARE(m_started.size(), 13);
        m_nowMs += 49;
        settle();
        QCOMPARE(m_started.size(), 13);
        m_nowMs += 1;
        QTRY_COMPARE(m_started.size(), 14);
    }

    void aLongStallIsMadeGoodForHalfASecondOnly()
    {
        RequestPacer pacer(20, 100, nullptr, clock());
        submitMany(pacer, 40);
        QTRY_COMPARE(m_started.size(), 1);
        m_nowMs += 3000; // three seconds late: half a second of them is made good, and one more
        QTRY_COMPARE(m_started.size(), 12);
        settle();
        QCOMPARE(m_started.size(), 12);
    }

    void neverMoreStartsInASecondThanTheBudget()
    {
        // Catching up after two stalls within one second: the twentieth start of that second
        // is the last until its first start is a second old.
        RequestPacer pacer(20, 100, nullptr, clock());
        submitMany(pacer, 40);
        QTRY_COMPARE(m_started.size(), 1); // at 0 ms
        m_nowMs += 500;
        QTRY_COMPARE(m_started.size(), 11); // ten made good at 500 ms
        m_nowMs += 499;
        QTRY_COMPARE(m_started.size(), 20); // tokens for ten, room for nine in the second
        settle();
        QCOMPARE(m_started.size(), 20);
        m_nowMs += 1; // the start at 0 ms is a second old
        QTRY_COMPARE(m_started.size(), 21);
        for (qsizetype i = 20; i < m_startedAtMs.size(); ++i)
            QVERIFY(m_startedAtMs[i] - m_startedAtMs[i - 20] >= 1000);
    }

    void neverMoreThanMaxConcurrentInFlight()
    {
        RequestPacer pacer(1000, 3, nullptr, clock()); // a token every 1 ms: slots bind
        int mostInFlight = 0;
        for (int i = 0; i < 10; ++i) {
            pacer.submit([&, i] {
                m_started.append(i);
                mostInFlight = std::max(mostInFlight, pacer.inFlight());
            });
        }
        advanceInSteps(10, 100);
        QCOMPARE(m_started.size(), 3);
        QCOMPARE(pacer.inFlight(), 3);
        QCOMPARE(pacer.queued(), 7);

        pacer.release();
        QTRY_COMPARE(m_started.size(), 4);
        advanceInSteps(5, 100);
        QCOMPARE(m_started.size(), 4);
        pacer.release();
        pacer.release();
        advanceInSteps(5, 100);
        QCOMPARE(m_started.size(), 6);
        QCOMPARE(pacer.inFlight(), 3);

        // A release too many does not open a fourth slot.
        for (int i = 0; i < 6; ++i)
            pacer.release();
        QCOMPARE(pacer.inFlight(), 0);
        advanceInSteps(6, 100);
        QCOMPARE(m_started.size(), 9);
        QCOMPARE(pacer.inFlight(), 3);
        QCOMPARE(pacer.queued(), 1);
        QCOMPARE(mostInFlight, 3);
    }

    void pauseForHoldsTheWholeQueue()
    {
        RequestPacer pacer(20, 100, nullptr, clock());
        submitMany(pacer, 5);
        QTRY_COMPARE(m_started.size(), 1);

        pacer.pauseFor(300);
        QCOMPARE(pacer.pausedForMs(), 300);
        pacer.pauseFor(100); // a shorter pause does not cut a longer one short
        QCOMPARE(pacer.pausedForMs(), 300);
        pacer.submit(starter(100), true); // urgent requests wait too

        m_nowMs += 299; // tokens for several starts, but the provider asked for silence
        settle();
        QCOMPARE(m_started.size(), 1);
        QCOMPARE(pacer.pausedForMs(), 1);
        QCOMPARE(pacer.queued(), 5);

        m_nowMs += 1;
        QTRY_COMPARE(m_started.size(), 2);
        QCOMPARE(m_started.last(), 100);
        QCOMPARE(pacer.pausedForMs(), 0);
        settle(); // no burst after the pause: one start, then the even pace
        QCOMPARE(m_started.size(), 2);
        m_nowMs += 51;
        QTRY_COMPARE(m_started.size(), 3);
        QCOMPARE(m_started, (QList<int>{0, 100, 1}));
    }

    void aSecondPauseExtendsTheFirst()
    {
        RequestPacer pacer(20, 100, nullptr, clock());
        submitMany(pacer, 3);
        QTRY_COMPARE(m_started.size(), 1);
        pacer.pauseFor(200);
        m_nowMs += 150;
        pacer.pauseFor(200); // a second 429 during the pause: silence until 350 ms
        QCOMPARE(pacer.pausedForMs(), 200);
        m_nowMs += 199;
        settle();
        QCOMPARE(m_started.size(), 1);
        m_nowMs += 1;
        QTRY_COMPARE(m_started.size(), 2);
    }

    void urgentSubmitGoesFirst()
    {
        RequestPacer pacer(1000, 1, nullptr, clock());
        pacer.submit(starter(0));
        QTRY_COMPARE(m_started.size(), 1);
        pacer.submit(starter(1));
        pacer.submit(starter(2));
        pacer.submit(starter(3), true);
        QCOMPARE(pacer.queued(), 3);

        m_nowMs += 100;
        pacer.release();
        QTRY_COMPARE(m_started.size(), 2);
        QCOMPARE(m_started.last(), 3);
        m_nowMs += 100;
        pacer.release();
        QTRY_COMPARE(m_started.size(), 3);
        m_nowMs += 100;
        pacer.release();
        QTRY_COMPARE(m_started.size(), 4);
        QCOMPARE(m_started, (QList<int>{0, 3, 1, 2}));
    }

    void withdrawRemovesAQueuedRequestOnly()
    {
        RequestPacer pacer(1000, 1, nullptr, clock());
        const quint64 first = pacer.submit(starter(0));
        QTRY_COMPARE(m_started.size(), 1);
        pacer.submit(starter(1));
        const quint64 second = pacer.submit(starter(2));
        pacer.submit(starter(3));
        QVERIFY(first != second);

        QVERIFY(pacer.withdraw(second));
        QCOMPARE(pacer.queued(), 2);
        QVERIFY(!pacer.withdraw(second)); // already gone
        QVERIFY(!pacer.withdraw(first));  // already started
        QVERIFY(!pacer.withdraw(987654)); // never issued
        QCOMPARE(pacer.queued(), 2);

        for (int i = 0; i < 3; ++i) {
            m_nowMs += 100;
            pacer.release();
            settle();
        }
        QCOMPARE(m_started, (QList<int>{0, 1, 3}));
        QCOMPARE(pacer.queued(), 0);
    }

    void observeRateLimitLowersTheRateToTheAnnouncedLimit()
    {
        RequestPacer pacer(20, 100, nullptr, clock());
        pacer.observeRateLimit(10, 5, 1000);
        QCOMPARE(pacer.effectiveRate(), 10.0);
        QCOMPARE(pacer.pausedForMs(), 0); // requests remain: no pause
        pacer.observeRateLimit(50, 40, 1000);
        QCOMPARE(pacer.effectiveRate(), 20.0); // never above the workspace's budget
        QCOMPARE(pacer.budget(), 20.0);
        pacer.observeRateLimit(4, 3, std::nullopt);
        QCOMPARE(pacer.effectiveRate(), 4.0);

        // At 4 per second: one start every 250 ms.
        submitMany(pacer, 5);
        QTRY_COMPARE(m_started.size(), 1);
        m_nowMs += 60; // more than the budget's 50 ms interval
        settle();
        QCOMPARE(m_started.size(), 1);
        m_nowMs += 188;
        settle();
        QCOMPARE(m_started.size(), 1);
        m_nowMs += 3;
        QTRY_COMPARE(m_started.size(), 2);

        // The announced limit rises again: back to the budget, not beyond.
        pacer.observeRateLimit(100, 90, 1000);
        QCOMPARE(pacer.effectiveRate(), 20.0);
        m_nowMs += 51;
        QTRY_COMPARE(m_started.size(), 3);
    }

    void remainingZeroPausesUntilTheReset()
    {
        RequestPacer pacer(20, 100, nullptr, clock());
        submitMany(pacer, 4);
        QTRY_COMPARE(m_started.size(), 1);
        pacer.observeRateLimit(20, 0, 400);
        QCOMPARE(pacer.effectiveRate(), 20.0);
        QCOMPARE(pacer.pausedForMs(), 400);
        m_nowMs += 399;
        settle();
        QCOMPARE(m_started.size(), 1);
        m_nowMs += 1;
        QTRY_COMPARE(m_started.size(), 2);

        // Remaining requests, or no reset time: no pause.
        pacer.observeRateLimit(20, 0, std::nullopt);
        QCOMPARE(pacer.pausedForMs(), 0);
        pacer.observeRateLimit(20, 0, 0);
        QCOMPARE(pacer.pausedForMs(), 0);
        pacer.observeRateLimit(20, 1, 5000);
        QCOMPARE(pacer.pausedForMs(), 0);
    }

    void setBudgetChangesThePace()
    {
        RequestPacer pacer(20, 100, nullptr, clock());
        submitMany(pacer, 5);
        QTRY_COMPARE(m_started.size(), 1);
        pacer.setBudget(5); // one start every 200 ms
        QCOMPARE(pacer.budget(), 5.0);
        QCOMPARE(pacer.effectiveRate(), 5.0);
        m_nowMs += 150;
        settle();
        QCOMPARE(m_started.size(), 1);
        m_nowMs += 51;
        QTRY_COMPARE(m_started.size(), 2);
        pacer.setBudget(0); // nonsense is clamped to a slow but positive pace
        QVERIFY(pacer.budget() > 0);
    }
};

QTEST_GUILESS_MAIN(TestRequestPacer)
#include "tst_request_pacer.moc"
