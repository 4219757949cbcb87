// BulkActionProgressDialog driving a BulkMemberAction against a real roster-sandbox: progress
// to the total, failures listed with the provider's messages, a summary, Retry Failed, and Esc
// or Cancel stopping a run early.
#include "bulk_action_progress_dialog.h"
#include "bulk_member_action.h"
#include "bulk_test_members.h"
#include "dialog_test_helpers.h"
#include "gui_test_environment.h"
#include "inline_message.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace BulkTestMembers;
using DialogTest::click;
using DialogTest::find;

class TestBulkActionProgressDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiTestEnvironment> m_env;
    std::unique_ptr<MemberService> m_service;

    bool startEnvironment(const QStringList &arguments)
    {
        m_env = std::make_unique<GuiTestEnvironment>(arguments);
        const QString error = m_env->start();
        if (!error.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        m_service.reset(m_env->service(m_env->workspaceFor(Provider::Heartbeat, u"Acme"_s)));
        return true;
    }

    static bool waitForEnd(BulkActionProgressDialog &dialog)
    {
        return QTest::qWaitFor([&] { return !dialog.action()->isRunning(); }, 60'000);
    }

    static QStringList failedRows(const BulkActionProgressDialog &dialog)
    {
        QStringList rows;
        auto *list = find<QTreeWidget>(&dialog, u"failuresList"_s);
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            rows << list->topLevelItem(i)->text(0) + u" | "_s + list->topLevelItem(i)->text(1);
        return rows;
    }

private Q_SLOTS:
    void initTestCase() { DialogTest::quietOffscreenWarnings(); }

    void cleanup()
    {
        m_service.reset();
        m_env.reset();
    }

    void progressReachesTheTotalAndFailuresAreListed()
    {
        QVERIFY(startEnvironment({u"--members"_s, u"80"_s, u"--rate-limit"_s, u"0"_s}));
        const QStringList members = active(m_env->sandbox(), u"heartbeat"_s, 30);
        const QStringList strangers = unknown(2);
        auto *action =
            new BulkMemberAction(m_service.get(), MemberAction::Deactivate, members + strangers);
        BulkActionProgressDialog dialog(action);
        QCOMPARE(action->parent(), &dialog);
        dialog.open();
        QCOMPARE(find<QLabel>(&dialog, u"headingLabel"_s)->text(),
                 u"Deactivating 32 members of Acme (Heartbeat)."_s);
        QVERIFY(find<QPushButton>(&dialog, u"cancelButton"_s)->isVisible());
        QVERIFY(!find<QPushButton>(&dialog, u"closeButton"_s)->isVisible());
        QVERIFY(!find<QTreeWidget>(&dialog, u"failuresList"_s)->isVisible());
        action->start();
        QVERIFY(waitForEnd(dialog));

        auto *progress = find<QProgressBar>(&dialog, u"progressBar"_s);
        QCOMPARE(progress->maximum(), 32);
        QCOMPARE(progress->value(), 32);
        QCOMPARE(find<QLabel>(&dialog, u"statusLabel"_s)->text(), u"32 of 32 done, 2 failed"_s);
        const QStringList rows = failedRows(dialog);
        QCOMPARE(rows.size(), 2);
        for (const QString &stranger : strangers) {
            const QString row = rows.filter(stranger + u" | "_s).value(0);
            // Heartbeat's own words (live), with the status.
            QVERIFY2(row.contains(u"Could not find user"_s) && row.contains(u"404"_s),
                     qPrintable(row));
        }
        QVERIFY(find<QTreeWidget>(&dialog, u"failuresList"_s)->isVisible());
        auto *summary = find<InlineMessage>(&dialog, u"summaryMessage"_s);
        QVERIFY(summary->isVisible());
        QCOMPARE(summary->type(), InlineMessage::Type::Warning);
        QVERIFY2(summary->text().startsWith(u"30 of 32 deactivated. 2 failed"_s),
                 qPrintable(summary->text()));
        QVERIFY(!find<QPushButton>(&dialog, u"cancelButton"_s)->isVisible());
        QVERIFY(find<QPushButton>(&dialog, u"retryFailedButton"_s)->isVisible());
        QVERIFY(find<QPushButton>(&dialog, u"closeButton"_s)->isVisible());
        QCOMPARE(deactivated(m_env->sandbox(), u"heartbeat"_s, members).size(), 30);

        QVERIFY(click(find<QPushButton>(&dialog, u"closeButton"_s)));
        QVERIFY(!dialog.isVisible());
    }

    void retryFailedRerunsOnlyThose()
    {
        QVERIFY(startEnvironment({u"--members"_s, u"20"_s, u"--rate-limit"_s, u"0"_s}));
        const QStringList members = active(m_env->sandbox(), u"heartbeat"_s, 5);
        const QStringList strangers = unknown(2);
        auto *action =
            new BulkMemberAction(m_service.get(), MemberAction::Deactivate, members + strangers);
        BulkActionProgressDialog dialog(action);
        dialog.open();
        action->start();
        QVERIFY(waitForEnd(dialog));
        QCOMPARE(failedRows(dialog).size(), 2);

        // One of the two joins meanwhile; the other is still unknown.
        NewMember member;
        member.email = strangers.first();
        member.name = u"Late Comer"_s;
        member.roleId = u"role_member"_s;
        QVERIFY(m_env
                    ->wait<MemberRecord>(
                        [&](Done<MemberRecord> done) { return m_service->create(member, done); })
                    .ok());
        const qint64 before = requests(m_env->sandbox(), u"heartbeat"_s, u"DELETE /v0/users"_s);

        QVERIFY(click(find<QPushButton>(&dialog, u"retryFailedButton"_s)));
        QVERIFY(find<QPushButton>(&dialog, u"cancelButton"_s)->isVisible());
        QVERIFY(!find<InlineMessage>(&dialog, u"summaryMessage"_s)->isVisible());
        QVERIFY(waitForEnd(dialog));
        QCOMPARE(requests(m_env->sandbox(), u"heartbeat"_s, u"DELETE /v0/users"_s), before + 2);
        QCOMPARE(find<QProgressBar>(&dialog, u"progressBar"_s)->maximum(), 2);
        const QStringList rows = failedRows(dialog);
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows.first().startsWith(strangers.last()), qPrintable(rows.first()));
        QVERIFY2(find<InlineMessage>(&dialog, u"summaryMessage"_s)
                     ->text()
                     .startsWith(u"1 of 2 deactivated. 1 failed"_s),
                 qPrintable(find<InlineMessage>(&dialog, u"summaryMessage"_s)->text()));
    }

    void escapeCancelsAndTheSummarySaysHowManyWereDone()
    {
        QVERIFY(startEnvironment(
            {u"--members"_s, u"80"_s, u"--rate-limit"_s, u"0"_s, u"--latency"_s, u"300"_s}));
        const QStringList members = active(m_env->sandbox(), u"heartbeat"_s, 30);
        auto *action = new BulkMemberAction(m_service.get(), MemberAction::Deactivate, members);
        BulkActionProgressDialog dialog(action);
        dialog.open();
        action->start();
        QTRY_VERIFY_WITH_TIMEOUT(action->finishedCount() >= 2, 30'000);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.isVisible()); // stays to tell what became of the run
        QVERIFY(action->wasCancelled());
        QVERIFY(!find<QPushButton>(&dialog, u"cancelButton"_s)->isEnabled());
        QVERIFY(waitForEnd(dialog));

        auto *summary = find<InlineMessage>(&dialog, u"summaryMessage"_s);
        QCOMPARE(summary->type(), InlineMessage::Type::Information);
        const QString expected =
            u"%1 of 30 deactivated. Cancelled: %2 not started."_s.arg(action->succeededCount())
                .arg(action->notStartedCount());
        QVERIFY2(summary->text().startsWith(expected), qPrintable(summary->text()));
        QVERIFY(action->notStartedCount() > 0);
        QVERIFY(!find<QPushButton>(&dialog, u"retryFailedButton"_s)->isVisible());
        QVERIFY(find<QPushButton>(&dialog, u"closeButton"_s)->isVisible());
        // Now Esc closes.
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    // Two members, both done: nothing to read or retry, so no Close click either; the caller
    // keeps the result in the status bar.
    void allDoneClosesTheDialogByItself()
    {
        QVERIFY(startEnvironment({u"--members"_s, u"20"_s, u"--rate-limit"_s, u"0"_s}));
        const QStringList two = active(m_env->sandbox(), u"heartbeat"_s, 2);
        QCOMPARE(two.size(), 2);
        auto *action = new BulkMemberAction(m_service.get(), MemberAction::Deactivate, two);
        BulkActionProgressDialog dialog(action);
        dialog.open();
        QVERIFY(dialog.isVisible());
        action->start();
        QTRY_VERIFY_WITH_TIMEOUT(!action->isRunning(), 30'000);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(action->succeededEmails().size(), 2);
        QCOMPARE(
            QSet<QString>(action->succeededEmails().cbegin(), action->succeededEmails().cend()),
            QSet<QString>(two.cbegin(), two.cend()));
        auto *summary = find<InlineMessage>(&dialog, u"summaryMessage"_s);
        QCOMPARE(summary->type(), InlineMessage::Type::Positive);
        QCOMPARE(summary->text(), u"2 of 2 deactivated."_s);
    }
};

QTEST_MAIN(TestBulkActionProgressDialog)
#include "tst_bulk_action_progress_dialog.moc"
