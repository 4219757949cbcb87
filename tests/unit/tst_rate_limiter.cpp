// The sandbox's per-key token bucket, driven by a fake clock.
#include "rate_limiter.h"

#include <QTest>

class TestRateLimiter : public QObject
{
    Q_OBJECT

    static constexpr qint64 StartMs = 1'800'000'000'000; // on a whole second
    qint64 m_nowMs = StartMs;
    RateLimiter::Clock clock()
    {
        return [this] { return m_nowMs; };
    }

private Q_SLOTS:
    void init() { m_nowMs = StartMs; }

    void burstOfOneSecondThenRefused()
    {
        RateLimiter limiter(20, clock());
        for (int i = 0; i < 20; ++i) {
            const RateLimiter::Decision decision = limiter.take("key");
            QVERIFY(decision.allowed);
            QCOMPARE(decision.limit, 20);
            QCOMPARE(decision.remaining, 19 - i);
        }
        const RateLimiter::Decision refused = limiter.take("key");
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.remaining, 0);
        QCOMPARE(refused.retryAfterSeconds, 1);
    }

    void refillsAtTheRate()
    {
        RateLimiter limiter(10, clock());
        for (int i = 0; i < 10; ++i)
            QVERIFY(limiter.take("key").allowed);
        QVERIFY(!limiter.take("key").allowed);
        m_nowMs += 100; // one token at 10/s
        QVERIFY(limiter.take("key").allowed);
        QVERIFY(!limiter.take("key").allowed);
        m_nowMs += 10'000; // refills to the burst size, not beyond
        for (int i = 0; i < 10; ++i)
            QVERIFY(limiter.take("key").allowed);
        QVERIFY(!limiter.take("key").allowed);
    }

    void retryAfterCoversSlowRates()
    {
        RateLimiter limiter(0.25, clock()); // one request every 4 s
        QVERIFY(limiter.take("key").allowed);
        const RateLimiter::Decision refused = limiter.take("key");
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.retryAfterSeconds, 4);
        m_nowMs += 4000;
        QVERIFY(limiter.take("key").allowed);
    }

    void resetIsWhenTheBucketIsFullAgain()
    {
        RateLimiter limiter(20, clock());
        QCOMPARE(limiter.take("key").resetEpochSeconds, m_nowMs / 1000 + 1);
        for (int i = 0; i < 19; ++i)
            limiter.take("key");
        // Empty bucket at 20/s: full again in one second.
        QCOMPARE(limiter.take("key").resetEpochSeconds, m_nowMs / 1000 + 1);
    }

    void keysHaveTheirOwnBuckets()
    {
        RateLimiter limiter(2, clock());
        QVERIFY(limiter.take("a").allowed);
        QVERIFY(limiter.take("a").allowed);
        QVERIFY(!limiter.take("a").allowed);
        QVERIFY(limiter.take("b").allowed);
        QVERIFY(limiter.take("").allowed);
    }

    void zeroRateIsOff()
    {
        RateLimiter limiter(0, clock());
        QVERIFY(!limiter.enabled());
        for (int i = 0; i < 1000; ++i)
            QVERIFY(limiter.take("key").allowed);
    }

    void manyDistinctKeysDoNotGrowWithoutBound()
    {
        RateLimiter limiter(5, clock());
        QVERIFY(limiter.take("victim").allowed);
        for (int i = 0; i < 30'000; ++i) {
            limiter.take(QByteArray::number(i));
            m_nowMs += 1;
        }
        // The victim's bucket refilled and was forgotten; it starts full.
        for (int i = 0; i < 5; ++i)
            QVERIFY(limiter.take("victim").allowed);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_rate_limiter.moc"
