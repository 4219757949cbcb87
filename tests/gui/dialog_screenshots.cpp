// Screenshots of the dialogs in their typical states, against a real roster-sandbox, for
// docs/screenshots/ and for looking at layouts in light and dark palettes:
//   dialog_screenshots OUTPUT_DIR [--dark]
#include "about_dialog.h"
#include "avatar_cache.h"
#include "bulk_action_progress_dialog.h"
#include "bulk_member_action.h"
#include "bulk_test_members.h"
#include "confirm_member_action_dialog.h"
#include "deactivation_confirmation.h"
#include "deactivation_guard.h"
#include "dialog_test_helpers.h"
#include "export_scope_dialog.h"
#include "group_picker_dialog.h"
#include "gui_test_environment.h"
#include "history_screenshots.h"
#include "import_history_screenshots.h"
#include "inline_message.h"
#include "member_dialog.h"
#include "member_form.h"
#include "picture_field.h"
#include "profile_picture.h"
#include "screenshot_support.h"
#include "test_pictures.h"
#include "workspace_dialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace {

bool waitFor(const std::function<bool()> &condition)
{
    return QTest::qWaitFor(condition, 30'000);
}

// Adding a member the local roster already holds: the warning under the email and the banner
// that opens the existing member, before anything is sent.
bool saveInlineDuplicateScreenshot(GuiTestEnvironment &env, MemberService *service,
                                   const ScreenshotSetup &setup)
{
    NewMember member;
    member.email = u"anna.schmidt@example.com"_s;
    member.name = u"Anna Schmidt"_s;
    member.roleId = u"role_member"_s;
    const Result<MemberRecord> made = env.wait<MemberRecord>(
        [&](Done<MemberRecord> done) { return service->create(member, done); });
    if (!made.ok())
        return false;
    MemberDialog dialog(service);
    dialog.show();
    auto *roles = dialog.findChild<QComboBox *>(u"roleCombo"_s);
    auto *groups = dialog.findChild<QListWidget *>(u"groupsList"_s);
    bool ok = waitFor([&] { return roles->count() > 0 && groups->count() > 1; });
    DialogTest::type(dialog.findChild<QLineEdit *>(u"nameEdit"_s), u"Anna Schmidt"_s);
    DialogTest::type(dialog.findChild<QLineEdit *>(u"emailEdit"_s), u"Anna.Schmidt@example.com"_s);
    auto *banner = dialog.findChild<InlineMessage *>(u"duplicateMessage"_s);
    ok &= waitFor([&] {
        return banner->isVisible() && !banner->buttons().isEmpty() &&
               banner->buttons().first()->isVisible();
    });
    QTest::qWait(50); // the dialog's growth, if any
    return ok && saveScreenshot(dialog, setup.path(u"member-dialog-duplicate-inline"_s));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen"_ba : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const ScreenshotSetup setup("dialog_screenshots");
    if (!setup.isValid())
        return 2;

    GuiTestEnvironment env({u"--members"_s, u"40"_s, u"--rate-limit"_s, u"0"_s});
    const QString error = env.start();
    if (!error.isEmpty()) {
        qCritical("%s", qPrintable(error));
        return 1;
    }
    bool ok = true;

    {
        AboutDialog dialog;
        dialog.show();
        auto *keychain = dialog.findChild<QLabel *>(u"aboutKeychainLabel"_s);
        ok &= waitFor([&] { return keychain->text() != AboutDialog::tr("looking…"); });
        ok &= saveScreenshot(dialog, setup.path(u"about-dialog"_s));
    }

    {
        WorkspaceDialog dialog(env.context());
        dialog.show();
        DialogTest::type(dialog.findChild<QLineEdit *>(u"nameEdit"_s), u"Acme Community"_s);
        DialogTest::type(dialog.findChild<QLineEdit *>(u"apiAddressEdit"_s),
                         u"http://api.acme.example/v0"_s);
        DialogTest::type(dialog.findChild<QLineEdit *>(u"communityAddressEdit"_s),
                         u"https://acme.heartbeat.chat"_s);
        DialogTest::type(dialog.findChild<QLineEdit *>(u"keyEdit"_s), u"hb_live_0123456789"_s);
        ok &= saveScreenshot(dialog, setup.path(u"workspace-dialog"_s));
    }

    {
        WorkspaceDialog dialog(env.context());
        dialog.show();
        DialogTest::type(dialog.findChild<QLineEdit *>(u"nameEdit"_s), u"Acme Forward"_s);
        auto *providers = dialog.findChild<QComboBox *>(u"providerCombo"_s);
        providers->setCurrentIndex(providers->findData(int(Provider::Forward)));
        DialogTest::type(dialog.findChild<QLineEdit *>(u"apiAddressEdit"_s),
                         env.apiAddress(Provider::Forward).toString());
        DialogTest::type(dialog.findChild<QLineEdit *>(u"businessIdEdit"_s), u"biz_sandbox"_s);
        DialogTest::type(dialog.findChild<QLineEdit *>(u"keyEdit"_s), u"wrong-key"_s);
        auto *test = dialog.findChild<QPushButton *>(u"testConnectionButton"_s);
        test->click();
        ok &= waitFor([&] { return test->isVisible(); });
        ok &= saveScreenshot(dialog, setup.path(u"workspace-dialog-test-failed"_s));
    }

    const Workspace heartbeat = env.workspaceFor(Provider::Heartbeat, u"Acme Community"_s);
    std::unique_ptr<MemberService> service(env.service(heartbeat));
    const QString portrait = QDir(env.root()).filePath(u"ngozi-okafor.jpg"_s);
    ok &= TestPictures::write(portrait, {1200, 800});
    {
        MemberDialog dialog(service.get());
        dialog.show();
        auto *roles = dialog.findChild<QComboBox *>(u"roleCombo"_s);
        auto *groups = dialog.findChild<QListWidget *>(u"groupsList"_s);
        ok &= waitFor([&] { return roles->count() > 0 && groups->count() > 1; });
        DialogTest::type(dialog.findChild<QLineEdit *>(u"nameEdit"_s), u"Ngozi Okafor"_s);
        DialogTest::type(dialog.findChild<QLineEdit *>(u"emailEdit"_s),
                         u"ngozi.okafor@example.com"_s);
        roles->setCurrentIndex(roles->findText(u"Moderator"_s));
        for (const QString &group : {u"Mentors"_s, u"Berlin chapter"_s})
            groups->findItems(group, Qt::MatchExactly).value(0)->setCheckState(Qt::Checked);
        dialog.findChild<QPlainTextEdit *>(u"bioEdit"_s)
            ->setPlainText(u"Runs the Berlin meet-ups."_s);
        DialogTest::type(dialog.findChild<QLineEdit *>(u"statusLineEdit"_s),
                         u"Mentoring on Tuesdays"_s);
        DialogTest::type(dialog.findChild<QLineEdit *>(u"linkedinEdit"_s),
                         u"https://www.linkedin.com/in/ngozi-okafor"_s);
        DialogTest::type(dialog.findChild<QLineEdit *>(u"twitterEdit"_s), u"https://x.com/ngozi"_s);
        PictureField *picture = dialog.form()->pictureField();
        picture->choose(portrait);
        ok &= waitFor([&] { return !picture->image().isNull(); });
        dialog.findChild<QWidget *>(u"introduceCheck"_s)->setProperty("checked", true);
        ok &= saveScreenshot(dialog, setup.path(u"member-dialog"_s));
    }

    {
        NewMember member;
        member.email = u"zoe.mueller@example.com"_s;
        member.name = u"Zoë Müller"_s;
        member.roleId = u"role_member"_s;
        member.groupIds = {u"grp_berlin"_s};
        member.bio = u"Organises the Berlin book club."_s;
        member.statusLine = u"Back in March"_s;
        member.linkedin = u"https://www.linkedin.com/in/zoe-mueller"_s;
        QString error;
        const QString zoe = QDir(env.root()).filePath(u"zoe.png"_s);
        ok &= TestPictures::write(zoe, {400, 400});
        member.picture =
            ProfilePicture::fromFile(zoe, &error).value_or(ProfilePicture::Prepared{}).dataUri;
        const Result<MemberRecord> made = env.wait<MemberRecord>(
            [&](Done<MemberRecord> done) { return service->create(member, done); });
        ok &= made.ok();
        MemberDialog dialog(service.get(), made.value);
        AvatarCache avatars(QDir(env.root()).filePath(u"avatars"_s));
        dialog.setAvatarCache(&avatars);
        dialog.show();
        auto *groups = dialog.findChild<QListWidget *>(u"groupsList"_s);
        ok &= waitFor([&] {
            return groups->count() > 1 && (groups->item(0)->flags() & Qt::ItemIsUserCheckable);
        });
        groups->findItems(u"Mentors"_s, Qt::MatchExactly).value(0)->setCheckState(Qt::Checked);
        DialogTest::type(dialog.findChild<QLineEdit *>(u"statusLineEdit"_s), QString());
        // A link without https:// is refused where it is typed.
        DialogTest::type(dialog.findChild<QLineEdit *>(u"instagramEdit"_s),
                         u"instagram.com/zoe.mueller"_s);
        ok &= waitFor([&] { return avatars.has(made.value.avatarUrl); });
        ok &= saveScreenshot(dialog, setup.path(u"member-dialog-edit"_s));
    }

    {
        MemberDialog dialog(service.get());
        dialog.show();
        auto *roles = dialog.findChild<QComboBox *>(u"roleCombo"_s);
        ok &= waitFor([&] { return roles->count() > 0; });
        const QString taken = BulkTestMembers::active(env.sandbox(), u"heartbeat"_s, 1).value(0);
        DialogTest::type(dialog.findChild<QLineEdit *>(u"nameEdit"_s), u"Second Account"_s);
        DialogTest::type(dialog.findChild<QLineEdit *>(u"emailEdit"_s), taken);
        roles->setCurrentIndex(roles->findText(u"Member"_s));
        dialog.accept();
        auto *message = dialog.findChild<QWidget *>(u"saveMessage"_s);
        ok &= waitFor([&] { return message->isVisible(); });
        ok &= saveScreenshot(dialog, setup.path(u"member-dialog-duplicate"_s));
    }

    ok &= saveInlineDuplicateScreenshot(env, service.get(), setup);

    QStringList emails = BulkTestMembers::active(env.sandbox(), u"heartbeat"_s, 11);
    emails.insert(6, u"former.member@example.invalid"_s);
    {
        ConfirmMemberActionDialog dialog(MemberAction::Deactivate, emails, heartbeat.name);
        dialog.show();
        ok &= saveScreenshot(dialog, setup.path(u"confirm-dialog"_s));
    }
    {
        // A mirror that would deactivate 60 of 100 members: the number must be typed.
        QStringList first;
        for (const QString &name : {u"ada.lovelace"_s, u"grace.hopper"_s, u"alan.turing"_s,
                                    u"zoe.mueller"_s, u"jose.garcia"_s, u"renee.dupont"_s})
            first << name + u"@example.com"_s;
        QMessageBox box;
        Confirm::setUp(&box, DeactivationConfirmation::spec(DeactivationGuard(100), 60, first,
                                                            heartbeat.name));
        box.show();
        DialogTest::type(box.findChild<QLineEdit *>(u"typedConfirmationEdit"_s), u"6"_s);
        ok &= saveScreenshot(box, setup.path(u"confirm-typed-deactivation"_s));
    }
    {
        auto *action = new BulkMemberAction(service.get(), MemberAction::Deactivate, emails);
        BulkActionProgressDialog dialog(action);
        dialog.show();
        action->start();
        ok &= waitFor([&] { return !action->isRunning(); });
        dialog.resize(dialog.width(), dialog.sizeHint().height());
        ok &= saveScreenshot(dialog, setup.path(u"bulk-progress-dialog"_s));
    }

    // Add to group…: the group, the question, and the members Heartbeat did not add.
    {
        GroupPickerDialog dialog(service.get(), MemberAction::AddToGroup, int(emails.size()),
                                 {{u"grp_mentors"_s, 3}, {u"grp_berlin"_s, 5}});
        dialog.show();
        ok &= waitFor([&] { return dialog.groupList()->count() > 1; });
        dialog.groupList()->setCurrentRow(dialog.groupList()->row(
            dialog.groupList()->findItems(u"Mentors"_s, Qt::MatchStartsWith).value(0)));
        ok &= saveScreenshot(dialog, setup.path(u"group-picker"_s));
    }
    {
        ConfirmMemberActionDialog dialog(MemberAction::AddToGroup, emails, heartbeat.name,
                                         u"Mentors"_s);
        dialog.show();
        ok &= saveScreenshot(dialog, setup.path(u"confirm-group-dialog"_s));
    }
    {
        auto *action = new BulkMemberAction(service.get(), MemberAction::AddToGroup,
                                            NamedRef{u"grp_mentors"_s, u"Mentors"_s}, emails);
        BulkActionProgressDialog dialog(action);
        dialog.show();
        action->start();
        ok &= waitFor([&] { return !action->isRunning(); });
        dialog.resize(dialog.width(), dialog.sizeHint().height());
        ok &= saveScreenshot(dialog, setup.path(u"bulk-group-dialog"_s));
    }
    {
        // Export with members selected: which ones.
        ExportScopeDialog dialog(3, 57, 200, nullptr);
        dialog.show();
        ok &= saveScreenshot(dialog, setup.path(u"export-scope-dialog"_s));
    }
    service.reset();
    ok &= saveHistoryScreenshots(env, setup);
    ok &= ImportHistoryScreenshots::save(env, setup);
    return ok ? 0 : 1;
}
