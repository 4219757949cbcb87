// One writer per workspace, for the window's bulk actions, offscreen against a real
// roster-sandbox and SQLite roster: while another run (an import in another process, here one
// more connection to the same database) holds the workspace, a bulk action asks nothing,
// sends nothing and names the run that holds it; while a bulk action runs, it holds the
// workspace, so an import is refused naming it, and it lets go when it ends.
#include "bulk_action_progress_dialog.h"
#include "bulk_member_action.h"
#include "bulk_test_members.h"
#include "confirm_member_action_dialog.h"
#include "dialog_test_helpers.h"
#include "main_window.h"
#include "member_actions.h"
#include "roster_database.h"
#include "sandbox_stats.h"
#include "window_fixture.h"
#include "workspace_lock.h"

#include <QAction>
#include <QJsonObject>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;
using DialogTest::click;

class TestBulkActionLock : public QObject
{
    Q_OBJECT

    static constexpr int SeededMembers = 40;

    std::unique_ptr<WindowFixture> m_fixture;

    bool startSandbox(const QStringList &extra = {})
    {
        return m_fixture->startSandbox(
            QStringList{u"--rate-limit"_s, u"0"_s, u"--members"_s, QString::number(SeededMembers)} +
                extra,
            "bulk-lock-key-7c21e9");
    }

    bool openWindow() { return m_fixture->open({{Provider::Forward, u"Acme"_s}}, SeededMembers); }

    MainWindow *window() const { return m_fixture->window(); }
    QString workspaceId() const { return window()->shownWorkspaceId(); }

    template <typename Dialog> Dialog *openedDialog(int timeoutMs = 10000)
    {
        return m_fixture->openedDialog<Dialog>(timeoutMs);
    }

    // Deactivates `emails` through the window: the action, then the confirmation's button.
    bool deactivateThroughTheWindow(const QStringList &emails)
    {
        m_fixture->select(emails);
        QAction *deactivate = window()->memberActions()->deactivate();
        if (!QTest::qWaitFor([&] { return deactivate->isEnabled(); }, 10000))
            return false;
        deactivate->trigger();
        auto *confirm = openedDialog<ConfirmMemberActionDialog>();
        return confirm && click(confirm->actionButton());
    }

    // Requests the sandbox answered that change something at Forward (anything but a GET).
    qint64 writes() { return SandboxStats::changes(m_fixture->sandbox().stats(), u"forward"_s); }

private Q_SLOTS:
    void initTestCase() { DialogTest::quietOffscreenWarnings(); }

    void init() { m_fixture = std::make_unique<WindowFixture>(); }

    void cleanup() { m_fixture.reset(); }

    // Asked nothing: the lock is looked at before the confirmation, which could not be acted on.
    void whileAnImportHoldsTheWorkspace_theBulkActionAsksNothingAndNamesIt()
    {
        QVERIFY(startSandbox());
        QVERIFY(openWindow());
        RosterDatabase other(m_fixture->context().paths().databaseFile);
        QString error;
        QVERIFY2(other.open(&error), qPrintable(error));
        WorkspaceLock held(other, workspaceId());
        WorkspaceLockHolder holder;
        QCOMPARE(held.tryTake(WorkspaceWork::Import, u"members.csv"_s, &holder, &error),
                 WorkspaceLock::Outcome::Taken);
        const qint64 writesBefore = writes();

        const QStringList three = BulkTestMembers::active(m_fixture->sandbox(), u"forward"_s, 3);
        m_fixture->select(three);
        QAction *deactivate = window()->memberActions()->deactivate();
        QTRY_VERIFY(deactivate->isEnabled());
        deactivate->trigger();
        QVERIFY(window()->findChildren<ConfirmMemberActionDialog *>().isEmpty());
        QTRY_VERIFY(window()->statusBar()->currentMessage().startsWith(
            u"An import of members.csv (pid "_s));
        const QString message = window()->statusBar()->currentMessage();
        QVERIFY2(message.contains(u"is running in Acme. Nothing was sent: try again once it has "
                                  "ended."_s),
                 qPrintable(message));
        QVERIFY(window()->findChildren<ConfirmMemberActionDialog *>().isEmpty());
        QVERIFY(window()->findChildren<BulkActionProgressDialog *>().isEmpty());
        QCOMPARE(writes(), writesBefore);
        QVERIFY(BulkTestMembers::deactivated(m_fixture->sandbox(), u"forward"_s, three).isEmpty());

        // One member is a single edit, which holds no lock: it is asked as ever.
        m_fixture->select(three.mid(0, 1));
        QTRY_VERIFY(deactivate->isEnabled());
        deactivate->trigger();
        QPointer<ConfirmMemberActionDialog> single = openedDialog<ConfirmMemberActionDialog>();
        QVERIFY(single);
        single->reject();
        QTRY_VERIFY(!single || !single->isVisible());

        // Once the import has ended, the same action goes ahead.
        held.release();
        QVERIFY(deactivateThroughTheWindow(three));
        QPointer<BulkActionProgressDialog> progress = openedDialog<BulkActionProgressDialog>();
        QVERIFY(progress);
        QTRY_VERIFY_WITH_TIMEOUT(!progress || !progress->isVisible(), 30000);
        QCOMPARE(window()->statusBar()->currentMessage(), u"Deactivated 3 members."_s);
        QCOMPARE(BulkTestMembers::deactivated(m_fixture->sandbox(), u"forward"_s, three).size(), 3);
    }

    void whileABulkActionRuns_anImportIsRefusedNamingIt()
    {
        // Each request takes a while, so that the action is still running when the import asks.
        QVERIFY(startSandbox({u"--latency"_s, u"150"_s}));
        QVERIFY(openWindow());
        const QStringList twenty = BulkTestMembers::active(m_fixture->sandbox(), u"forward"_s, 20);
        QCOMPARE(twenty.size(), 20);
        QVERIFY(deactivateThroughTheWindow(twenty));
        QPointer<BulkActionProgressDialog> progress = openedDialog<BulkActionProgressDialog>();
        QVERIFY(progress);
        BulkMemberAction *bulk = progress->action();
        QVERIFY(bulk->isRunning());

        RosterDatabase other(m_fixture->context().paths().databaseFile);
        QString error;
        QVERIFY2(other.open(&error), qPrintable(error));
        WorkspaceLock import(other, workspaceId());
        WorkspaceLockHolder holder;
        QCOMPARE(import.tryTake(WorkspaceWork::Import, u"members.csv"_s, &holder, &error),
                 WorkspaceLock::Outcome::Held);
        QCOMPARE(holder.work, WorkspaceWork::BulkAction);
        const QString named = holder.describe(u"Acme"_s);
        QVERIFY2(named.startsWith(u"A bulk action, deactivating 20 members (pid "_s),
                 qPrintable(named));
        QVERIFY(bulk->isRunning());

        QTRY_VERIFY_WITH_TIMEOUT(!progress || !progress->isVisible(), 60000);
        QCOMPARE(window()->statusBar()->currentMessage(), u"Deactivated 20 members."_s);
        QVERIFY(!WorkspaceLock::holder(other, workspaceId(), &error));
        QCOMPARE(import.tryTake(WorkspaceWork::Import, u"members.csv"_s, &holder, &error),
                 WorkspaceLock::Outcome::Taken);
    }

    // Cancelled, the action lets go of the workspace once nothing is in flight any more.
    void aCancelledBulkAction_letsGoOfTheWorkspace()
    {
        QVERIFY(startSandbox({u"--latency"_s, u"150"_s}));
        QVERIFY(openWindow());
        const QStringList twenty = BulkTestMembers::active(m_fixture->sandbox(), u"forward"_s, 20);
        QVERIFY(deactivateThroughTheWindow(twenty));
        QPointer<BulkActionProgressDialog> progress = openedDialog<BulkActionProgressDialog>();
        QVERIFY(progress);
        BulkMemberAction *bulk = progress->action();
        QString error;
        QVERIFY(WorkspaceLock::holder(m_fixture->context().database(), workspaceId(), &error));
        QVERIFY(click(progress->findChild<QPushButton *>(u"cancelButton"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(!bulk->isRunning(), 30000);
        QVERIFY(bulk->wasCancelled());
        QVERIFY(!WorkspaceLock::holder(m_fixture->context().database(), workspaceId(), &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
};

QTEST_MAIN(TestBulkActionLock)
#include "tst_bulk_action_lock.moc"
