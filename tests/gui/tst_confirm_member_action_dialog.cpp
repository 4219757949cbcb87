// ConfirmMemberActionDialog: who and how many it names, destructive wording and Cancel as the
// default for deactivation, and what its buttons answer.
#include "confirm_member_action_dialog.h"
#include "dialog_test_helpers.h"

#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using DialogTest::click;
using DialogTest::find;

Q_DECLARE_METATYPE(MemberAction)

namespace {
QStringList addresses(int count)
{
    QStringList emails;
    for (int i = 1; i <= count; ++i)
        emails << u"member%1@example.com"_s.arg(i);
    return emails;
}
} // namespace

class TestConfirmMemberActionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { DialogTest::quietOffscreenWarnings(); }

    void namesWhoAndHowMany_data()
    {
        QTest::addColumn<MemberAction>("action");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("question");
        QTest::addColumn<int>("named");
        QTest::addColumn<QString>("more");
        QTest::addColumn<QString>("button");
        QTest::newRow("deactivate one")
            << MemberAction::Deactivate << 1 << u"Deactivate member1@example.com in Acme?"_s << 1
            << QString() << u"&Deactivate Member"_s;
        QTest::newRow("deactivate three")
            << MemberAction::Deactivate << 3 << u"Deactivate 3 members of Acme?"_s << 3 << QString()
            << u"&Deactivate 3 Members"_s;
        QTest::newRow("deactivate five")
            << MemberAction::Deactivate << 5 << u"Deactivate 5 members of Acme?"_s << 5 << QString()
            << u"&Deactivate 5 Members"_s;
        QTest::newRow("deactivate six")
            << MemberAction::Deactivate << 6 << u"Deactivate 6 members of Acme?"_s << 5
            << u"and 1 more"_s << u"&Deactivate 6 Members"_s;
        QTest::newRow("reactivate 1200")
            << MemberAction::Reactivate << 1200 << u"Reactivate 1200 members of Acme?"_s << 5
            << u"and 1195 more"_s << u"&Reactivate 1200 Members"_s;
    }

    void namesWhoAndHowMany()
    {
        QFETCH(MemberAction, action);
        QFETCH(int, count);
        QFETCH(QString, question);
        QFETCH(int, named);
        QFETCH(QString, more);
        QFETCH(QString, button);
        const QStringList emails = addresses(count);
        ConfirmMemberActionDialog dialog(action, emails, u"Acme"_s);
        QCOMPARE(dialog.text(), question);
        const QString details = dialog.informativeText();
        const QStringList lines = dialog.text().split(u' ') + details.split(u'\n');
        int shown = 0;
        for (int i = 0; i < count; ++i) {
            const bool listed =
                lines.contains(emails.at(i)) || dialog.text().contains(emails.at(i) + u' ');
            QVERIFY2(listed == (i < named), qPrintable(emails.at(i)));
            shown += listed ? 1 : 0;
        }
        QCOMPARE(shown, named);
        if (more.isEmpty())
            QVERIFY2(!details.contains(u"more"_s), qPrintable(details));
        else
            QVERIFY2(details.contains(more), qPrintable(details));
        QCOMPARE(dialog.actionButton()->text(), button);
    }

    void deactivationIsDestructiveAndDefaultsToCancel()
    {
        ConfirmMemberActionDialog dialog(MemberAction::Deactivate, addresses(2), u"Acme"_s);
        QCOMPARE(dialog.icon(), QMessageBox::Warning);
        QCOMPARE(dialog.buttonRole(dialog.actionButton()), QMessageBox::DestructiveRole);
        QCOMPARE(dialog.defaultButton()->objectName(), u"cancelActionButton"_s);
        QVERIFY2(dialog.informativeText().contains(u"can no longer sign in"_s),
                 qPrintable(dialog.informativeText()));

        // Enter alone does not deactivate.
        QSignalSpy confirmed(&dialog, &ConfirmMemberActionDialog::confirmed);
        dialog.open();
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(confirmed.count(), 0);
    }

    void reactivationDefaultsToTheAction()
    {
        ConfirmMemberActionDialog dialog(MemberAction::Reactivate, addresses(2), u"Acme"_s);
        QCOMPARE(dialog.icon(), QMessageBox::Question);
        QCOMPARE(dialog.defaultButton(), dialog.actionButton());
        QSignalSpy confirmed(&dialog, &ConfirmMemberActionDialog::confirmed);
        dialog.open();
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(confirmed.count(), 1);
    }

    void buttonsAnswer_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<int>("confirmations");
        QTest::newRow("confirm") << u"confirmActionButton"_s << 1;
        QTest::newRow("cancel") << u"cancelActionButton"_s << 0;
    }

    void buttonsAnswer()
    {
        QFETCH(QString, button);
        QFETCH(int, confirmations);
        ConfirmMemberActionDialog dialog(MemberAction::Deactivate, addresses(7), u"Acme"_s);
        QSignalSpy confirmed(&dialog, &ConfirmMemberActionDialog::confirmed);
        dialog.open();
        QVERIFY(click(find<QPushButton>(&dialog, button)));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(confirmed.count(), confirmations);
    }

    // A selection the action leaves partly alone says how many and why, first.
    void saysHowManyAreSkippedAndWhy()
    {
        QStringList emails;
        for (int i = 0; i < 184; ++i)
            emails << u"member%1@example.com"_s.arg(i);
        ConfirmMemberActionDialog dialog(MemberAction::Deactivate, emails, u"Acme"_s);
        dialog.setSelectedCount(200);
        QVERIFY2(dialog.informativeText().startsWith(
                     u"184 of 200 will be deactivated; 16 are already deactivated."_s),
                 qPrintable(dialog.informativeText()));
        QCOMPARE(dialog.text(), u"Deactivate 184 members of Acme?"_s);
        QCOMPARE(ConfirmMemberActionDialog::skippedNote(MemberAction::Reactivate, 3, 5),
                 u"3 of 5 will be reactivated; 2 are not deactivated."_s);
        QCOMPARE(
            ConfirmMemberActionDialog::skippedNote(MemberAction::AddToGroup, 3, 5, u"Mentors"_s),
            u"3 of 5 will be added; 2 are already in Mentors."_s);
        // Nothing left out: nothing said.
        ConfirmMemberActionDialog all(MemberAction::Deactivate, emails, u"Acme"_s);
        const QString before = all.informativeText();
        all.setSelectedCount(184);
        QCOMPARE(all.informativeText(), before);
    }

    void escapeCancels()
    {
        ConfirmMemberActionDialog dialog(MemberAction::Reactivate, addresses(3), u"Acme"_s);
        QSignalSpy confirmed(&dialog, &ConfirmMemberActionDialog::confirmed);
        dialog.open();
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(confirmed.count(), 0);
    }
};

QTEST_MAIN(TestConfirmMemberActionDialog)
#include "tst_confirm_member_action_dialog.moc"
