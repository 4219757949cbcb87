// The window's bulk "Add to group…" and "Remove from group…" end to end, offscreen, against a
// real roster-sandbox and SQLite roster: the group picked from Heartbeat's groups, the same
// confirmation as deactivation, a progress dialog, and a result that lists the members the
// provider did not add; one membership request for fifty members, each member in the group
// once; disabled with the reason for a provider without groups.
#include "bulk_action_progress_dialog.h"
#include "bulk_member_action.h"
#include "bulk_test_members.h"
#include "confirm_member_action_dialog.h"
#include "dialog_test_helpers.h"
#include "group_picker_dialog.h"
#include "inline_message.h"
#include "main_window.h"
#include "member_actions.h"
#include "member_repository.h"
#include "member_table_model.h"
#include "member_table_view.h"
#include "window_fixture.h"

#include <QAction>
#include <QJsonArray>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using DialogTest::click;
using DialogTest::find;

namespace {
const QString Mentors = u"grp_mentors"_s;
const QString AddMemberships = u"PUT /v0/groups/{groupID}/memberships"_s;
const QString RemoveMemberships = u"DELETE /v0/groups/{groupID}/memberships"_s;
} // namespace

class TestBulkGroupAction : public QObject
{
    Q_OBJECT

    static constexpr int SeededMembers = 80;

    std::unique_ptr<WindowFixture> m_fixture;

    bool openWindowOn(Provider provider)
    {
        return m_fixture->open({{provider, u"Acme"_s}}, SeededMembers);
    }

    MainWindow *window() const { return m_fixture->window(); }
    MemberTableModel *model() const { return m_fixture->model(); }
    void select(const QStringList &emails) { m_fixture->select(emails); }

    template <typename Dialog> Dialog *openedDialog() { return m_fixture->openedDialog<Dialog>(); }

    // Picks `name` in the open group picker, once its groups are loaded, and goes on.
    bool pickGroup(const QString &name)
    {
        auto *picker = openedDialog<GroupPickerDialog>();
        if (!picker)
            return false;
        QListWidget *groups = picker->groupList();
        QListWidgetItem *item = nullptr;
        const bool loaded = QTest::qWaitFor(
            [&] {
                for (int row = 0; row < groups->count(); ++row) {
                    if (groups->item(row)->text().startsWith(name))
                        item = groups->item(row);
                }
                return item != nullptr;
            },
            20000);
        if (!loaded)
            return false;
        groups->setCurrentItem(item);
        return click(find<QPushButton>(picker, u"okButton"_s));
    }

    // How often each of `emails` is in `groupId` at the sandbox.
    QMap<QString, int> membershipsIn(const QString &groupId, const QStringList &emails)
    {
        QMap<QString, int> counts;
        const QJsonArray members =
            m_fixture->sandbox().state(u"heartbeat"_s)[u"members"_s].toArray();
        for (const QJsonValue &member : members) {
            const QString email = member[u"email"_s].toString();
            if (!emails.contains(email))
                continue;
            int times = 0;
            for (const QJsonValue &id : member[u"groupIDs"_s].toArray())
                times += id.toString() == groupId ? 1 : 0;
            counts.insert(email, times);
        }
        return counts;
    }

    qint64 requests(const QString &endpoint)
    {
        return BulkTestMembers::requests(m_fixture->sandbox(), u"heartbeat"_s, endpoint);
    }

private Q_SLOTS:
    void initTestCase() { DialogTest::quietOffscreenWarnings(); }

    void init()
    {
        m_fixture = std::make_unique<WindowFixture>();
        QVERIFY(m_fixture->startSandbox(
            QStringList{u"--rate-limit"_s, u"0"_s, u"--members"_s, QString::number(SeededMembers)},
            "bulk-group-key-5d01c3"));
    }

    void cleanup() { m_fixture.reset(); }

    void addFiftyToAGroupAndReportTheOneIgnored()
    {
        QVERIFY(openWindowOn(Provider::Heartbeat));
        const QStringList fifty = BulkTestMembers::active(m_fixture->sandbox(), u"heartbeat"_s, 50);
        QCOMPARE(fifty.size(), 50);
        // In the local roster, but no longer at Heartbeat: Heartbeat skips them without a word.
        MemberRecord gone;
        gone.workspaceId = window()->shownWorkspaceId();
        gone.email = u"left.long.ago@example.com"_s;
        gone.displayName = u"Left Long Ago"_s;
        QString error;
        QVERIFY2(MemberRepository(m_fixture->context().database()).upsert(gone, &error),
                 qPrintable(error));
        model()->upsert(gone);
        select(fifty + QStringList{gone.email});
        // Those already in the group are left out, and the confirmation says so.
        QStringList already;
        for (const QString &email : fifty) {
            for (const MemberGroup &group : model()->memberAt(model()->rowOfEmail(email)).groups)
                already += group.id == Mentors ? QStringList{email} : QStringList{};
        }
        const int asked = 51 - int(already.size());

        QAction *add = window()->memberActions()->addToGroup();
        QTRY_VERIFY(add->isEnabled());
        const qint64 putsBefore = requests(AddMemberships);
        add->trigger();
        QVERIFY(pickGroup(u"Mentors"_s));
        auto *confirm = openedDialog<ConfirmMemberActionDialog>();
        QVERIFY(confirm);
        QCOMPARE(confirm->text(), u"Add %1 members of Acme to the group Mentors?"_s.arg(asked));
        if (!already.isEmpty()) {
            const QString skipped = u"%1 of 51 will be added; %2 are already in Mentors."_s.arg(
                QString::number(asked), QString::number(already.size()));
            QVERIFY2(confirm->informativeText().startsWith(skipped),
                     qPrintable(confirm->informativeText()));
        }
        QCOMPARE(confirm->defaultButton(), confirm->actionButton());
        QVERIFY(click(confirm->actionButton()));

        auto *progress = openedDialog<BulkActionProgressDialog>();
        QVERIFY(progress);
        BulkMemberAction *bulk = progress->action();
        QCOMPARE(bulk->action(), MemberAction::AddToGroup);
        QTRY_VERIFY_WITH_TIMEOUT(!bulk->isRunning() && bulk->finishedCount() == asked, 30000);
        QCOMPARE(bulk->succeededCount(), asked - 1);
        QCOMPARE(bulk->failures().size(), 1);
        QCOMPARE(bulk->failures().first().email, gone.email);
        const QString reason = bulk->failures().first().error.message;
        QVERIFY2(reason.contains(u"not a member of the community?"_s), qPrintable(reason));
        auto *failures = find<QTreeWidget>(progress, u"failuresList"_s);
        QVERIFY(failures->isVisible());
        QCOMPARE(failures->topLevelItemCount(), 1);
        QCOMPARE(failures->topLevelItem(0)->text(0), gone.email);
        const QString summary = find<InlineMessage>(progress, u"summaryMessage"_s)->text();
        QVERIFY2(summary.startsWith(u"%1 of %2 added to Mentors."_s.arg(asked - 1).arg(asked)),
                 qPrintable(summary));
        QVERIFY(find<QPushButton>(progress, u"retryFailedButton"_s)->isVisible());

        // Each of the fifty is in the group once, through one request for all of them.
        const QMap<QString, int> memberships = membershipsIn(Mentors, fifty);
        QCOMPARE(memberships.size(), 50);
        for (auto it = memberships.cbegin(); it != memberships.cend(); ++it)
            QVERIFY2(it.value() == 1,
                     qPrintable(u"%1 is in it %2 times"_s.arg(it.key()).arg(it.value())));
        QCOMPARE(requests(AddMemberships), putsBefore + 1);
        // The local roster follows.
        for (const QString &email : fifty) {
            const QList<MemberGroup> groups = model()->memberAt(model()->rowOfEmail(email)).groups;
            QVERIFY2(std::count_if(groups.cbegin(), groups.cend(),
                                   [](const MemberGroup &g) { return g.id == Mentors; }) == 1,
                     qPrintable(email));
        }
    }

    void removeASelectionFromAGroup()
    {
        QVERIFY(openWindowOn(Provider::Heartbeat));
        const QStringList ten = BulkTestMembers::active(m_fixture->sandbox(), u"heartbeat"_s, 10);
        select(ten);
        window()->memberActions()->addToGroup()->trigger();
        QVERIFY(pickGroup(u"Mentors"_s));
        QVERIFY(click(openedDialog<ConfirmMemberActionDialog>()->actionButton()));
        QPointer<BulkActionProgressDialog> added = openedDialog<BulkActionProgressDialog>();
        // Every one added: the dialog closes by itself.
        QTRY_VERIFY_WITH_TIMEOUT(!added || !added->isVisible(), 30000);
        for (const int times : membershipsIn(Mentors, ten))
            QCOMPARE(times, 1);

        const qint64 deletesBefore = requests(RemoveMemberships);
        window()->memberActions()->removeFromGroup()->trigger();
        QVERIFY(pickGroup(u"Mentors"_s));
        auto *confirm = openedDialog<ConfirmMemberActionDialog>();
        QCOMPARE(confirm->text(), u"Remove 10 members of Acme from the group Mentors?"_s);
        // Removal is worded as destructive: Enter alone does not take it.
        QCOMPARE(confirm->defaultButton()->objectName(), u"cancelActionButton"_s);
        QVERIFY(click(confirm->actionButton()));
        auto *progress = openedDialog<BulkActionProgressDialog>();
        QVERIFY(progress != added.data());
        QCOMPARE(progress->action()->action(), MemberAction::RemoveFromGroup);
        // The dialog closes, and takes the action with it, once every one is removed.
        BulkMemberAction *bulk = progress->action();
        int succeeded = -1;
        qsizetype failed = -1;
        connect(bulk, &BulkMemberAction::finished, this, [&] {
            succeeded = bulk->succeededCount();
            failed = bulk->failures().size();
        });
        QTRY_VERIFY_WITH_TIMEOUT(succeeded >= 0, 30000);
        QCOMPARE(succeeded, 10);
        QCOMPARE(failed, 0);
        for (const int times : membershipsIn(Mentors, ten))
            QCOMPARE(times, 0);
        QCOMPARE(requests(RemoveMemberships), deletesBefore + 1);
    }

    // A run that fully succeeded closes its dialog and leaves the result in the status bar with
    // an undo: "Remove them from Mentors" takes out exactly the members it added, after the
    // same confirmation, and leaves those who were in the group before.
    void groupAddUndoneFromTheStatusBar()
    {
        QVERIFY(openWindowOn(Provider::Heartbeat));
        const QStringList twenty =
            BulkTestMembers::active(m_fixture->sandbox(), u"heartbeat"_s, 20);
        QStringList before;
        const QMap<QString, int> was = membershipsIn(Mentors, twenty);
        for (auto it = was.cbegin(); it != was.cend(); ++it)
            before += it.value() > 0 ? QStringList{it.key()} : QStringList{};
        select(twenty);
        window()->memberActions()->addToGroup()->trigger();
        QVERIFY(pickGroup(u"Mentors"_s));
        QVERIFY(click(openedDialog<ConfirmMemberActionDialog>()->actionButton()));
        QPointer<BulkActionProgressDialog> progress = openedDialog<BulkActionProgressDialog>();
        QTRY_VERIFY_WITH_TIMEOUT(!progress || !progress->isVisible(), 30000);
        for (const int times : membershipsIn(Mentors, twenty))
            QCOMPARE(times, 1);

        auto *undo = window()->statusBar()->findChild<QPushButton *>(u"undoBulkButton"_s);
        QVERIFY(undo);
        QTRY_VERIFY(undo->isVisible());
        QCOMPARE(undo->text(), u"Remove them from Mentors"_s);
        const int added = 20 - int(before.size());
        QCOMPARE(window()->statusBar()->currentMessage(),
                 u"Added %1 members to Mentors."_s.arg(added));
        QVERIFY(click(undo));
        auto *confirm = openedDialog<ConfirmMemberActionDialog>();
        QVERIFY(confirm);
        QCOMPARE(confirm->text(),
                 u"Remove %1 members of Acme from the group Mentors?"_s.arg(added));
        QVERIFY(click(confirm->actionButton()));
        QTRY_VERIFY_WITH_TIMEOUT(window()->statusBar()->currentMessage() ==
                                     u"Removed %1 members from Mentors."_s.arg(added),
                                 30000);
        const QMap<QString, int> after = membershipsIn(Mentors, twenty);
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            QCOMPARE(it.value(), before.contains(it.key()) ? 1 : 0);
        // And its own undo puts them back.
        auto *redo = window()->statusBar()->findChild<QPushButton *>(u"undoBulkButton"_s);
        QTRY_VERIFY(redo && redo->isVisible());
        QCOMPARE(redo->text(), u"Add them back to Mentors"_s);
    }

    // Deactivating two, then the status bar's "Reactivate these": no Close click anywhere, and
    // the one already deactivated in the selection is named as skipped and stays deactivated.
    void deactivateTwoAndReactivateThem()
    {
        QVERIFY(openWindowOn(Provider::Forward));
        const QStringList two = BulkTestMembers::active(m_fixture->sandbox(), u"forward"_s, 2);
        QStringList off;
        for (const QJsonValue &member :
             m_fixture->sandbox().state(u"forward"_s)[u"members"_s].toArray()) {
            if (BulkTestMembers::statusOf(member.toObject()) == u"inactive"_s && off.isEmpty())
                off << member[u"email"_s].toString();
        }
        QCOMPARE(off.size(), 1);
        select(two + off);
        window()->memberActions()->deactivate()->trigger();
        auto *confirm = openedDialog<ConfirmMemberActionDialog>();
        QVERIFY(confirm);
        QVERIFY2(confirm->informativeText().startsWith(u"2 of 3 will be deactivated; "_s),
                 qPrintable(confirm->informativeText()));
        QVERIFY(click(confirm->actionButton()));
        QPointer<BulkActionProgressDialog> progress = openedDialog<BulkActionProgressDialog>();
        QTRY_VERIFY_WITH_TIMEOUT(!progress || !progress->isVisible(), 30000);
        auto statusOf = [this](const QString &email) {
            const QJsonArray members =
                m_fixture->sandbox().state(u"forward"_s)[u"members"_s].toArray();
            for (const QJsonValue &member : members) {
                if (member[u"email"_s].toString() == email)
                    return BulkTestMembers::statusOf(member.toObject());
            }
            return QString();
        };
        for (const QString &email : two)
            QCOMPARE(statusOf(email), u"inactive"_s);
        QCOMPARE(window()->statusBar()->currentMessage(), u"Deactivated 2 members."_s);

        auto *undo = window()->statusBar()->findChild<QPushButton *>(u"undoBulkButton"_s);
        QVERIFY(undo);
        QTRY_VERIFY(undo->isVisible());
        QCOMPARE(undo->text(), u"Reactivate these"_s);
        QVERIFY(click(undo));
        confirm = openedDialog<ConfirmMemberActionDialog>();
        QVERIFY(confirm);
        QCOMPARE(confirm->text(), u"Reactivate 2 members of Acme?"_s);
        QVERIFY(click(confirm->actionButton()));
        QTRY_VERIFY_WITH_TIMEOUT(
            window()->statusBar()->currentMessage() == u"Reactivated 2 members."_s, 30000);
        for (const QString &email : two)
            QCOMPARE(statusOf(email), u"active"_s);
        QCOMPARE(statusOf(off.first()), u"inactive"_s);
    }

    // A failure a retry cannot cure (the provider does not know the member: 404) is reported in
    // the status bar, without a Retry offer.
    void aFailureARetryCannotCureOffersNoRetry()
    {
        QVERIFY(openWindowOn(Provider::Forward));
        MemberRecord gone;
        gone.workspaceId = window()->shownWorkspaceId();
        gone.email = u"left.long.ago@example.com"_s;
        gone.firstName = u"Left"_s;
        gone.lastName = u"Long Ago"_s;
        gone.status = MemberStatus::Active;
        QString error;
        QVERIFY2(MemberRepository(m_fixture->context().database()).upsert(gone, &error),
                 qPrintable(error));
        model()->upsert(gone);
        select({gone.email});
        QAction *deactivate = window()->memberActions()->deactivate();
        QTRY_VERIFY(deactivate->isEnabled());
        deactivate->trigger();
        QVERIFY(click(openedDialog<ConfirmMemberActionDialog>()->actionButton()));
        QTRY_VERIFY_WITH_TIMEOUT(window()->statusBar()->currentMessage().startsWith(
                                     u"left.long.ago@example.com was not deactivated"_s),
                                 20000);
        // A Retry offer opens before the status bar's warning, in the same call.
        for (QMessageBox *box : window()->findChildren<QMessageBox *>())
            QVERIFY2(!box->isVisible(), qPrintable(box->objectName()));
    }

    void providersWithoutGroupsSayWhy()
    {
        QVERIFY(openWindowOn(Provider::Forward));
        select({model()->memberAt(0).email});
        for (QAction *action : {window()->memberActions()->addToGroup(),
                                window()->memberActions()->removeFromGroup()}) {
            QVERIFY(!action->isEnabled());
            QCOMPARE(action->toolTip(), u"Forward has no roles or groups."_s);
        }
    }

    void nothingSelectedSaysWhat()
    {
        QVERIFY(openWindowOn(Provider::Heartbeat));
        window()->memberTable()->clearSelection();
        QAction *add = window()->memberActions()->addToGroup();
        QVERIFY(!add->isEnabled());
        QVERIFY2(add->toolTip().startsWith(u"Select"_s), qPrintable(add->toolTip()));
    }
};

QTEST_MAIN(TestBulkGroupAction)
#include "tst_bulk_group_action.moc"
