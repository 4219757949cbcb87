// The sandbox's store of Forward idempotency keys on a fake clock: what a loopback test cannot
// wait for (an hour) or send (a second valid API key).
#include "idempotency_keys.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxIdempotencyKeys : public QObject
{
    Q_OBJECT

private:
    qint64 m_nowMs = 1'800'000'000'000;

    IdempotencyKeys keys()
    {
        return IdempotencyKeys([this] { return m_nowMs; });
    }

    static ApiResponse created(const QByteArray &body)
    {
        ApiResponse response;
        response.status = 201;
        response.body = body;
        return response;
    }

private Q_SLOTS:
    void aNewKey_isNew()
    {
        IdempotencyKeys store = keys();
        QCOMPARE(store.find("api", u"key-000001"_s, "POST", u"/forward/users"_s).outcome,
                 IdempotencyKeys::Outcome::New);
        QCOMPARE(store.replays(), 0);
    }

    void theSameRequestWithinAnHour_replaysTheFirstAnswer()
    {
        IdempotencyKeys store = keys();
        store.remember("api", u"key-000001"_s, "POST", u"/forward/users"_s, created("first"));
        m_nowMs += IdempotencyKeys::LifetimeMs - 1;
        const IdempotencyKeys::Lookup again =
            store.find("api", u"key-000001"_s, "POST", u"/forward/users"_s);
        QCOMPARE(again.outcome, IdempotencyKeys::Outcome::Replay);
        QCOMPARE(again.response.status, 201);
        QCOMPARE(again.response.body, "first"_ba);
        QCOMPARE(store.replays(), 1);
    }

    void afterAnHour_theKeyIsNewAgain()
    {
        IdempotencyKeys store = keys();
        store.remember("api", u"key-000001"_s, "POST", u"/forward/users"_s, created("first"));
        m_nowMs += IdempotencyKeys::LifetimeMs;
        QCOMPARE(store.find("api", u"key-000001"_s, "POST", u"/forward/users"_s).outcome,
                 IdempotencyKeys::Outcome::New);
        // Nor does an expired key conflict with another request.
        store.remember("api", u"key-000002"_s, "POST", u"/forward/users"_s, created("second"));
        m_nowMs += IdempotencyKeys::LifetimeMs + 1;
        QCOMPARE(store.find("api", u"key-000002"_s, "PUT", u"/forward/users/user_1"_s).outcome,
                 IdempotencyKeys::Outcome::New);
        QCOMPARE(store.replays(), 0);
    }

    void anotherMethodOrPath_isAConflictNamingTheFirstRequest_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("other method") << "PUT"_ba << u"/forward/users"_s;
        QTest::newRow("other path") << "POST"_ba << u"/forward/v1/users"_s;
    }

    void anotherMethodOrPath_isAConflictNamingTheFirstRequest()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        IdempotencyKeys store = keys();
        store.remember("api", u"key-000001"_s, "POST", u"/forward/users"_s, created("first"));
        const IdempotencyKeys::Lookup other = store.find("api", u"key-000001"_s, method, path);
        QCOMPARE(other.outcome, IdempotencyKeys::Outcome::Conflict);
        QCOMPARE(other.firstRequest, u"POST /forward/users"_s);
        QCOMPARE(store.replays(), 0);
    }

    void keysBelongToOneApiKey()
    {
        IdempotencyKeys store = keys();
        store.remember("api-1", u"key-000001"_s, "POST", u"/forward/users"_s, created("first"));
        QCOMPARE(store.find("api-2", u"key-000001"_s, "POST", u"/forward/users"_s).outcome,
                 IdempotencyKeys::Outcome::New);
        QCOMPARE(store.find("api-1", u"key-000001"_s, "POST", u"/forward/users"_s).outcome,
                 IdempotencyKeys::Outcome::Replay);
    }
};

QTEST_GUILESS_MAIN(TestSandboxIdempotencyKeys)
#include "tst_sandbox_idempotency_keys.moc"
