// One-time login link codes: single use, lifetime, unguessable, driven by a fake clock.
#include "link_registry.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLinkRegistry : public QObject
{
    Q_OBJECT

    qint64 m_nowMs = 1'800'000'000'000;
    LinkRegistry::Clock clock()
    {
        return [this] { return m_nowMs; };
    }

private Q_SLOTS:
    void redeemsOnceThenGone()
    {
        LinkRegistry links(60'000, clock());
        const QString code = links.issue(u"forward"_s, u"user_1"_s);
        const LinkRegistry::Redemption first = links.redeem(u"forward"_s, code);
        QCOMPARE(first.outcome, LinkRegistry::Outcome::Redeemed);
        QCOMPARE(first.memberId, u"user_1"_s);
        QCOMPARE(links.redeem(u"forward"_s, code).outcome, LinkRegistry::Outcome::Gone);
    }

    void expiresAfterItsLifetime()
    {
        LinkRegistry links(60'000, clock());
        const QString code = links.issue(u"beam"_s, u"1001"_s);
        QCOMPARE(links.outstanding(), 1);
        m_nowMs += 59'999;
        const QString other = links.issue(u"beam"_s, u"1001"_s);
        m_nowMs += 1;
        QCOMPARE(links.redeem(u"beam"_s, code).outcome, LinkRegistry::Outcome::Gone);
        QCOMPARE(links.redeem(u"beam"_s, other).outcome, LinkRegistry::Outcome::Redeemed);
        QCOMPARE(links.outstanding(), 0);
    }

    void unknownOrForeignCodesAreUnknownAndConsumeNothing()
    {
        LinkRegistry links(60'000, clock());
        const QString code = links.issue(u"forward"_s, u"user_1"_s);
        QCOMPARE(links.redeem(u"forward"_s, u"not-a-code"_s).outcome,
                 LinkRegistry::Outcome::Unknown);
        QCOMPARE(links.redeem(u"beam"_s, code).outcome, LinkRegistry::Outcome::Unknown);
        QCOMPARE(links.redeem(u"forward"_s, code).outcome, LinkRegistry::Outcome::Redeemed);
    }

    void codesCarry128RandomBits()
    {
        QSet<QString> seen;
        for (int i = 0; i < 5000; ++i) {
            const QString code = LinkRegistry::newCode();
            QCOMPARE(code.size(), 22); // 16 bytes in unpadded base64url
            const auto decoded = QByteArray::fromBase64Encoding(
                code.toLatin1(),
                QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
            QVERIFY(decoded);
            QCOMPARE(decoded.decoded.size(), 16);
            seen.insert(code);
        }
        QCOMPARE(seen.size(), 5000);
    }

    void usedCodesAreForgottenAfterADay()
    {
        LinkRegistry links(1000, clock());
        const QString code = links.issue(u"forward"_s, u"user_1"_s);
        m_nowMs += 25LL * 3600 * 1000;
        links.issue(u"forward"_s, u"user_2"_s); // issuing sweeps stale entries
        QCOMPARE(links.redeem(u"forward"_s, code).outcome, LinkRegistry::Outcome::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestLinkRegistry)
#include "tst_link_registry.moc"
