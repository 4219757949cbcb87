// The window while another process syncs (here one more connection to the same roster, naming
// the sync in workspace_locks as a sync does): that sync's transaction holds the roster's write
// lock, so an action on one member would be carried out by the provider and not recorded. The
// window sends nothing and says why, in the status bar, or in the member dialog when the sync
// began while it was open; once the sync has ended, the same action goes ahead.
#include "bulk_test_members.h"
#include "confirm_member_action_dialog.h"
#include "dialog_test_helpers.h"
#include "inline_message.h"
#include "main_window.h"
#include "member_actions.h"
#include "member_dialog.h"
#include "roster_database.h"
#include "sandbox_stats.h"
#include "window_fixture.h"
#include "workspace_lock.h"

#include <QAction>
#include <QCoreApplication>
#include <QJsonObject>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;
using DialogTest::click;

class TestWindowSyncElsewhere : public QObject
{
    Q_OBJECT

    static constexpr int SeededMembers = 10;

    std::unique_ptr<WindowFixture> m_fixture;
    std::unique_ptr<RosterDatabase> m_other;
    std::unique_ptr<WorkspaceLock> m_sync;

    MainWindow *window() const { return m_fixture->window(); }
    MemberActions *actions() const { return window()->memberActions(); }
    QString status() const { return window()->statusBar()->currentMessage(); }

    // What another process's sync of Acme leaves in workspace_locks.
    bool recordSyncElsewhere()
    {
        m_other = std::make_unique<RosterDatabase>(m_fixture->context().paths().databaseFile);
        QString error;
        if (!m_other->open(&error))
            return false;
        m_sync = std::make_unique<WorkspaceLock>(*m_other, window()->shownWorkspaceId());
        return m_sync->tryTake(WorkspaceWork::Sync, u"Acme"_s, nullptr, &error) ==
               WorkspaceLock::Outcome::Taken;
    }

    static bool namesTheSync(const QString &text)
    {
        return text.startsWith(u"Roster is reading the members of Acme (pid %1, started "_s.arg(
                   QCoreApplication::applicationPid())) &&
               text.endsWith(u"; try again when it has finished. Nothing was sent to the "
                             "provider."_s);
    }

    // Requests the sandbox answered that change something at Forward (anything but a GET).
    qint64 writes() { return SandboxStats::changes(m_fixture->sandbox().stats(), u"forward"_s); }

    bool noDialogs() const
    {
        return window()->findChildren<MemberDialog *>().isEmpty() &&
               window()->findChildren<ConfirmMemberActionDialog *>().isEmpty();
    }

private Q_SLOTS:
    void initTestCase() { DialogTest::quietOffscreenWarnings(); }

    void init()
    {
        m_fixture = std::make_unique<WindowFixture>();
        QVERIFY(m_fixture->startSandbox(
            {u"--rate-limit"_s, u"0"_s, u"--members"_s, QString::number(SeededMembers)}));
        QVERIFY(m_fixture->open({{Provider::Forward, u"Acme"_s}}, SeededMembers));
    }

    void cleanup()
    {
        m_sync.reset();
        m_other.reset();
        m_fixture.reset();
    }

    void singleMemberActions_sendNothingAndSayWhy()
    {
        const QStringList one = BulkTestMembers::active(m_fixture->sandbox(), u"forward"_s, 1);
        QCOMPARE(one.size(), 1);
        m_fixture->select(one);
        QTRY_VERIFY(actions()->edit()->isEnabled());
        QVERIFY(recordSyncElsewhere());
        const qint64 writesBefore = writes();

        for (QAction *action : {actions()->edit(), actions()->deactivate(), actions()->copyLink(),
                                actions()->add()}) {
            window()->statusBar()->clearMessage();
            QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
            action->trigger();
            QTRY_VERIFY2(namesTheSync(status()),
                         qPrintable(action->objectName() + u": "_s + status()));
            QVERIFY2(noDialogs(), qPrintable(action->objectName()));
        }
        QCOMPARE(writes(), writesBefore);
        QVERIFY(BulkTestMembers::deactivated(m_fixture->sandbox(), u"forward"_s, one).isEmpty());

        // Once the sync has ended, the same action goes ahead.
        m_sync->release();
        actions()->deactivate()->trigger();
        auto *confirm = m_fixture->openedDialog<ConfirmMemberActionDialog>();
        QVERIFY(confirm);
        QVERIFY(click(confirm->actionButton()));
        QTRY_COMPARE(status(), u"Deactivated %1."_s.arg(one.first()));
        QCOMPARE(BulkTestMembers::deactivated(m_fixture->sandbox(), u"forward"_s, one).size(), 1);
    }

    void aSyncBegunWhileAConfirmationIsOpen_keepsTheActionFromBeingSent()
    {
        const QStringList one = BulkTestMembers::active(m_fixture->sandbox(), u"forward"_s, 1);
        m_fixture->select(one);
        QTRY_VERIFY(actions()->deactivate()->isEnabled());
        actions()->deactivate()->trigger();
        auto *confirm = m_fixture->openedDialog<ConfirmMemberActionDialog>();
        QVERIFY(confirm);
        QVERIFY(recordSyncElsewhere());
        const qint64 writesBefore = writes();
        QVERIFY(click(confirm->actionButton()));
        QTRY_VERIFY2(namesTheSync(status()), qPrintable(status()));
        QCOMPARE(writes(), writesBefore);
        QVERIFY(BulkTestMembers::deactivated(m_fixture->sandbox(), u"forward"_s, one).isEmpty());
    }

    void aSyncBegunWhileTheEditorIsOpen_keepsTheSaveFromBeingSent()
    {
        const QStringList one = BulkTestMembers::active(m_fixture->sandbox(), u"forward"_s, 1);
        m_fixture->select(one);
        QTRY_VERIFY(actions()->edit()->isEnabled());
        actions()->edit()->trigger();
        QPointer<MemberDialog> dialog = m_fixture->openedDialog<MemberDialog>();
        QVERIFY(dialog);
        auto *firstName = dialog->findChild<QLineEdit *>(u"firstNameEdit"_s);
        QVERIFY(firstName);
        QTRY_VERIFY(firstName->isEnabled());
        DialogTest::type(firstName, u"Renamed"_s);
        QVERIFY(recordSyncElsewhere());
        const qint64 writesBefore = writes();

        auto *ok = dialog->findChild<QPushButton *>(u"okButton"_s);
        QVERIFY(click(ok));
        auto *message = dialog->findChild<InlineMessage *>(u"saveMessage"_s);
        QTRY_VERIFY2(namesTheSync(message->text()), qPrintable(message->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(writes(), writesBefore);

        m_sync->release();
        QVERIFY(click(ok));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10000);
        QTRY_COMPARE(status(), u"Saved %1."_s.arg(one.first()));
        QVERIFY(writes() > writesBefore);
    }
};

QTEST_MAIN(TestWindowSyncElsewhere)
#include "tst_window_sync_elsewhere.moc"
