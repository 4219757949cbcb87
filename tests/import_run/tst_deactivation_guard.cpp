// The guard against the wrong file: how many deactivations a plain yes may take (10% of the
// active members or 25, whichever is larger, unless the admin set a number), and the words that
// tell the admin why they must type the number.
#include "deactivation_guard.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDeactivationGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void defaultThreshold_isTenPercentOrTwentyFive_data()
    {
        QTest::addColumn<qint64>("active");
        QTest::addColumn<qint64>("threshold");
        QTest::newRow("empty community") << qint64(0) << qint64(25);
        QTest::newRow("small community") << qint64(100) << qint64(25);
        QTest::newRow("10% is 25") << qint64(250) << qint64(25);
        QTest::newRow("10% rounded down") << qint64(259) << qint64(25);
        QTest::newRow("10% above 25") << qint64(260) << qint64(26);
        QTest::newRow("large community") << qint64(48'000) << qint64(4'800);
        QTest::newRow("nonsense count") << qint64(-5) << qint64(25);
    }

    void defaultThreshold_isTenPercentOrTwentyFive()
    {
        QFETCH(qint64, active);
        QFETCH(qint64, threshold);
        QCOMPARE(DeactivationGuard::defaultThreshold(active), threshold);
        const DeactivationGuard guard(active);
        QCOMPARE(guard.limit(), threshold);
        QVERIFY(!guard.isExplicit());
    }

    void typedConsent_onlyAboveTheLimit()
    {
        const DeactivationGuard guard(1000);
        QCOMPARE(guard.limit(), 100);
        QVERIFY(!guard.needsTypedConsent(0));
        QVERIFY(!guard.needsTypedConsent(100));
        QVERIFY(guard.needsTypedConsent(101));
        // The wrong file: 60% of the roster.
        QVERIFY(guard.needsTypedConsent(600));
    }

    void anExplicitLimitOverridesTheDefault()
    {
        // Lower than the default: a careful admin.
        const DeactivationGuard strict(1000, 5);
        QVERIFY(strict.isExplicit());
        QCOMPARE(strict.limit(), 5);
        QVERIFY(!strict.needsTypedConsent(5));
        QVERIFY(strict.needsTypedConsent(6));
        // Higher: the quarterly mirror of a community that churns.
        const DeactivationGuard loose(1000, 300);
        QCOMPARE(loose.limit(), 300);
        QVERIFY(!loose.needsTypedConsent(250));
        QVERIFY(loose.needsTypedConsent(301));
        // 0 or less: no limit of one's own, the default rule.
        QCOMPARE(DeactivationGuard(1000, 0).limit(), 100);
        QVERIFY(!DeactivationGuard(1000, -3).isExplicit());
        QCOMPARE(DeactivationGuard(1000, -3).limit(), 100);
    }

    void tellsTheAdminWhy()
    {
        const DeactivationGuard guard(100);
        QCOMPARE(guard.excessText(60),
                 u"This run deactivates 60 of 100 active members, more than the limit of 25."_s);
        QCOMPARE(guard.ruleText(),
                 u"The default limit is 10% of the active members or 25, whichever is larger."_s);
        const DeactivationGuard own(100, 40);
        QCOMPARE(own.excessText(41),
                 u"This run deactivates 41 of 100 active members, more than the limit of 40."_s);
        QCOMPARE(own.ruleText(), u"You set the limit to 40 members."_s);
    }

    void numbersAreWrittenInTheUsersLocale()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const DeactivationGuard guard(48'000);
        QCOMPARE(guard.excessText(12'345), u"This run deactivates 12,345 of 48,000 active members, "
                                           u"more than the limit of 4,800."_s);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestDeactivationGuard)
#include "tst_deactivation_guard.moc"
