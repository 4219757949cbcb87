// The window while a refresh reads a large Heartbeat community from a real roster-sandbox: the
// refresh holds the roster database's write lock until it ends, so every action that writes
// the store is disabled and says why, and comes back when it ends; Cancel in the status bar
// leaves the roster as it was and says so.
#include "http_client.h"
#include "main_window.h"
#include "member_actions.h"
#include "member_search_bar.h"
#include "member_service.h"
#include "member_table_model.h"
#include "member_table_view.h"
#include "window_fixture.h"

#include <QAction>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWindowSyncBusy : public QObject
{
    Q_OBJECT

    // Enough that the listing arrives in many batches, each told as progress before the end.
    static constexpr int SeededMembers = 30'000;
    static constexpr int SyncMs = 60'000;

    std::unique_ptr<WindowFixture> m_fixture;
    HttpClient m_http;

    MainWindow *window() const { return m_fixture->window(); }
    MemberActions *actions() const { return window()->memberActions(); }
    MemberTableModel *model() const { return window()->memberModel(); }
    QString status() const { return window()->statusBar()->currentMessage(); }
    QString busyReason() const
    {
        return u"Roster is reading the members of Busy community; try again when it has "
               "finished."_s;
    }
    QList<QAction *> writingActions() const
    {
        MemberActions *a = actions();
        return {a->add(),       a->edit(),    a->deactivate(),   a->copyLink(),
                a->quickLink(), a->refresh(), a->importMembers()};
    }

    // The window filled its empty roster from the provider at the first show.
    bool rosterFilled()
    {
        return QTest::qWaitFor(
            [this] {
                return actions()->service() && !model()->isLoading() &&
                       model()->rowCount() == SeededMembers && actions()->refresh()->isEnabled();
            },
            SyncMs);
    }

    // Runs `atFirstProgress` once, while the sync is under way: when it has read some members.
    void onFirstProgress(std::function<void(const ListingProgress &)> atFirstProgress)
    {
        auto done = std::make_shared<bool>(false);
        connect(actions()->service(), &MemberService::syncProgress, this,
                [done, atFirstProgress](const ListingProgress &read) {
                    if (*done || read.membersRead == 0)
                        return;
                    *done = true;
                    atFirstProgress(read);
                });
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<WindowFixture>();
        QVERIFY(m_fixture->startSandbox(
            {u"--rate-limit"_s, u"0"_s, u"--members"_s, QString::number(SeededMembers)}));
        QVERIFY(m_fixture->openContext(
            QList<WindowFixture::PlannedWorkspace>{{Provider::Heartbeat, u"Busy community"_s}}));
        m_fixture->createWindow()->resize(1280, 800);
        QVERIFY(m_fixture->showWindow());
        QVERIFY2(rosterFilled(), qPrintable(status()));
    }

    void cleanup() { m_fixture.reset(); }

    void refresh_disablesWhatWritesTheRosterWithTheReasonUntilItEnds()
    {
        const QString email = model()->memberAt(0).email;
        m_fixture->select({email});
        for (QAction *action : writingActions())
            QVERIFY2(action->isEnabled(), qPrintable(action->objectName() + u" before"_s));

        struct Seen
        {
            bool taken = false;
            QStringList enabled;
            QStringList withoutReason;
            bool searchEnabled = false;
            qint64 read = 0;
        };
        auto seen = std::make_shared<Seen>();
        onFirstProgress([this, seen](const ListingProgress &read) {
            seen->taken = true;
            seen->read = read.membersRead;
            for (QAction *action : writingActions()) {
                if (action->isEnabled())
                    seen->enabled << action->objectName();
                if (action->toolTip() != busyReason())
                    seen->withoutReason << action->objectName() + u": "_s + action->toolTip();
            }
            seen->searchEnabled = window()->searchBar()->searchField()->isEnabled();
        });
        actions()->refresh()->trigger();
        QVERIFY2(status().startsWith(u"Reading every member of Busy community"_s),
                 qPrintable(status()));
        QTRY_VERIFY_WITH_TIMEOUT(seen->taken, SyncMs);
        QVERIFY(seen->read < SeededMembers);
        QVERIFY2(seen->enabled.isEmpty(), qPrintable(seen->enabled.join(u", "_s)));
        QVERIFY2(seen->withoutReason.isEmpty(), qPrintable(seen->withoutReason.join(u"; "_s)));
        QVERIFY(seen->searchEnabled);

        // Once it has ended, they act again.
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(u"Busy community: 30000 members listed"_s),
                                 SyncMs);
        QTRY_VERIFY(!model()->isLoading());
        m_fixture->select({email});
        for (QAction *action : writingActions()) {
            QVERIFY2(action->isEnabled(), qPrintable(action->objectName() + u" after"_s));
            QVERIFY(action->toolTip() != busyReason());
        }
    }

    void cancelledRefresh_leavesTheRosterAsItWas()
    {
        const MemberRecord before = model()->memberAt(0);
        // Changed at the provider meanwhile: a refresh that ran to its end would show it.
        const TestReply changed = m_http.sendJson(
            "POST", m_fixture->sandbox().url(u"/heartbeat/v0/users"_s),
            HttpClient::bearer(m_fixture->sandbox().apiKey()),
            QJsonObject{{u"email"_s, before.email}, {u"name"_s, u"Renamed At Provider"_s}});
        QCOMPARE(changed.status, 200);

        auto cancelledAt = std::make_shared<qint64>(0);
        onFirstProgress([this, cancelledAt](const ListingProgress &read) {
            auto *cancel = window()->findChild<QPushButton *>(u"cancelRefresh"_s);
            if (!cancel || !cancel->isVisible())
                return;
            *cancelledAt = read.membersRead;
            cancel->click();
        });
        actions()->refresh()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(*cancelledAt > 0, SyncMs);
        QVERIFY(*cancelledAt < SeededMembers);
        QTRY_VERIFY_WITH_TIMEOUT(status().contains(u"was cancelled"_s), SyncMs);
        QVERIFY2(status().startsWith(
                     u"Refreshing Busy community was cancelled: the local roster is as it was."_s),
                 qPrintable(status()));
        QTRY_VERIFY(actions()->refresh()->isEnabled());

        // The roster read again from the store: the same rows, the old name.
        model()->load(m_fixture->paths().databaseFile, window()->shownWorkspaceId());
        QTRY_VERIFY(!model()->isLoading());
        QCOMPARE(model()->rowCount(), SeededMembers);
        const int row = model()->rowOfEmail(before.email);
        QVERIFY(row >= 0);
        QCOMPARE(model()->memberAt(row).displayName, before.displayName);
        QVERIFY(before.displayName != u"Renamed At Provider"_s);
    }
};

QTEST_MAIN(TestWindowSyncBusy)
#include "tst_window_sync_busy.moc"
