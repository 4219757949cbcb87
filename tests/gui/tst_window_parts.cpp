// The window's smaller parts: the run log never holds a secret and keeps the newest entries, the
// preferences round-trip through their file and the dialog, and the status bar's request
// activity follows the pacer.
#include "audit_log.h"
#include "deactivation_guard.h"
#include "field_note.h"
#include "member_detail_pane.h"
#include "member_record.h"
#include "preferences.h"
#include "preferences_dialog.h"
#include "request_activity.h"
#include "request_pacer.h"
#include "run_log.h"
#include "run_log_window.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestWindowParts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void runLog_redactsKeysAndLinksFromEveryEntry()
    {
        RunLog log;
        log.installMessageHandler();
        log.addSecret("sk_live_0123456789abcdef");
        log.info(u"Connected with sk_live_0123456789abcdef"_s);
        qWarning("opened https://forward.example/auth/magic-link?code=SECRETCODE123 for kim");
        log.error(u"Authorization: Bearer sk_other_key_42 was refused"_s);
        QTRY_COMPARE(log.rowCount(), 3);
        const QString all = log.text();
        QVERIFY2(!all.contains(u"sk_live_0123456789abcdef"_s), qPrintable(all));
        QVERIFY2(!all.contains(u"SECRETCODE123"_s), qPrintable(all));
        QVERIFY2(!all.contains(u"sk_other_key_42"_s), qPrintable(all));
        QVERIFY(all.contains(u"for kim"_s));
        // Qt's messages arrive on the next turn of the event loop, at their level.
        bool warned = false;
        for (int row = 0; row < log.rowCount(); ++row)
            warned = warned || (log.index(row).data(RunLog::LevelRole).toInt() ==
                                    int(RunLog::Level::Warning) &&
                                log.index(row).data(Qt::ToolTipRole).toString().contains(u"kim"_s));
        QVERIFY(warned);
    }

    void detailPane_showsOutsideTextAsText()
    {
        // A name, a bio and an audit change from outside: markup stays text, and escape
        // sequences show as \xHH instead of reaching the widget as control characters.
        MemberRecord member;
        member.email = u"eve@example.com"_s;
        member.displayName = u"<b>Eve</b>\x1b]0;pwned\x07"_s;
        member.bio = u"Hi \x1b[2J there"_s;
        AuditEntry edit;
        edit.when = QDateTime::currentDateTimeUtc();
        edit.memberEmail = member.email;
        edit.action = u"update"_s;
        edit.changes = u"name: 'a' → 'b\x1b[2J'"_s;
        MemberDetailPane pane;
        pane.showMember(member, {edit});
        auto *title = pane.findChild<QLabel *>(u"memberTitle"_s);
        QCOMPARE(title->textFormat(), Qt::PlainText);
        QCOMPARE(title->text(), u"<b>Eve</b>\\x1b]0;pwned\\x07"_s);
        const QString profile = pane.findChild<QLabel *>(u"memberProfile"_s)->text();
        QVERIFY2(profile.contains(u"Hi \\x1b[2J there"_s), qPrintable(profile));
        QVERIFY(!profile.contains(QChar(0x1b)));
        auto *history = pane.findChild<QTreeWidget *>(u"memberHistory"_s);
        const QString changes = history->topLevelItem(0)->child(0)->text(0);
        QVERIFY2(changes.contains(u"\\x1b[2J"_s) && !changes.contains(QChar(0x1b)),
                 qPrintable(changes));
    }

    void runLog_keepsTheNewestEntries()
    {
        RunLog log;
        for (qsizetype i = 0; i < RunLog::MaxEntries + 10; ++i)
            log.info(u"entry %1"_s.arg(i));
        QCOMPARE(log.rowCount(), int(RunLog::MaxEntries));
        QVERIFY(log.index(0).data(Qt::ToolTipRole).toString() == u"entry 10"_s);
    }

    void runLogWindow_showsDatesAndWrapsLongLinesWithTheWholeTextInTheTooltip()
    {
        RunLog log;
        const QString longLine = QString(u"word "_s).repeated(80).trimmed();
        log.error(longLine);
        const QString shown = log.index(0).data().toString();
        QVERIFY2(shown.startsWith(QDate::currentDate().toString(Qt::ISODate)), qPrintable(shown));
        QCOMPARE(log.index(0).data(Qt::ToolTipRole).toString(), longLine);
        RunLogWindow window(&log);
        auto *view = window.findChild<QListView *>(u"runLogView"_s);
        QVERIFY(view->wordWrap());
        window.resize(400, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Wrapped: the row is taller than one line and no wider than the view.
        const QRect row = view->visualRect(log.index(0));
        QVERIFY2(row.height() > 2 * view->fontMetrics().height(), qPrintable(shown));
        QVERIFY(row.width() <= view->viewport()->width());
    }

    void preferences_roundTripAndStayInBounds()
    {
        const QString path = m_dir.filePath(u"prefs.ini"_s);
        {
            Preferences preferences(path);
            QCOMPARE(preferences.clipboardSeconds(), Preferences::DefaultClipboardSeconds);
            preferences.setClipboardSeconds(45);
            preferences.setDefaultWorkspaceId(u"ws-1"_s);
            preferences.setDensity(Preferences::Density::Compact);
        }
        Preferences preferences(path);
        QCOMPARE(preferences.clipboardSeconds(), 45);
        QCOMPARE(preferences.defaultWorkspaceId(), u"ws-1"_s);
        QCOMPARE(preferences.density(), Preferences::Density::Compact);
        preferences.setClipboardSeconds(100000);
        QCOMPARE(preferences.clipboardSeconds(), Preferences::MaxClipboardSeconds);
        preferences.settings().setValue(u"clipboard/clearAfterSeconds"_s, u"soon"_s);
        QCOMPARE(preferences.clipboardSeconds(), Preferences::DefaultClipboardSeconds);
    }

    void preferences_deactivationLimit_isTheDefaultRuleUntilSet()
    {
        const QString path = m_dir.filePath(u"limit.ini"_s);
        {
            Preferences preferences(path);
            QCOMPARE(preferences.deactivationLimit(), 0);
            preferences.setDeactivationLimit(40);
        }
        Preferences preferences(path);
        QCOMPARE(preferences.deactivationLimit(), 40);
        // A number the file should not hold reads as the default rule, never as "no limit".
        preferences.settings().setValue(u"import/deactivationLimit"_s, u"lots"_s);
        QCOMPARE(preferences.deactivationLimit(), 0);
        preferences.settings().setValue(u"import/deactivationLimit"_s, -7);
        QCOMPARE(preferences.deactivationLimit(), 0);
        preferences.setDeactivationLimit(0);
        QVERIFY(!preferences.settings().contains(u"import/deactivationLimit"_s));
    }

    void preferencesDialog_setsTheDeactivationLimit()
    {
        Preferences preferences(m_dir.filePath(u"limit-dialog.ini"_s));
        {
            PreferencesDialog dialog(preferences, {});
            auto *limit = dialog.findChild<QSpinBox *>(u"deactivationLimit"_s);
            // Unset: the spin box says the default rule in words, not "0".
            QCOMPARE(limit->value(), 0);
            QCOMPARE(limit->text(), u"Default: 10% or 25 members"_s);
            QVERIFY(!limit->accessibleName().isEmpty());
            auto *note = dialog.findChild<FieldNote *>(u"deactivationLimitNote"_s);
            QVERIFY2(note->text().contains(u"--max-deactivations"_s), qPrintable(note->text()));
            // The label's mnemonic leads to the field.
            bool labelled = false;
            for (const QLabel *label : dialog.findChildren<QLabel *>())
                labelled |=
                    label->buddy() == limit && label->text().contains(u"type the &number"_s);
            QVERIFY(labelled);
            limit->setValue(40);
            QCOMPARE(limit->text(), u"40 members"_s);
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        }
        QCOMPARE(preferences.deactivationLimit(), 40);
        const DeactivationGuard guard(100, preferences.deactivationLimit());
        QVERIFY(!guard.needsTypedConsent(40));
        QVERIFY(guard.needsTypedConsent(41));
        {
            PreferencesDialog dialog(preferences, {});
            auto *limit = dialog.findChild<QSpinBox *>(u"deactivationLimit"_s);
            QCOMPARE(limit->value(), 40);
            limit->setValue(0); // back to the default rule
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        }
        QCOMPARE(preferences.deactivationLimit(), 0);
    }

    void preferencesDialog_appliesOnOkOnly()
    {
        Preferences preferences(m_dir.filePath(u"dialog.ini"_s));
        Workspace acme = Workspace::create(u"Acme"_s, Provider::Beam);
        {
            PreferencesDialog dialog(preferences, {acme});
            dialog.findChild<QSpinBox *>(u"clipboardSeconds"_s)->setValue(5);
            dialog.reject();
        }
        QCOMPARE(preferences.clipboardSeconds(), Preferences::DefaultClipboardSeconds);
        PreferencesDialog dialog(preferences, {acme});
        dialog.findChild<QSpinBox *>(u"clipboardSeconds"_s)->setValue(0);
        auto *workspace = dialog.findChild<QComboBox *>(u"defaultWorkspace"_s);
        workspace->setCurrentIndex(workspace->findData(acme.id));
        auto *density = dialog.findChild<QComboBox *>(u"tableDensity"_s);
        density->setCurrentIndex(density->findData(int(Preferences::Density::Compact)));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(preferences.clipboardSeconds(), 0);
        QCOMPARE(preferences.defaultWorkspaceId(), acme.id);
        QCOMPARE(preferences.density(), Preferences::Density::Compact);
    }

    void requestActivity_saysWhatIsInFlightQueuedAndPaused()
    {
        RequestPacer pacer(1, 1);
        RequestActivity activity;
        activity.setPacer(&pacer);
        auto *text = activity.findChild<QLabel *>(u"requestActivityText"_s);
        QCOMPARE(text->text(), u"Idle"_s);
        pacer.submit([] {});
        pacer.submit([] {});
        QTRY_VERIFY2(text->text().contains(u"1 in flight"_s) &&
                         text->text().contains(u"1 queued"_s),
                     qPrintable(text->text()));
        pacer.pauseFor(5000);
        QTRY_VERIFY2(text->text().contains(u"paused"_s), qPrintable(text->text()));
    }
};

QTEST_MAIN(TestWindowParts)
#include "tst_window_parts.moc"
