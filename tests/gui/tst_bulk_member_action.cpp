// BulkMemberAction against a real roster-sandbox: 30 members and a few unknown addresses, a few
// calls in flight at once, failures with the provider's messages, cancel, and a retry of the
// failed members only; group actions 500 members a call, the members the provider did not add
// failing with the reason, and a cancel between calls.
#include "bulk_member_action.h"
#include "bulk_test_members.h"
#include "gui_test_environment.h"

#include <QSignalSpy>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace BulkTestMembers;

Q_DECLARE_METATYPE(Provider)
Q_DECLARE_METATYPE(MemberAction)

class TestBulkMemberAction : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiTestEnvironment> m_env;
    std::unique_ptr<MemberService> m_service;

    bool startEnvironment(const QStringList &arguments, Provider provider)
    {
        m_service.reset();
        m_env = std::make_unique<GuiTestEnvironment>(arguments);
        const QString error = m_env->start();
        if (!error.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        m_service.reset(m_env->service(m_env->workspaceFor(provider, u"Acme"_s)));
        return true;
    }

    // Runs `action` over `emails` to its end.
    bool runToEnd(BulkMemberAction &action)
    {
        QSignalSpy finished(&action, &BulkMemberAction::finished);
        action.start();
        return finished.wait(60'000);
    }

private Q_SLOTS:
    void cleanup()
    {
        m_service.reset();
        m_env.reset();
    }

    void reachesTheTotalAndListsFailures_data()
    {
        QTest::addColumn<Provider>("provider");
        QTest::addColumn<MemberAction>("action");
        QTest::newRow("Heartbeat deactivate") << Provider::Heartbeat << MemberAction::Deactivate;
        QTest::newRow("Heartbeat reactivate") << Provider::Heartbeat << MemberAction::Reactivate;
        QTest::newRow("Forward deactivate") << Provider::Forward << MemberAction::Deactivate;
        QTest::newRow("Forward reactivate") << Provider::Forward << MemberAction::Reactivate;
    }

    void reachesTheTotalAndListsFailures()
    {
        QFETCH(Provider, provider);
        QFETCH(MemberAction, action);
        QVERIFY(startEnvironment({u"--members"_s, u"80"_s, u"--rate-limit"_s, u"0"_s}, provider));
        const QString key = providerId(provider);
        const QStringList members = active(m_env->sandbox(), key, 30);
        QCOMPARE(members.size(), 30);
        if (action == MemberAction::Reactivate) {
            BulkMemberAction first(m_service.get(), MemberAction::Deactivate, members);
            QVERIFY(runToEnd(first));
            QCOMPARE(first.succeededCount(), 30);
        }
        QStringList emails = members;
        const QStringList strangers = unknown(3);
        emails.insert(4, strangers.at(0));
        emails.insert(17, strangers.at(1));
        emails.append(strangers.at(2));

        BulkMemberAction bulk(m_service.get(), action, emails);
        QSignalSpy progress(&bulk, &BulkMemberAction::progressChanged);
        QSignalSpy changed(&bulk, &BulkMemberAction::memberChanged);
        QSignalSpy failed(&bulk, &BulkMemberAction::memberFailed);
        int mostInFlight = 0;
        connect(&bulk, &BulkMemberAction::progressChanged, this,
                [&] { mostInFlight = std::max(mostInFlight, bulk.inFlightCount()); });
        QTimer probe;
        connect(&probe, &QTimer::timeout, this,
                [&] { mostInFlight = std::max(mostInFlight, bulk.inFlightCount()); });
        probe.start(1);
        QVERIFY(runToEnd(bulk));
        probe.stop();

        QVERIFY(!bulk.isRunning());
        QVERIFY(!bulk.wasCancelled());
        QCOMPARE(bulk.total(), 33);
        QCOMPARE(bulk.finishedCount(), 33);
        QCOMPARE(bulk.succeededCount(), 30);
        QCOMPARE(changed.count(), 30);
        QCOMPARE(progress.last().at(0).toInt(), 33);
        QCOMPARE(progress.last().at(1).toInt(), 33);
        for (int i = 1; i < progress.count(); ++i)
            QVERIFY(progress.at(i).at(0).toInt() >= progress.at(i - 1).at(0).toInt());
        QVERIFY2(mostInFlight <= BulkMemberAction::DefaultMaxInFlight,
                 qPrintable(QString::number(mostInFlight)));
        QVERIFY2(mostInFlight > 1, "the calls ran one at a time");

        QCOMPARE(bulk.failures().size(), 3);
        QCOMPARE(failed.count(), 3);
        QStringList failedEmails;
        for (const BulkFailure &failure : bulk.failures()) {
            failedEmails << failure.email;
            QCOMPARE(failure.error.kind, ApiErrorKind::NotFound);
            // Roster's words naming the member, or the provider's own with the status.
            QVERIFY2(failure.error.message.contains(failure.email) ||
                         failure.error.message.contains(u"(HTTP 404)"_s),
                     qPrintable(failure.error.message));
        }
        failedEmails.sort();
        QCOMPARE(failedEmails, strangers);

        const QStringList off = deactivated(m_env->sandbox(), key, members);
        QCOMPARE(off.size(), action == MemberAction::Deactivate ? 30 : 0);
    }

    void cancelStopsEarly()
    {
        QVERIFY(startEnvironment(
            {u"--members"_s, u"80"_s, u"--rate-limit"_s, u"0"_s, u"--latency"_s, u"300"_s},
            Provider::Heartbeat));
        const QStringList members = active(m_env->sandbox(), u"heartbeat"_s, 30);
        BulkMemberAction bulk(m_service.get(), MemberAction::Deactivate, members);
        QSignalSpy finished(&bulk, &BulkMemberAction::finished);
        bulk.start();
        QTRY_VERIFY_WITH_TIMEOUT(bulk.finishedCount() >= 4, 30'000);
        bulk.cancel();
        QVERIFY(bulk.isRunning()); // until what is in flight has ended
        QVERIFY(finished.wait(30'000));
        QVERIFY(bulk.wasCancelled());
        QVERIFY(!bulk.isRunning());

        QVERIFY(bulk.succeededCount() >= 4);
        QVERIFY(bulk.notStartedCount() > 0);
        QCOMPARE(bulk.succeededCount() + int(bulk.failures().size()) + bulk.interruptedCount() +
                     bulk.notStartedCount(),
                 30);
        // Nothing more goes out after the end.
        const qint64 sent = requests(m_env->sandbox(), u"heartbeat"_s, u"DELETE /v0/users"_s);
        QTest::qWait(1000);
        QCOMPARE(requests(m_env->sandbox(), u"heartbeat"_s, u"DELETE /v0/users"_s), sent);
        const int off = int(deactivated(m_env->sandbox(), u"heartbeat"_s, members).size());
        QVERIFY2(off >= bulk.succeededCount() &&
                     off <= bulk.succeededCount() + bulk.interruptedCount(),
                 qPrintable(QString::number(off)));
        QCOMPARE(finished.count(), 1);
    }

    void retryFailedRerunsOnlyThose()
    {
        QVERIFY(startEnvironment({u"--members"_s, u"80"_s, u"--rate-limit"_s, u"0"_s},
                                 Provider::Heartbeat));
        const QStringList members = active(m_env->sandbox(), u"heartbeat"_s, 30);
        const QStringList strangers = unknown(3);
        BulkMemberAction bulk(m_service.get(), MemberAction::Deactivate, members + strangers);
        QVERIFY(runToEnd(bulk));
        QCOMPARE(bulk.failures().size(), 3);

        // Meanwhile the three join the community.
        for (const QString &email : strangers) {
            NewMember member;
            member.email = email;
            member.name = u"Late Comer"_s;
            member.roleId = u"role_member"_s;
            const Result<MemberRecord> created = m_env->wait<MemberRecord>(
                [&](Done<MemberRecord> done) { return m_service->create(member, done); });
            QVERIFY2(created.ok(), qPrintable(created.error.message));
        }
        const qint64 before = requests(m_env->sandbox(), u"heartbeat"_s, u"DELETE /v0/users"_s);
        QSignalSpy finished(&bulk, &BulkMemberAction::finished);
        bulk.retryFailed();
        QVERIFY(finished.wait(60'000));
        QCOMPARE(bulk.total(), 3);
        QCOMPARE(bulk.emails(), strangers);
        QCOMPARE(bulk.succeededCount(), 3);
        QCOMPARE(bulk.failures().size(), 0);
        QCOMPARE(requests(m_env->sandbox(), u"heartbeat"_s, u"DELETE /v0/users"_s), before + 3);
        QCOMPARE(deactivated(m_env->sandbox(), u"heartbeat"_s, strangers).size(), 3);

        // Nothing failed: nothing to retry.
        bulk.retryFailed();
        QVERIFY(!bulk.isRunning());
    }

    void eachMemberOnceWhateverTheSpelling()
    {
        QVERIFY(startEnvironment({u"--members"_s, u"10"_s}, Provider::Heartbeat));
        const QString email = active(m_env->sandbox(), u"heartbeat"_s, 1).value(0);
        BulkMemberAction bulk(m_service.get(), MemberAction::Deactivate,
                              {email, u"  "_s + email.toUpper() + u" "_s, QString(), email});
        QCOMPARE(bulk.total(), 1);
        QVERIFY(runToEnd(bulk));
        QCOMPARE(bulk.succeededCount(), 1);
        QCOMPARE(requests(m_env->sandbox(), u"heartbeat"_s, u"DELETE /v0/users"_s), 1);
    }

    void aGroupTakesFiveHundredMembersACall()
    {
        QVERIFY(startEnvironment({u"--members"_s, u"20"_s, u"--rate-limit"_s, u"0"_s},
                                 Provider::Heartbeat));
        const QStringList members = active(m_env->sandbox(), u"heartbeat"_s, 10);
        const QStringList strangers = unknown(1100);
        BulkMemberAction bulk(m_service.get(), MemberAction::AddToGroup,
                              NamedRef{u"grp_mentors"_s, u"Mentors"_s}, members + strangers);
        QSignalSpy progress(&bulk, &BulkMemberAction::progressChanged);
        QVERIFY(runToEnd(bulk));
        QCOMPARE(bulk.total(), 1110);
        QCOMPARE(bulk.succeededCount(), 10);
        QCOMPARE(bulk.failures().size(), 1100);
        QCOMPARE(bulk.failures().first().email, strangers.first());
        QVERIFY2(bulk.failures().first().error.message.contains(u"not a member of the community"_s),
                 qPrintable(bulk.failures().first().error.message));
        QStringList steps;
        for (const QList<QVariant> &step : std::as_const(progress))
            steps << u"%1/%2"_s.arg(step.at(0).toInt()).arg(step.at(1).toInt());
        QCOMPARE(steps, QStringList({u"0/1110"_s, u"500/1110"_s, u"1000/1110"_s, u"1110/1110"_s}));
        // A request a hundred members, and the group read back once a call.
        QCOMPARE(
            requests(m_env->sandbox(), u"heartbeat"_s, u"PUT /v0/groups/{groupID}/memberships"_s),
            12);
        QCOMPARE(requests(m_env->sandbox(), u"heartbeat"_s, u"GET /v0/groups/{groupID}"_s), 3);
    }

    void aCancelledGroupRunStopsBetweenCalls()
    {
        QVERIFY(startEnvironment({u"--members"_s, u"10"_s, u"--rate-limit"_s, u"0"_s},
                                 Provider::Heartbeat));
        BulkMemberAction bulk(m_service.get(), MemberAction::RemoveFromGroup,
                              NamedRef{u"grp_mentors"_s, u"Mentors"_s}, unknown(1500));
        connect(&bulk, &BulkMemberAction::progressChanged, &bulk, [&bulk](int finished) {
            if (finished > 0)
                bulk.cancel();
        });
        QVERIFY(runToEnd(bulk));
        QVERIFY(bulk.wasCancelled());
        // Nobody of them is in the group: removed, as asked.
        QCOMPARE(bulk.succeededCount(), 500);
        QCOMPARE(bulk.notStartedCount(), 1000);
        QCOMPARE(bulk.interruptedCount(), 0);
        QCOMPARE(requests(m_env->sandbox(), u"heartbeat"_s,
                          u"DELETE /v0/groups/{groupID}/memberships"_s),
                 5);
    }

    void anEmptyListEndsAtOnce()
    {
        QVERIFY(startEnvironment({}, Provider::Heartbeat));
        BulkMemberAction bulk(m_service.get(), MemberAction::Deactivate, {});
        QSignalSpy finished(&bulk, &BulkMemberAction::finished);
        bulk.start();
        QCOMPARE(finished.count(), 0); // never inside start()
        QVERIFY(finished.wait(5000));
        QCOMPARE(bulk.total(), 0);
    }

    void aProviderWithoutTheActionFailsEveryMemberWithoutARequest()
    {
        QVERIFY(startEnvironment({u"--members"_s, u"5"_s}, Provider::Beam));
        const qint64 before = m_env->sandbox().stats()[u"total"_s].toInteger();
        BulkMemberAction bulk(m_service.get(), MemberAction::Deactivate,
                              {u"a@example.com"_s, u"b@example.com"_s});
        QVERIFY(runToEnd(bulk));
        QCOMPARE(bulk.failures().size(), 2);
        QCOMPARE(bulk.failures().first().error.kind, ApiErrorKind::Unsupported);
        QVERIFY2(bulk.failures().first().error.message.contains(u"Beam.gg has no API"_s),
                 qPrintable(bulk.failures().first().error.message));
        QCOMPARE(m_env->sandbox().stats()[u"total"_s].toInteger(), before);
    }
};

QTEST_MAIN(TestBulkMemberAction)
#include "tst_bulk_member_action.moc"
