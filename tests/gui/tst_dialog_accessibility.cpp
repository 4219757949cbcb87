// Every dialog, in its typical states against a real roster-sandbox, for what a keyboard or
// screen-reader user needs: a name for every control, captions whose mnemonic leads to a
// control, no mnemonic used twice, and Tab moving through the fields in the order they show.
#include "about_dialog.h"
#include "bulk_action_progress_dialog.h"
#include "bulk_member_action.h"
#include "confirm.h"
#include "confirm_member_action_dialog.h"
#include "dialog_test_helpers.h"
#include "group_picker_dialog.h"
#include "gui_test_environment.h"
#include "import_dry_run_page.h"
#include "import_file_page.h"
#include "import_mapping_page.h"
#include "import_run_page.h"
#include "import_validation_page.h"
#include "import_wizard.h"
#include "import_wizard_files.h"
#include "member_dialog.h"
#include "picture_field.h"
#include "test_pictures.h"
#include "workspace_dialog.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::StringLiterals;
using DialogTest::find;

namespace {
bool isControl(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) ||
           qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QPlainTextEdit *>(widget) ||
           qobject_cast<const QProgressBar *>(widget) ||
           (qobject_cast<const QAbstractItemView *>(widget) &&
            !qobject_cast<const QHeaderView *>(widget));
}

// Qt's own parts of composite widgets (a spin box's line edit, a message box's labels).
bool isQtInternal(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        if (w->objectName().startsWith(u"qt_"_s))
            return true;
        if (w != widget &&
            (qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w)))
            return true;
    }
    return false;
}

QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

// Problems found in `dialog`, one line each; empty when there are none.
QStringList accessibilityProblems(const QWidget &dialog)
{
    QStringList problems;
    QHash<QChar, QString> mnemonics;
    auto claim = [&](QChar key, const QString &who) {
        if (key.isNull())
            return;
        if (mnemonics.contains(key))
            problems << u"mnemonic %1 on both %2 and %3"_s.arg(key).arg(mnemonics[key], who);
        mnemonics.insert(key, who);
    };
    const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisibleTo(&dialog) || isQtInternal(widget))
            continue;
        if (isControl(widget)) {
            if (widget->objectName().isEmpty())
                problems << u"a %1 without an object name"_s.arg(
                    QString::fromLatin1(widget->metaObject()->className()));
            if (widget->accessibleName().isEmpty())
                problems << u"%1 has no accessible name"_s.arg(widget->objectName());
        }
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            claim(mnemonicOf(button->text()), button->objectName());
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            const QChar key = mnemonicOf(label->text());
            if (key.isNull())
                continue;
            claim(key, label->text());
            const QWidget *buddy = label->buddy();
            if (!buddy)
                problems << u"caption %1 leads nowhere"_s.arg(label->text());
            else if (buddy->focusPolicy() == Qt::NoFocus && !buddy->focusProxy())
                problems << u"caption %1 leads to %2, which takes no focus"_s.arg(
                    label->text(), buddy->objectName());
        }
    }
    return problems;
}

// The object names of the widgets Tab visits from `first`, `count` of them.
QStringList tabOrder(QWidget *first, int count)
{
    QStringList names;
    first->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < count; ++i) {
        QWidget *focused = QApplication::focusWidget();
        names << (focused ? focused->objectName() : u"(none)"_s);
        QTest::keyClick(focused ? focused : first, Qt::Key_Tab);
    }
    return names;
}
} // namespace

class TestDialogAccessibility : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiTestEnvironment> m_env;
    std::unique_ptr<MemberService> m_heartbeat;

    static void showAndActivate(QWidget &dialog)
    {
        dialog.show();
        dialog.activateWindow();
        if (!QTest::qWaitForWindowActive(&dialog))
            qWarning("the dialog did not become active");
    }

private Q_SLOTS:
    void initTestCase()
    {
        DialogTest::quietOffscreenWarnings();
        m_env = std::make_unique<GuiTestEnvironment>(
            QStringList{u"--members"_s, u"20"_s, u"--rate-limit"_s, u"0"_s});
        const QString error = m_env->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_heartbeat.reset(m_env->service(m_env->workspaceFor(Provider::Heartbeat, u"Acme"_s)));
    }

    void cleanupTestCase()
    {
        m_heartbeat.reset();
        m_env.reset();
    }

    void workspaceDialog_data()
    {
        QTest::addColumn<int>("provider");
        QTest::addColumn<bool>("edit");
        QTest::newRow("add Heartbeat") << int(Provider::Heartbeat) << false;
        QTest::newRow("add Forward") << int(Provider::Forward) << false;
        QTest::newRow("edit Heartbeat") << int(Provider::Heartbeat) << true;
    }

    void workspaceDialog()
    {
        QFETCH(int, provider);
        QFETCH(bool, edit);
        const Workspace existing = m_env->workspaceFor(Provider(provider), u"Existing"_s);
        std::unique_ptr<WorkspaceDialog> dialog =
            edit ? std::make_unique<WorkspaceDialog>(m_env->context(), existing)
                 : std::make_unique<WorkspaceDialog>(m_env->context());
        showAndActivate(*dialog);
        auto *providers = find<QComboBox>(dialog.get(), u"providerCombo"_s);
        providers->setCurrentIndex(providers->findData(provider));
        DialogTest::type(find<QLineEdit>(dialog.get(), u"apiAddressEdit"_s),
                         m_env->apiAddress(Provider(provider)).toString());
        DialogTest::type(find<QLineEdit>(dialog.get(), u"keyEdit"_s), m_env->apiKey());
        const QStringList problems = accessibilityProblems(*dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        QStringList expected = {u"nameEdit"_s, u"providerCombo"_s, u"apiAddressEdit"_s};
        if (Provider(provider) == Provider::Heartbeat)
            expected << u"communityAddressEdit"_s;
        else
            expected << u"businessIdEdit"_s;
        expected << u"budgetSpin"_s << u"keyEdit"_s << u"showKeyButton"_s
                 << u"testConnectionButton"_s;
        if (edit)
            expected.removeOne(u"providerCombo"_s); // fixed on edit
        QCOMPARE(tabOrder(find<QWidget>(dialog.get(), u"nameEdit"_s), int(expected.size())),
                 expected);
    }

    void memberDialog_data()
    {
        QTest::addColumn<int>("provider");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("Heartbeat")
            << int(Provider::Heartbeat) << QStringList{u"nameEdit"_s,      u"emailEdit"_s,
                                                       u"roleCombo"_s,     u"groupsList"_s,
                                                       u"bioEdit"_s,       u"statusLineEdit"_s,
                                                       u"linkedinEdit"_s,  u"twitterEdit"_s,
                                                       u"instagramEdit"_s, u"choosePictureButton"_s,
                                                       u"pendingCheck"_s};
        QTest::newRow("Beam.gg") << int(Provider::Beam)
                                 << QStringList{u"firstNameEdit"_s, u"lastNameEdit"_s,
                                                u"emailEdit"_s};
    }

    void memberDialog()
    {
        QFETCH(int, provider);
        QFETCH(QStringList, expected);
        std::unique_ptr<MemberService> beam;
        MemberService *service = m_heartbeat.get();
        if (Provider(provider) == Provider::Beam) {
            beam.reset(m_env->service(m_env->workspaceFor(Provider::Beam, u"Beam"_s)));
            service = beam.get();
        }
        MemberDialog dialog(service);
        showAndActivate(dialog);
        if (auto *roles = dialog.findChild<QComboBox *>(u"roleCombo"_s))
            QTRY_VERIFY_WITH_TIMEOUT(roles->isEnabled(), 30'000);
        const QStringList problems = accessibilityProblems(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(tabOrder(find<QWidget>(&dialog, expected.first()), int(expected.size())),
                 expected);
        if (auto *groups = dialog.findChild<QListWidget *>(u"groupsList"_s)) {
            // Groups are ticked from the keyboard: arrows to move, Space to tick.
            QTRY_VERIFY(groups->count() > 1 && groups->item(1)->flags() & Qt::ItemIsUserCheckable);
            groups->setFocus(Qt::TabFocusReason);
            groups->setCurrentRow(0);
            QTest::keyClick(groups, Qt::Key_Down);
            QTest::keyClick(groups, Qt::Key_Space);
            QCOMPARE(groups->item(1)->checkState(), Qt::Checked);
            QCOMPARE(groups->item(0)->checkState(), Qt::Unchecked);
        }
    }

    // An edit: read-only fields skipped by nothing but a disabled role; the groups to tick, the
    // picture's buttons, every mnemonic once, also with a new picture chosen.
    void memberDialogEditing()
    {
        NewMember member;
        member.email = u"edit.access@example.com"_s;
        member.name = u"Edit Access"_s;
        member.roleId = u"role_member"_s;
        member.bio = u"Here to be edited."_s;
        const Result<MemberRecord> made = m_env->wait<MemberRecord>(
            [&](Done<MemberRecord> done) { return m_heartbeat->create(member, done); });
        QVERIFY2(made.ok(), qPrintable(made.error.message));
        MemberDialog dialog(m_heartbeat.get(), made.value);
        showAndActivate(dialog);
        auto *groups = find<QListWidget>(&dialog, u"groupsList"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            groups->count() > 1 && (groups->item(0)->flags() & Qt::ItemIsUserCheckable), 30'000);
        QStringList problems = accessibilityProblems(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const QStringList expected{u"nameEdit"_s,
                                   u"emailEdit"_s,
                                   u"groupsList"_s,
                                   u"bioEdit"_s,
                                   u"statusLineEdit"_s,
                                   u"linkedinEdit"_s,
                                   u"twitterEdit"_s,
                                   u"instagramEdit"_s,
                                   u"choosePictureButton"_s,
                                   u"removePictureButton"_s};
        QCOMPARE(tabOrder(find<QWidget>(&dialog, expected.first()), int(expected.size())),
                 expected);

        const QString path = QDir(m_env->root()).filePath(u"access.png"_s);
        QVERIFY(TestPictures::write(path, {640, 480}));
        auto *picture = find<PictureField>(&dialog, u"pictureField"_s);
        picture->choose(path);
        QTRY_VERIFY_WITH_TIMEOUT(!picture->image().isNull(), 30'000);
        QVERIFY(find<QWidget>(&dialog, u"keepPictureButton"_s)->isEnabled());
        problems = accessibilityProblems(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void groupPicker()
    {
        GroupPickerDialog dialog(m_heartbeat.get(), MemberAction::AddToGroup, 12, {});
        showAndActivate(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.groupList()->count() > 1, 30'000);
        const QStringList problems = accessibilityProblems(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // The caption's mnemonic leads to the list, and the arrows choose.
        QCOMPARE(QApplication::focusWidget(), dialog.groupList());
        QTest::keyClick(dialog.groupList(), Qt::Key_Down);
        QVERIFY(find<QPushButton>(&dialog, u"okButton"_s)->isEnabled());
    }

    void aboutDialog()
    {
        AboutDialog dialog;
        showAndActivate(dialog);
        const QStringList problems = accessibilityProblems(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void confirmBox()
    {
        QWidget window;
        showAndActivate(window);
        ConfirmSpec spec;
        spec.objectName = u"accessConfirmation"_s;
        spec.title = u"Remove Thing?"_s;
        spec.text = u"Remove the thing?"_s;
        spec.yesText = u"&Remove"_s;
        spec.destructive = true;
        QMessageBox *box = Confirm::ask(&window, spec, [] {});
        const QStringList problems = accessibilityProblems(*box);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        box->close();
    }

    // With the provider's refusal shown; the focus goes to the field the provider named.
    void memberDialogAfterAFailure()
    {
        const QJsonArray members = m_env->sandbox().state(u"heartbeat"_s)[u"members"_s].toArray();
        QVERIFY(!members.isEmpty());
        MemberDialog dialog(m_heartbeat.get());
        showAndActivate(dialog);
        auto *roles = find<QComboBox>(&dialog, u"roleCombo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(roles->isEnabled(), 30'000);
        DialogTest::type(find<QLineEdit>(&dialog, u"nameEdit"_s), u"Twin"_s);
        DialogTest::type(find<QLineEdit>(&dialog, u"emailEdit"_s),
                         members.first()[u"email"_s].toString());
        roles->setCurrentIndex(0);
        dialog.accept();
        // "Already exists" offers no Retry: the banner says it, the focus is on the email.
        auto *message = dialog.findChild<QWidget *>(u"saveMessage"_s);
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 30'000);
        QVERIFY(!dialog.findChild<QPushButton *>(u"retrySaveButton"_s));
        QCOMPARE(QApplication::focusWidget(), find<QWidget>(&dialog, u"emailEdit"_s));
        const QStringList problems = accessibilityProblems(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void confirmationDialog()
    {
        ConfirmMemberActionDialog dialog(MemberAction::Deactivate,
                                         {u"a@example.com"_s, u"b@example.com"_s}, u"Acme"_s);
        showAndActivate(dialog);
        const QStringList problems = accessibilityProblems(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Every page of the import wizard, as a Heartbeat import walks through them; the mapping
    // page's fields in the order they show.
    void importWizard()
    {
        const QString path = QDir(m_env->root()).filePath(u"access.csv"_s);
        QVERIFY(ImportWizardFiles::writeUtf8(
            path, u"E-mail;Full name;R&D notes\r\n"_s
                  u"ada@example.com;Ada Lovelace;x\r\nbad;Bad One;y\r\n"_s));
        ImportWizard wizard(m_heartbeat.get(), m_env->database());
        showAndActivate(wizard);
        auto check = [&wizard](const char *page) {
            const QStringList problems = accessibilityProblems(wizard);
            if (!problems.isEmpty())
                qWarning("%s: %s", page, qPrintable(problems.join(u'\n')));
            return problems.isEmpty();
        };
        QVERIFY(check("file"));
        wizard.filePage()->setPath(path);
        wizard.next();
        QVERIFY(check("format"));
        wizard.next();
        QComboBox *roles = wizard.mappingPage()->roleCombo();
        QTRY_VERIFY_WITH_TIMEOUT(roles->isEnabled(), 30'000);
        QVERIFY(check("mapping"));
        QCOMPARE(tabOrder(wizard.mappingPage()->fieldCombo(0), 6),
                 (QStringList{u"fieldCombo0"_s, u"fieldCombo1"_s, u"fieldCombo2"_s, u"roleCombo"_s,
                              u"createOnlyRadio"_s, u"pendingCheck"_s}));
        roles->setCurrentIndex(roles->findText(u"Member"_s));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.validationPage()->isComplete(), 30'000);
        QVERIFY(check("validation"));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.dryRunPage()->isComplete(), 30'000);
        QVERIFY(check("dry run"));
        wizard.next();
        QVERIFY(check("run"));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.currentId() == ImportWizard::ReportPageId, 30'000);
        QVERIFY(check("report"));
    }

    void bulkProgressDialog()
    {
        auto *action = new BulkMemberAction(m_heartbeat.get(), MemberAction::Reactivate,
                                            {u"nobody@example.invalid"_s});
        BulkActionProgressDialog dialog(action);
        showAndActivate(dialog);
        QStringList problems = accessibilityProblems(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        action->start();
        QTRY_VERIFY_WITH_TIMEOUT(!action->isRunning(), 30'000);
        problems = accessibilityProblems(dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestDialogAccessibility)
#include "tst_dialog_accessibility.moc"
