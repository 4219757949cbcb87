// Confirm, the window's one way to ask before a step: names, buttons, Escape and the default
// button as the step needs, asked without blocking; and StatusReport, its one way to say what
// was done (the status bar and the run log at the right level); and the typed confirmation a
// run that deactivates too many members asks for.
#include "confirm.h"
#include "deactivation_confirmation.h"
#include "deactivation_guard.h"
#include "dialog_test_helpers.h"
#include "run_log.h"
#include "status_report.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

using namespace Qt::StringLiterals;
using DialogTest::click;
using DialogTest::find;
using DialogTest::type;

namespace {
ConfirmSpec removal()
{
    ConfirmSpec spec;
    spec.objectName = u"removeThing"_s;
    spec.title = u"Remove Thing?"_s;
    spec.text = u"Remove the thing?"_s;
    spec.informativeText = u"It cannot be brought back."_s;
    spec.yesText = u"&Remove"_s;
    spec.destructive = true;
    return spec;
}

ConfirmSpec typedRemoval()
{
    ConfirmSpec spec = removal();
    spec.typedConfirmation = u"60"_s;
    spec.typedPrompt = u"&Type 60 to confirm:"_s;
    return spec;
}
} // namespace

class TestConfirm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { DialogTest::quietOffscreenWarnings(); }

    void asksWithoutBlockingAndNamesEverything()
    {
        QWidget window;
        window.show();
        int yes = 0;
        QMessageBox *box = Confirm::ask(&window, removal(), [&yes] { ++yes; });
        // open(): the call came back at once, with the box showing over its window.
        QVERIFY(box->isVisible());
        QCOMPARE(box->windowModality(), Qt::WindowModal);
        QCOMPARE(box->parentWidget(), &window);
        QCOMPARE(box->objectName(), u"removeThing"_s);
        QCOMPARE(box->accessibleName(), u"Remove Thing?"_s);
        QCOMPARE(box->windowTitle(), u"Remove Thing?"_s);
        QCOMPARE(box->text(), u"Remove the thing?"_s);
        QCOMPARE(box->informativeText(), u"It cannot be brought back."_s);
        QCOMPARE(box->icon(), QMessageBox::Warning);
        auto *confirm = find<QPushButton>(box, u"confirmYesButton"_s);
        auto *cancel = find<QPushButton>(box, u"confirmNoButton"_s);
        QCOMPARE(confirm->text(), u"&Remove"_s);
        QCOMPARE(confirm->accessibleName(), u"Remove"_s);
        QVERIFY(!cancel->accessibleName().isEmpty());
        QCOMPARE(box->buttonRole(confirm), QMessageBox::DestructiveRole);
        QCOMPARE(yes, 0);
        QVERIFY(click(confirm));
        QCOMPARE(yes, 1);
        QVERIFY(!box->isVisible());
    }

    void destructiveDefaultsToNoAndEscapeIsNo_data()
    {
        QTest::addColumn<bool>("destructive");
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("yes");
        QTest::newRow("destructive, Enter") << true << int(Qt::Key_Return) << 0;
        QTest::newRow("destructive, Escape") << true << int(Qt::Key_Escape) << 0;
        QTest::newRow("other, Enter") << false << int(Qt::Key_Return) << 1;
        QTest::newRow("other, Escape") << false << int(Qt::Key_Escape) << 0;
    }

    void destructiveDefaultsToNoAndEscapeIsNo()
    {
        QFETCH(bool, destructive);
        QFETCH(int, key);
        QFETCH(int, yes);
        QWidget window;
        window.show();
        ConfirmSpec spec = removal();
        spec.destructive = destructive;
        spec.noText = u"&Keep It"_s;
        spec.yesObjectName = u"removeButton"_s;
        spec.noObjectName = u"keepButton"_s;
        spec.noAccessibleName = u"Keep the thing"_s;
        int confirmed = 0;
        QPointer<QMessageBox> box = Confirm::ask(&window, spec, [&confirmed] { ++confirmed; });
        auto *keep = find<QPushButton>(box, u"keepButton"_s);
        QCOMPARE(keep->text(), u"&Keep It"_s);
        QCOMPARE(keep->accessibleName(), u"Keep the thing"_s);
        QCOMPARE(box->escapeButton(), keep);
        QCOMPARE(box->defaultButton(),
                 destructive ? keep : find<QPushButton>(box, u"removeButton"_s));
        QCOMPARE(box->icon(), destructive ? QMessageBox::Warning : QMessageBox::Question);
        QTest::keyClick(box, Qt::Key(key));
        QCOMPARE(confirmed, yes);
        QVERIFY(!box->isVisible());
        // Deleted once closed.
        QTRY_VERIFY(box.isNull());
    }

    void anOfferAfterAFailureWarnsAndRetriesOnEnter()
    {
        QWidget window;
        window.show();
        ConfirmSpec spec;
        spec.objectName = u"retryOffer"_s;
        spec.title = u"No login link for ada@example.com"_s;
        spec.text = spec.title + u'.';
        spec.informativeText = u"The provider did not answer in time."_s;
        spec.yesText = u"&Retry"_s;
        spec.afterFailure = true;
        spec.noText = u"Close"_s;
        int retried = 0;
        QPointer<QMessageBox> box = Confirm::ask(&window, spec, [&retried] { ++retried; });
        QCOMPARE(box->icon(), QMessageBox::Warning);
        QCOMPARE(box->defaultButton(), find<QPushButton>(box, u"confirmYesButton"_s));
        QCOMPARE(box->escapeButton(), find<QPushButton>(box, u"confirmNoButton"_s));
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(retried, 1);
        QTRY_VERIFY(box.isNull());
    }

    void typedConfirmation_enablesYesOnlyForTheRightText()
    {
        QWidget window;
        window.show();
        int yes = 0;
        QPointer<QMessageBox> box = Confirm::ask(&window, typedRemoval(), [&yes] { ++yes; });
        QVERIFY(QTest::qWaitForWindowExposed(box));
        auto *field = find<QLineEdit>(box, u"typedConfirmationEdit"_s);
        auto *confirm = find<QPushButton>(box, u"confirmYesButton"_s);
        // The field is where the admin types at once, labelled, and the yes button says why it
        // cannot be pressed yet.
        QTRY_VERIFY(field->hasFocus());
        QCOMPARE(field->accessibleName(), u"Type 60 to confirm:"_s);
        QVERIFY(!confirm->isEnabled());
        QVERIFY2(confirm->toolTip().contains(u"60"_s), qPrintable(confirm->toolTip()));

        // The wrong number: still disabled, and Enter neither takes the step nor cancels it.
        type(field, u"59"_s);
        QVERIFY(!confirm->isEnabled());
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(yes, 0);
        QVERIFY(box->isVisible());
        type(field, u"600"_s);
        QVERIFY(!confirm->isEnabled());
        QTest::keyClick(field, Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(yes, 0);
        QVERIFY(box->isVisible());

        // The right one: enabled, no tooltip left, and Enter takes the step.
        type(field, u"60"_s);
        QVERIFY(confirm->isEnabled());
        QCOMPARE(confirm->toolTip(), QString());
        type(field, u"6"_s);
        QVERIFY(!confirm->isEnabled());
        type(field, u" 60 "_s);
        QVERIFY(confirm->isEnabled());
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(yes, 1);
        QTRY_VERIFY(box.isNull());
    }

    void typedConfirmation_escapeCancelsEvenWhenTyped()
    {
        QWidget window;
        window.show();
        int yes = 0;
        QPointer<QMessageBox> box = Confirm::ask(&window, typedRemoval(), [&yes] { ++yes; });
        auto *field = find<QLineEdit>(box, u"typedConfirmationEdit"_s);
        type(field, u"60"_s);
        QTest::keyClick(field, Qt::Key_Escape);
        QCOMPARE(yes, 0);
        QTRY_VERIFY(box.isNull());
    }

    void typedConfirmation_staysBetweenTheTextsAndTheButtons()
    {
        QWidget window;
        window.show();
        QPointer<QMessageBox> box = Confirm::ask(&window, typedRemoval(), [] {});
        // A box that changes its texts after it was set up lays itself out again: the field
        // stays in it.
        box->setInformativeText(u"Three of them are already deactivated.\n\n"_s +
                                box->informativeText());
        QVERIFY(QTest::qWaitForWindowExposed(box));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        auto *typed = find<QWidget>(box, u"typedConfirmation"_s);
        auto *field = find<QLineEdit>(box, u"typedConfirmationEdit"_s);
        auto *buttons = box->findChild<QDialogButtonBox *>();
        auto *informative = box->findChild<QLabel *>(u"qt_msgbox_informativelabel"_s);
        QVERIFY(typed->isVisible());
        QVERIFY(field->isVisible());
        const QRect typedAt = typed->geometry();
        QVERIFY2(typedAt.top() >= informative->geometry().bottom(),
                 qPrintable(u"%1 %2"_s.arg(typedAt.top()).arg(informative->geometry().bottom())));
        QVERIFY(typedAt.bottom() <= buttons->geometry().top());
        QVERIFY(box->rect().contains(typedAt));
        QVERIFY(field->height() >= field->sizeHint().height());
        // Without a typed text, no field.
        QPointer<QMessageBox> plain = Confirm::ask(&window, removal(), [] {});
        QVERIFY(!plain->findChild<QLineEdit *>());
        plain->close();
        box->close();
    }

    void deactivationConfirmation_namesTheWorkspaceTheCountAndWhy()
    {
        QLocale::setDefault(QLocale::c());
        QStringList emails;
        for (int i = 1; i <= 8; ++i)
            emails << u"member.%1@example.com"_s.arg(i);
        const DeactivationGuard guard(100);
        const ConfirmSpec spec = DeactivationConfirmation::spec(guard, 60, emails, u"Acme"_s);
        QWidget window;
        window.show();
        int yes = 0;
        QPointer<QMessageBox> box = Confirm::ask(&window, spec, [&yes] { ++yes; });
        QCOMPARE(box->text(), u"Deactivate 60 members of Acme?"_s);
        const QString info = box->informativeText();
        // The first five, then how many more of the 60.
        QVERIFY2(info.contains(u"member.1@example.com\nmember.2@example.com"_s), qPrintable(info));
        QVERIFY2(info.contains(u"member.5@example.com\nand 55 more"_s), qPrintable(info));
        QVERIFY(!info.contains(u"member.6@example.com"_s));
        QVERIFY2(info.contains(u"This run deactivates 60 of 100 active members, more than the "
                               u"limit of 25."_s),
                 qPrintable(info));
        QCOMPARE(box->icon(), QMessageBox::Warning);
        auto *confirm = find<QPushButton>(box, u"confirmActionButton"_s);
        QCOMPARE(confirm->text(), u"&Deactivate 60 Members"_s);
        QVERIFY(!confirm->isEnabled());
        QCOMPARE(box->escapeButton(), find<QPushButton>(box, u"cancelActionButton"_s));
        auto *field = find<QLineEdit>(box, u"typedConfirmationEdit"_s);
        QVERIFY2(field->accessibleName().contains(u"(60)"_s), qPrintable(field->accessibleName()));
        type(field, u"25"_s); // the limit is not the count
        QVERIFY(!confirm->isEnabled());
        type(field, u"60"_s);
        QVERIFY(click(confirm));
        QCOMPARE(yes, 1);
    }

    void reportGoesToTheStatusBarAndTheLog_data()
    {
        QTest::addColumn<RunLog::Level>("level");
        QTest::newRow("info") << RunLog::Level::Info;
        QTest::newRow("warning") << RunLog::Level::Warning;
        QTest::newRow("error") << RunLog::Level::Error;
    }

    void reportGoesToTheStatusBarAndTheLog()
    {
        QFETCH(RunLog::Level, level);
        QMainWindow window;
        RunLog log;
        StatusReport report(window.statusBar(), log);
        report.report(level, u"Saved ada@example.com."_s);
        QCOMPARE(window.statusBar()->currentMessage(), u"Saved ada@example.com."_s);
        QCOMPARE(log.rowCount(), 1);
        const QModelIndex entry = log.index(0);
        QCOMPARE(RunLog::Level(entry.data(RunLog::LevelRole).toInt()), level);
        QVERIFY(entry.data().toString().contains(u"Saved ada@example.com."_s));
        // What is going on now is shown, not logged.
        report.show(u"Loading members…"_s);
        QCOMPARE(window.statusBar()->currentMessage(), u"Loading members…"_s);
        QCOMPARE(log.rowCount(), 1);
    }

    void aMessageWiderThanTheWindow_isReadWholeInTheTooltip()
    {
        QMainWindow window;
        window.resize(400, 300);
        RunLog log;
        StatusReport report(window.statusBar(), log);
        const QString text = u"An import of new-members.csv (pid 21439, started 07:51:02) is "
                             u"running in Heartbeat demo community. Nothing was sent: try again "
                             u"once it has ended."_s;
        report.warning(text);
        QCOMPARE(window.statusBar()->toolTip(), text);
        window.statusBar()->clearMessage();
        QCOMPARE(window.statusBar()->toolTip(), QString());
    }
};

QTEST_MAIN(TestConfirm)
#include "tst_confirm.moc"
