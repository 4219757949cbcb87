// x-ratelimit-* as providers send them (NOTES.md): a missing header says nothing, never "0
// remaining"; the reset comes as Unix time in seconds or milliseconds or as a time from now. And
// a request answered without x-ratelimit-remaining does not pause the key's queue.
#include "api_session.h"
#include "api_task.h"
#include "rate_limit_headers.h"
#include "recorded_network.h"
#include "request_pacer.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QDateTime Now = QDateTime::fromMSecsSinceEpoch(1'780'000'000'000, Qt::UTC);

RateLimitHeaders read(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return RateLimitHeaders::read(
        [&headers](QByteArrayView name) {
            for (const auto &[key, value] : headers) {
                if (key.compare(name, Qt::CaseInsensitive) == 0)
                    return value;
            }
            return QByteArray();
        },
        Now);
}
} // namespace

class TestRateLimitHeaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aMissingHeaderSaysNothing()
    {
        const RateLimitHeaders onlyLimit = read({{"X-RateLimit-Limit", "20"}});
        QCOMPARE(onlyLimit.limit, 20);
        QVERIFY(!onlyLimit.remaining);
        QVERIFY(!onlyLimit.resetInMs);
        QVERIFY(!read({}).any());
        QVERIFY(!read({{"x-ratelimit-remaining", "many"}}).remaining);
        QCOMPARE(read({{"x-ratelimit-remaining", "0"}}).remaining, 0);
    }

    void theResetIsReadInEveryForm_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("inMs");
        const qint64 nowMs = Now.toMSecsSinceEpoch();
        QTest::newRow("Unix seconds") << QByteArray::number(nowMs / 1000 + 2) << qint64(2000);
        QTest::newRow("Unix milliseconds") << QByteArray::number(nowMs + 1500) << qint64(1500);
        QTest::newRow("seconds from now") << QByteArray("2") << qint64(2000);
        QTest::newRow("milliseconds from now") << QByteArray("1800") << qint64(1800);
        QTest::newRow("in the past") << QByteArray::number(nowMs - 5000) << qint64(0);
    }

    void theResetIsReadInEveryForm()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, inMs);
        QCOMPARE(read({{"x-ratelimit-reset", value}}).resetInMs, inMs);
    }

    void anAnswerWithoutRemainingDoesNotPauseTheKey()
    {
        RecordedNetwork network([](const RecordedNetwork::Request &) {
            RecordedNetwork::Answer answer = RecordedNetwork::Answer::json(200, "[]");
            // Heartbeat's live answers: a limit and a reset about 2 s ahead.
            answer.headers = {
                {"x-ratelimit-limit", "20"},
                {"x-ratelimit-reset", QByteArray::number(QDateTime::currentSecsSinceEpoch() + 2)}};
            return answer;
        });
        PacerRegistry pacers;
        RequestPacer *pacer = pacers.pacerFor("key-0123456789", 50, 4);
        ApiSession session(&network, pacer, "key-0123456789");
        auto *task = new ApiTask(&session);
        bool answered = false;
        task->run(HttpCall{"GET", recordedBase(u"/v0/users"_s), {}, {}, true},
                  [&answered, task](const HttpResult &r) {
                      answered = !r.error.isError();
                      task->finish();
                  });
        QTRY_VERIFY(answered);
        QCOMPARE(pacer->pausedForMs(), 0);
        QCOMPARE(pacer->effectiveRate(), 20.0);
    }
};

QTEST_GUILESS_MAIN(TestRateLimitHeaders)
#include "tst_rate_limit_headers.moc"
