// Pacing against a real roster-sandbox with a rate limit and a latency: counts only, never
// time (tests/benchmarks/pacing_benchmark prints the rates). 400 Forward creates, which are not
// idempotent, so a 429 is the only failure they may be sent again after.
#include "api_session.h"
#include "pacing_run.h"
#include "request_pacer.h"
#include "sandbox_process.h"
#include "sandbox_stats.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPacing : public QObject
{
    Q_OBJECT

    static constexpr int Creates = 400;
    static constexpr int ServerLimit = 20;
    static constexpr int RunTimeoutMs = 180'000;

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;

    void startSandbox()
    {
        m_sandbox = std::make_unique<SandboxProcess>(
            QStringList{u"--rate-limit"_s, QString::number(ServerLimit), u"--latency"_s, u"300"_s});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    }

    static QString failures(const PacingFigures &figures)
    {
        QStringList parts;
        for (auto it = figures.failures.cbegin(); it != figures.failures.cend(); ++it)
            parts.append(u"%1 x%2"_s.arg(it.key()).arg(it.value()));
        return parts.join(u", "_s);
    }

    // Every create answered 201 to its job, and the sandbox holds each member exactly once.
    void verifyEveryCreateLandedOnce(const PacingFigures &figures, const QJsonObject &stats)
    {
        QVERIFY2(figures.finished, "the creates did not all finish");
        QVERIFY2(figures.succeeded == Creates,
                 qPrintable(u"%1 of %2 succeeded; failures: %3"_s.arg(figures.succeeded)
                                .arg(Creates)
                                .arg(failures(figures))));
        QCOMPARE(SandboxStats::count(stats, u"forward"_s, u"POST /users"_s, 201), Creates);
        QCOMPARE(SandboxStats::count(stats, u"forward"_s, u"POST /users"_s, 409), 0);
        // Nothing but 201 and 429 was ever answered to a create.
        QCOMPARE(SandboxStats::count(stats, u"forward"_s, u"POST /users"_s),
                 Creates + SandboxStats::count(stats, u"forward"_s, u"POST /users"_s, 429));
        const QStringList stored = SandboxStats::memberEmails(m_sandbox->state(), u"forward"_s);
        QCOMPARE(stored.size(), Creates);
        const QSet<QString> storedSet(stored.cbegin(), stored.cend());
        const QSet<QString> created(figures.emails.cbegin(), figures.emails.cend());
        QCOMPARE(storedSet.size(), Creates);
        QCOMPARE(storedSet, created);
    }

private Q_SLOTS:
    void init() { m_network = std::make_unique<QNetworkAccessManager>(); }

    void cleanup()
    {
        m_network.reset();
        m_sandbox.reset();
    }

    void budgetAtTheLimit_noRequestIsRateLimited()
    {
        startSandbox();
        RequestPacer pacer(ServerLimit, 16);
        ApiSession session(m_network.get(), &pacer, m_sandbox->apiKey());
        const PacingFigures figures =
            runForwardCreates({&session}, *m_sandbox, Creates, u"at-limit"_s, RunTimeoutMs);
        const QJsonObject stats = m_sandbox->stats();
        qInfo("%d creates in %.2f s (%.2f/s), %lld answered 429", Creates,
              figures.elapsedMs / 1000.0, figures.requestsPerSecond(),
              static_cast<long long>(SandboxStats::rateLimited(stats)));
        QCOMPARE(SandboxStats::rateLimited(stats), 0);
        QCOMPARE(figures.totalAttempts, Creates);
        verifyEveryCreateLandedOnce(figures, stats);
        QCOMPARE(pacer.inFlight(), 0);
        QCOMPARE(pacer.queued(), 0);
    }

    void budgetAboveTheLimit_everyCreateLandsOnce()
    {
        // Twice the server's limit: the pacer must come down to the limit, from the
        // x-ratelimit-* headers and from any 429 (which pauses the key and is resent, never
        // counted against the create).
        startSandbox();
        RequestPacer pacer(2 * ServerLimit, 16);
        ApiSession session(m_network.get(), &pacer, m_sandbox->apiKey());
        const PacingFigures figures =
            runForwardCreates({&session}, *m_sandbox, Creates, u"above-limit"_s, RunTimeoutMs);
        const QJsonObject stats = m_sandbox->stats();
        const qint64 rateLimited = SandboxStats::rateLimited(stats);
        qInfo("%d creates in %.2f s (%.2f/s), %lld answered 429", Creates,
              figures.elapsedMs / 1000.0, figures.requestsPerSecond(),
              static_cast<long long>(rateLimited));
        verifyEveryCreateLandedOnce(figures, stats);
        QCOMPARE(qint64(figures.totalAttempts), Creates + rateLimited); // each 429 cost one resend
        QCOMPARE(pacer.effectiveRate(), double(ServerLimit));
    }

    void twoPacersForOneKey_429sAreAbsorbed()
    {
        // Two Roster instances using the same key, each pacing to the limit: together twice
        // the limit, so the server does answer 429s. Every create still lands exactly once.
        // Each instance has its own network manager: one QNetworkAccessManager opens at most
        // six connections to a host, which at 300 ms a request carries about 20 requests a
        // second, and would keep the pair under the limit by itself.
        startSandbox();
        QNetworkAccessManager otherNetwork;
        RequestPacer first(ServerLimit, 16);
        RequestPacer second(ServerLimit, 16);
        ApiSession one(m_network.get(), &first, m_sandbox->apiKey());
        ApiSession other(&otherNetwork, &second, m_sandbox->apiKey());
        const PacingFigures figures =
            runForwardCreates({&one, &other}, *m_sandbox, Creates, u"shared"_s, RunTimeoutMs);
        const QJsonObject stats = m_sandbox->stats();
        const qint64 rateLimited = SandboxStats::rateLimited(stats);
        qInfo("%d creates in %.2f s (%.2f/s), %lld answered 429", Creates,
              figures.elapsedMs / 1000.0, figures.requestsPerSecond(),
              static_cast<long long>(rateLimited));
        QVERIFY2(rateLimited > 0, "the sandbox never answered 429: nothing was absorbed");
        verifyEveryCreateLandedOnce(figures, stats);
        QCOMPARE(qint64(figures.totalAttempts), Creates + rateLimited);
    }
};

QTEST_GUILESS_MAIN(TestPacing)
#include "tst_pacing.moc"
