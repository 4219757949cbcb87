// Retry-After in both of its forms and full-jitter backoff (roster_net's retry_timing).
#include "retry_timing.h"

#include <QTest>
#include <cstdlib>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {
// Wednesday 21 October 2015, 07:27:00 GMT: one minute before the dates below.
QDateTime oneMinuteBefore()
{
    return QDateTime(QDate(2015, 10, 21), QTime(7, 27, 0), Qt::UTC);
}

// Runs a check under another local time zone, to show that HTTP-dates are read as GMT.
class LocalTimeZone
{
public:
    explicit LocalTimeZone(const QByteArray &zone) : m_old(qgetenv("TZ"))
    {
        m_hadOld = qEnvironmentVariableIsSet("TZ");
        qputenv("TZ", zone);
        tzset();
    }
    ~LocalTimeZone()
    {
        if (m_hadOld)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }
    LocalTimeZone(const LocalTimeZone &) = delete;
    LocalTimeZone &operator=(const LocalTimeZone &) = delete;

private:
    QByteArray m_old;
    bool m_hadOld = false;
};
} // namespace

class TestRetryTiming : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retryAfter_deltaSeconds_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("zero") << "0"_ba << qint64(0);
        QTest::newRow("one") << "1"_ba << qint64(1000);
        QTest::newRow("two minutes") << "120"_ba << qint64(120'000);
        QTest::newRow("surrounding spaces") << "  7 "_ba << qint64(7000);
        QTest::newRow("a day") << "86400"_ba << qint64(86'400'000);
    }

    void retryAfter_deltaSeconds()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, ms);
        const std::optional<qint64> wait = parseRetryAfter(value, oneMinuteBefore());
        QVERIFY(wait.has_value());
        QCOMPARE(*wait, ms);
    }

    void retryAfter_httpDateInAllThreeForms_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("ms");
        // RFC 9110 section 5.6.7: the preferred IMF-fixdate and the two obsolete forms a
        // recipient must accept.
        QTest::newRow("IMF-fixdate") << "Wed, 21 Oct 2015 07:28:00 GMT"_ba << qint64(60'000);
        QTest::newRow("RFC 850") << "Wednesday, 21-Oct-15 07:28:00 GMT"_ba << qint64(60'000);
        QTest::newRow("asctime") << "Wed Oct 21 07:28:00 2015"_ba << qint64(60'000);
        QTest::newRow("asctime, one-digit day padded with a space")
            << "Sun Nov  1 07:27:00 2015"_ba << qint64(11LL * 86'400'000);
        QTest::newRow("IMF-fixdate, next day")
            << "Thu, 22 Oct 2015 07:27:30 GMT"_ba << qint64(86'400'000 + 30'000);
        QTest::newRow("IMF-fixdate, seconds count")
            << "Wed, 21 Oct 2015 07:27:01 GMT"_ba << qint64(1000);
        QTest::newRow("RFC 850, next year")
            << "Friday, 21-Oct-16 07:27:00 GMT"_ba << qint64(366LL * 86'400'000);
    }

    void retryAfter_httpDateInAllThreeForms()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, ms);
        const std::optional<qint64> wait = parseRetryAfter(value, oneMinuteBefore());
        QVERIFY2(wait.has_value(), value.constData());
        QCOMPARE(*wait, ms);
    }

    void retryAfter_httpDateIsGmtWhateverTheLocalZone_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("UTC") << "UTC"_ba;
        QTest::newRow("Berlin") << "Europe/Berlin"_ba;
        QTest::newRow("New York") << "America/New_York"_ba;
        QTest::newRow("Kolkata") << "Asia/Kolkata"_ba;
    }

    void retryAfter_httpDateIsGmtWhateverTheLocalZone()
    {
        QFETCH(QByteArray, zone);
        const LocalTimeZone local(zone);
        QCOMPARE(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", oneMinuteBefore()),
                 std::optional<qint64>(60'000));
        // 02:30 on 8 March 2026 does not exist in New York (clocks jump from 02:00 to 03:00),
        // but it does in GMT, which is what the header means.
        const QDateTime beforeGap(QDate(2026, 3, 8), QTime(2, 29, 0), Qt::UTC);
        QCOMPARE(parseRetryAfter("Sun, 08 Mar 2026 02:30:00 GMT", beforeGap),
                 std::optional<qint64>(60'000));
        QCOMPARE(parseRetryAfter("Sun Mar  8 02:30:00 2026", beforeGap),
                 std::optional<qint64>(60'000));
    }

    void retryAfter_pastDatesWaitNothing_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("a second ago") << "Wed, 21 Oct 2015 07:26:59 GMT"_ba;
        QTest::newRow("exactly now") << "Wed, 21 Oct 2015 07:27:00 GMT"_ba;
        QTest::newRow("years ago") << "Sun, 06 Nov 1994 08:49:37 GMT"_ba;
        QTest::newRow("RFC 850, years ago") << "Sunday, 06-Nov-94 08:49:37 GMT"_ba;
        QTest::newRow("asctime, years ago") << "Sun Nov  6 08:49:37 1994"_ba;
    }

    void retryAfter_pastDatesWaitNothing()
    {
        QFETCH(QByteArray, value);
        QCOMPARE(parseRetryAfter(value, oneMinuteBefore()), std::optional<qint64>(0));
    }

    void retryAfter_garbageIsNotAWait_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("spaces") << "   "_ba;
        QTest::newRow("word") << "soon"_ba;
        QTest::newRow("negative") << "-5"_ba;
        QTest::newRow("fraction") << "1.5"_ba;
        QTest::newRow("number with unit") << "10s"_ba;
        QTest::newRow("date without zone") << "Wed, 21 Oct 2015 07:28:00"_ba;
        QTest::newRow("impossible date") << "Wed, 32 Oct 2015 07:28:00 GMT"_ba;
        QTest::newRow("impossible time") << "Wed, 21 Oct 2015 25:28:00 GMT"_ba;
        QTest::newRow("unknown month") << "Wed, 21 Foo 2015 07:28:00 GMT"_ba;
        QTest::newRow("ISO 8601") << "2015-10-21T07:28:00Z"_ba;
    }

    void retryAfter_garbageIsNotAWait()
    {
        QFETCH(QByteArray, value);
        const std::optional<qint64> wait = parseRetryAfter(value, oneMinuteBefore());
        QVERIFY2(!wait.has_value(),
                 qPrintable(u"\"%1\" gave %2 ms"_s.arg(QString::fromLatin1(value),
                                                       QString::number(wait.value_or(-1)))));
    }

    void backoff_staysWithinZeroAndTheDoublingCeiling()
    {
        constexpr qint64 Base = 250;
        constexpr qint64 Cap = 8000;
        for (int attempt = 0; attempt <= 8; ++attempt) {
            const qint64 ceiling = std::min(Cap, Base << attempt);
            qint64 lowest = ceiling;
            qint64 highest = 0;
            for (int i = 0; i < 2000; ++i) {
                const qint64 wait = fullJitterBackoffMs(attempt, Base, Cap);
                QVERIFY2(
                    wait >= 0 && wait <= ceiling,
                    qPrintable(u"attempt %1: %2 ms outside [0, %3]"_s.arg(attempt).arg(wait).arg(
                        ceiling)));
                lowest = std::min(lowest, wait);
                highest = std::max(highest, wait);
            }
            // Full jitter spreads over the whole range: 2000 uniform draws land in both the
            // lowest and the highest tenth with near certainty.
            QVERIFY2(lowest <= ceiling / 10,
                     qPrintable(u"attempt %1: lowest %2 ms"_s.arg(attempt).arg(lowest)));
            QVERIFY2(highest >= ceiling - ceiling / 10,
                     qPrintable(u"attempt %1: highest %2 ms"_s.arg(attempt).arg(highest)));
        }
    }

    void backoff_isCappedForLargeAndOutOfRangeAttempts()
    {
        for (int attempt : {9, 20, 30, 31, 62, 1000}) {
            for (int i = 0; i < 200; ++i) {
                const qint64 wait = fullJitterBackoffMs(attempt, 250, 8000);
                QVERIFY2(wait >= 0 && wait <= 8000,
                         qPrintable(u"attempt %1: %2 ms"_s.arg(attempt).arg(wait)));
            }
        }
        for (int i = 0; i < 200; ++i) {
            const qint64 wait = fullJitterBackoffMs(-3, 250, 8000);
            QVERIFY2(wait >= 0 && wait <= 250, qPrintable(QString::number(wait)));
        }
    }

    void backoff_zeroCeilingWaitsNothing()
    {
        QCOMPARE(fullJitterBackoffMs(0, 0, 8000), qint64(0));
        QCOMPARE(fullJitterBackoffMs(5, 250, 0), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestRetryTiming)
#include "tst_retry_timing.moc"
