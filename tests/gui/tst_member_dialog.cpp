// MemberDialog against a real roster-sandbox: Heartbeat's roles and groups loaded from it, the
// fields each provider takes (Heartbeat's every field, a picture from a PNG file among them),
// edits limited to what the provider can change and sending only what changed, a cleared field,
// group memberships edited, the provider's message next to the field it names, validation before
// anything is sent (social links, pictures), and Cancel while a call runs. The sandbox's state is
// checked afterwards.
#include "avatar_cache.h"
#include "dialog_test_helpers.h"
#include "gui_test_environment.h"
#include "inline_message.h"
#include "member_dialog.h"
#include "member_form.h"
#include "picture_field.h"
#include "profile_picture.h"
#include "test_pictures.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using DialogTest::click;
using DialogTest::find;
using DialogTest::type;

Q_DECLARE_METATYPE(Provider)

namespace {
QString providerKey(Provider provider)
{
    return providerId(provider);
}

// The sandbox's record of the member with `email`, empty when it has none.
QJsonObject sandboxMember(SandboxProcess &sandbox, Provider provider, const QString &email)
{
    const QJsonArray members = sandbox.state(providerKey(provider))[u"members"_s].toArray();
    for (const QJsonValue &member : members) {
        if (member[u"email"_s].toString() == email)
            return member.toObject();
    }
    return {};
}

int sandboxMemberCount(SandboxProcess &sandbox, Provider provider)
{
    return int(sandbox.state(providerKey(provider))[u"members"_s].toArray().size());
}

QString noteOf(const QWidget *dialog, const QString &fieldName)
{
    const auto *note = dialog->findChild<QWidget *>(fieldName + u"Note"_s);
    if (!note)
        return {};
    return note->findChild<QLabel *>(u"fieldNoteText"_s)->text();
}

QStringList groupIdsOf(const QJsonObject &member)
{
    QStringList ids;
    for (const QJsonValue &id : member[u"groupIDs"_s].toArray())
        ids << id.toString();
    ids.sort();
    return ids;
}

// The picture the sandbox keeps for a member (base64 of the bytes sent).
QImage sandboxPicture(const QJsonObject &member)
{
    return QImage::fromData(
        QByteArray::fromBase64(member[u"profilePicture"_s].toString().toLatin1()));
}

// Chooses `path` as the user does: the picture field's button, then its file dialog.
bool choosePicture(QWidget *dialog, const QString &path)
{
    if (!click(find<QPushButton>(dialog, u"choosePictureButton"_s)))
        return false;
    auto *files = dialog->findChild<QFileDialog *>(u"pictureFileDialog"_s);
    if (!files || !files->isVisible())
        return false;
    files->selectFile(path);
    static_cast<QDialog *>(files)->accept(); // QFileDialog's own accept() is protected

    auto *field = find<PictureField>(dialog, u"pictureField"_s);
    return QTest::qWaitFor([field] { return !field->isReading(); }, 30'000);
}

// A port on this machine where nothing listens.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    return server.serverPort();
}
} // namespace

class TestMemberDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiTestEnvironment> m_env;

    std::unique_ptr<MemberService> service(Provider provider, const QString &key = {})
    {
        return std::unique_ptr<MemberService>(
            m_env->service(m_env->workspaceFor(provider, u"Acme"_s), key));
    }

    static QPushButton *okButton(const MemberDialog &dialog)
    {
        return find<QPushButton>(&dialog, u"okButton"_s);
    }

    // Adds a member through the service, as an earlier session did.
    MemberRecord created(MemberService &members, const NewMember &member)
    {
        const Result<MemberRecord> result = m_env->wait<MemberRecord>(
            [&](Done<MemberRecord> done) { return members.create(member, done); });
        if (!result.ok())
            qWarning("%s", qPrintable(result.error.message));
        return result.value;
    }

    static NewMember newMember(Provider provider, const QString &email)
    {
        NewMember member;
        member.email = email;
        if (provider == Provider::Heartbeat) {
            member.name = u"Zoë Müller"_s;
            member.roleId = u"role_member"_s;
            member.bio = u"Likes tea."_s;
        } else {
            member.firstName = u"Zoë"_s;
            member.lastName = u"Müller"_s;
        }
        return member;
    }

    static bool waitForGroups(const MemberDialog &dialog)
    {
        auto *groups = find<QListWidget>(&dialog, u"groupsList"_s);
        return QTest::qWaitFor(
            [groups] {
                return groups->count() > 0 && (groups->item(0)->flags() & Qt::ItemIsUserCheckable);
            },
            30'000);
    }

    static void tick(const MemberDialog &dialog, const QString &group, Qt::CheckState state)
    {
        const QList<QListWidgetItem *> items =
            find<QListWidget>(&dialog, u"groupsList"_s)->findItems(group, Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        items.first()->setCheckState(state);
    }

    QString picturePath(const QString &name, const QSize &size)
    {
        const QString path = QDir(m_env->root()).filePath(name);
        if (!TestPictures::write(path, size))
            qWarning("could not write %s", qPrintable(path));
        return path;
    }

    static bool waitForRoles(const MemberDialog &dialog)
    {
        auto *roles = find<QComboBox>(&dialog, u"roleCombo"_s);
        return QTest::qWaitFor([roles] { return roles->isEnabled() && roles->count() > 0; },
                               30'000);
    }

private Q_SLOTS:
    void initTestCase() { DialogTest::quietOffscreenWarnings(); }

    void init()
    {
        m_env = std::make_unique<GuiTestEnvironment>();
        const QString error = m_env->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanup() { m_env.reset(); }

    void heartbeatAddWithRoleAndGroupsFromTheSandbox()
    {
        auto members = service(Provider::Heartbeat);
        MemberDialog dialog(members.get());
        QSignalSpy saved(&dialog, &MemberDialog::memberSaved);
        dialog.open();
        auto *roles = find<QComboBox>(&dialog, u"roleCombo"_s);
        auto *groups = find<QListWidget>(&dialog, u"groupsList"_s);
        // Placeholders until the lists arrive; nothing can be sent meanwhile.
        QCOMPARE(roles->placeholderText(), u"Loading roles…"_s);
        QVERIFY(!roles->isEnabled());
        QCOMPARE(groups->item(0)->text(), u"Loading groups…"_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!dialog.findChild<QLineEdit *>(u"firstNameEdit"_s));

        QVERIFY(waitForRoles(dialog));
        QTRY_COMPARE(groups->count(), 7);
        QStringList roleNames;
        for (int i = 0; i < roles->count(); ++i)
            roleNames << roles->itemText(i);
        QCOMPARE(roleNames, QStringList({u"Admin"_s, u"Moderator"_s, u"Member"_s, u"Guest"_s}));
        // Heartbeat marks no default role: the one named Member is the documented guess.
        QCOMPARE(roles->currentText(), u"Member"_s);

        type(find<QLineEdit>(&dialog, u"nameEdit"_s), u"Ngozi Okafor"_s);
        type(find<QLineEdit>(&dialog, u"emailEdit"_s), u"  Ngozi.Okafor@Example.com "_s);
        roles->setCurrentIndex(roles->findText(u"Moderator"_s));
        QVERIFY(okButton(dialog)->isEnabled());
        const QList<QListWidgetItem *> berlin =
            groups->findItems(u"Berlin chapter"_s, Qt::MatchExactly);
        const QList<QListWidgetItem *> mentors = groups->findItems(u"Mentors"_s, Qt::MatchExactly);
        QCOMPARE(berlin.size(), 1);
        QCOMPARE(mentors.size(), 1);
        berlin.first()->setCheckState(Qt::Checked);
        mentors.first()->setCheckState(Qt::Checked);
        auto *bio = find<QPlainTextEdit>(&dialog, u"bioEdit"_s);
        bio->setFocus();
        QTest::keyClicks(bio, u"Runs the Berlin meet-ups."_s);
        QVERIFY(click(find<QCheckBox>(&dialog, u"pendingCheck"_s)));

        QVERIFY(click(okButton(dialog)));
        QVERIFY(dialog.isBusy());
        QVERIFY(!okButton(dialog)->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 30'000);
        QVERIFY(!dialog.isVisible());
        const MemberRecord record = saved.at(0).at(0).value<MemberRecord>();
        QCOMPARE(record.email, u"ngozi.okafor@example.com"_s);
        QCOMPARE(record.status, MemberStatus::Pending);

        const QJsonObject stored =
            sandboxMember(m_env->sandbox(), Provider::Heartbeat, u"ngozi.okafor@example.com"_s);
        QCOMPARE(stored[u"name"_s].toString(), u"Ngozi Okafor"_s);
        QCOMPARE(stored[u"roleID"_s].toString(), u"role_moderator"_s);
        QStringList groupIds;
        for (const QJsonValue &id : stored[u"groupIDs"_s].toArray())
            groupIds << id.toString();
        groupIds.sort();
        QCOMPARE(groupIds, QStringList({u"grp_berlin"_s, u"grp_mentors"_s}));
        QCOMPARE(stored[u"bio"_s].toString(), u"Runs the Berlin meet-ups."_s);
        QCOMPARE(stored[u"accountStatus"_s].toString(), u"pending"_s);
    }

    void heartbeatAddWithEveryField()
    {
        auto members = service(Provider::Heartbeat);
        MemberDialog dialog(members.get());
        QSignalSpy saved(&dialog, &MemberDialog::memberSaved);
        dialog.open();
        QVERIFY(waitForRoles(dialog));
        QVERIFY(waitForGroups(dialog));
        type(find<QLineEdit>(&dialog, u"nameEdit"_s), u"Ngozi Okafor"_s);
        type(find<QLineEdit>(&dialog, u"emailEdit"_s), u"ngozi@example.com"_s);
        auto *roles = find<QComboBox>(&dialog, u"roleCombo"_s);
        roles->setCurrentIndex(roles->findText(u"Member"_s));
        tick(dialog, u"Mentors"_s, Qt::Checked);
        tick(dialog, u"Berlin chapter"_s, Qt::Checked);
        auto *bio = find<QPlainTextEdit>(&dialog, u"bioEdit"_s);
        bio->setFocus();
        QTest::keyClicks(bio, u"Runs the Berlin meet-ups."_s);
        type(find<QLineEdit>(&dialog, u"statusLineEdit"_s), u"Mentoring on Tuesdays"_s);
        type(find<QLineEdit>(&dialog, u"linkedinEdit"_s),
             u"https://www.linkedin.com/in/ngozi-okafor"_s);
        type(find<QLineEdit>(&dialog, u"twitterEdit"_s), u"https://x.com/ngozi"_s);
        type(find<QLineEdit>(&dialog, u"instagramEdit"_s),
             u"https://www.instagram.com/ngozi.okafor"_s);

        // A photo far larger than Heartbeat needs: made smaller, and shown as it will be sent.
        QVERIFY(choosePicture(&dialog, picturePath(u"portrait.png"_s, {1200, 800})));
        auto *picture = find<PictureField>(&dialog, u"pictureField"_s);
        QCOMPARE(picture->image().size(), QSize(512, 341));
        QVERIFY(!find<QLabel>(&dialog, u"picturePreview"_s)->pixmap().isNull());
        const QString about = find<QLabel>(&dialog, u"pictureStatus"_s)->text();
        QVERIFY2(about.contains(u"1200 × 800"_s) && about.contains(u"512 × 341"_s),
                 qPrintable(about));

        // Off by default; with a bio it may be ticked.
        auto *introduce = find<QCheckBox>(&dialog, u"introduceCheck"_s);
        QVERIFY(!introduce->isChecked());
        QVERIFY(click(introduce));
        QVERIFY(click(okButton(dialog)));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 30'000);

        const QJsonObject stored =
            sandboxMember(m_env->sandbox(), Provider::Heartbeat, u"ngozi@example.com"_s);
        QCOMPARE(stored[u"name"_s].toString(), u"Ngozi Okafor"_s);
        QCOMPARE(stored[u"roleID"_s].toString(), u"role_member"_s);
        QCOMPARE(groupIdsOf(stored), QStringList({u"grp_berlin"_s, u"grp_mentors"_s}));
        QCOMPARE(stored[u"bio"_s].toString(), u"Runs the Berlin meet-ups."_s);
        QCOMPARE(stored[u"status"_s].toString(), u"Mentoring on Tuesdays"_s);
        QCOMPARE(stored[u"linkedin"_s].toString(), u"https://www.linkedin.com/in/ngozi-okafor"_s);
        QCOMPARE(stored[u"twitter"_s].toString(), u"https://x.com/ngozi"_s);
        QCOMPARE(stored[u"instagram"_s].toString(), u"https://www.instagram.com/ngozi.okafor"_s);
        QCOMPARE(stored[u"introductionThread"_s].toBool(), true);
        QCOMPARE(stored[u"accountStatus"_s].toString(), u"active"_s);
        const QImage sent = sandboxPicture(stored);
        QVERIFY(!sent.isNull());
        QVERIFY(sent.width() <= ProfilePicture::MaxSide &&
                sent.height() <= ProfilePicture::MaxSide);
        QCOMPARE(sent.size(), QSize(512, 341));
    }

    void introductionNeedsABioAndAnActiveMember()
    {
        auto members = service(Provider::Heartbeat);
        MemberDialog dialog(members.get());
        dialog.open();
        auto *introduce = find<QCheckBox>(&dialog, u"introduceCheck"_s);
        QVERIFY(!introduce->isEnabled());
        QVERIFY2(introduce->toolTip().contains(u"bio"_s), qPrintable(introduce->toolTip()));
        find<QPlainTextEdit>(&dialog, u"bioEdit"_s)->setPlainText(u"Hello."_s);
        QVERIFY(introduce->isEnabled());
        QVERIFY(click(introduce));
        QVERIFY(click(find<QCheckBox>(&dialog, u"pendingCheck"_s)));
        QVERIFY(!introduce->isEnabled());
        QVERIFY2(introduce->toolTip().contains(u"pending"_s), qPrintable(introduce->toolTip()));
        QVERIFY(!dialog.form()->newMember().introduce);
    }

    void heartbeatEditEveryFieldAndClearOne()
    {
        auto members = service(Provider::Heartbeat);
        NewMember member = newMember(Provider::Heartbeat, u"zoe@example.com"_s);
        member.groupIds = {u"grp_berlin"_s};
        member.statusLine = u"Old status"_s;
        member.linkedin = u"https://www.linkedin.com/in/zoe-old"_s;
        member.twitter = u"https://x.com/zoe_old"_s;
        member.instagram = u"https://www.instagram.com/zoe.old"_s;
        QString error;
        member.picture =
            ProfilePicture::fromFile(picturePath(u"old.png"_s, {64, 64}), &error)->dataUri;
        const MemberRecord before = created(*members, member);
        QCOMPARE(before.email, u"zoe@example.com"_s);

        MemberDialog dialog(members.get(), before);
        AvatarCache avatars(QDir(m_env->root()).filePath(u"avatars"_s));
        dialog.setAvatarCache(&avatars);
        QSignalSpy saved(&dialog, &MemberDialog::memberSaved);
        dialog.open();
        QVERIFY(waitForGroups(dialog));
        // As the member is now: every field, the groups they are in ticked, their picture.
        QTRY_VERIFY_WITH_TIMEOUT(!find<QLabel>(&dialog, u"picturePreview"_s)->pixmap().isNull(),
                                 30'000);
        QCOMPARE(find<QLineEdit>(&dialog, u"linkedinEdit"_s)->text(), member.linkedin);
        QCOMPARE(find<QLineEdit>(&dialog, u"instagramEdit"_s)->text(), member.instagram);
        const QList<QListWidgetItem *> berlin =
            find<QListWidget>(&dialog, u"groupsList"_s)
                ->findItems(u"Berlin chapter"_s, Qt::MatchExactly);
        QCOMPARE(berlin.value(0)->checkState(), Qt::Checked);
        QVERIFY(!okButton(dialog)->isEnabled());

        type(find<QLineEdit>(&dialog, u"nameEdit"_s), u"Zoë Mueller"_s);
        find<QPlainTextEdit>(&dialog, u"bioEdit"_s)->setPlainText(u"Likes coffee now."_s);
        type(find<QLineEdit>(&dialog, u"statusLineEdit"_s), u"Back from leave"_s);
        type(find<QLineEdit>(&dialog, u"linkedinEdit"_s), u"https://www.linkedin.com/in/zoe"_s);
        type(find<QLineEdit>(&dialog, u"twitterEdit"_s), u"https://x.com/zoe"_s);
        type(find<QLineEdit>(&dialog, u"instagramEdit"_s), QString()); // cleared
        QVERIFY(choosePicture(&dialog, picturePath(u"new.png"_s, {300, 300})));
        tick(dialog, u"Berlin chapter"_s, Qt::Unchecked);
        tick(dialog, u"Mentors"_s, Qt::Checked);

        const MemberChanges changes = dialog.form()->changes();
        QCOMPARE(changes.fields(),
                 QList<ProfileField>({ProfileField::Name, ProfileField::Bio,
                                      ProfileField::StatusLine, ProfileField::LinkedIn,
                                      ProfileField::Twitter, ProfileField::Instagram,
                                      ProfileField::Picture, ProfileField::Groups}));
        QCOMPARE(changes.instagram, std::optional<QString>(QString()));
        QCOMPARE(changes.addGroupIds, QStringList({u"grp_mentors"_s}));
        QCOMPARE(changes.removeGroupIds, QStringList({u"grp_berlin"_s}));
        QVERIFY(click(okButton(dialog)));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 30'000);

        QJsonObject stored = sandboxMember(m_env->sandbox(), Provider::Heartbeat, before.email);
        QCOMPARE(stored[u"name"_s].toString(), u"Zoë Mueller"_s);
        QCOMPARE(stored[u"bio"_s].toString(), u"Likes coffee now."_s);
        QCOMPARE(stored[u"status"_s].toString(), u"Back from leave"_s);
        QCOMPARE(stored[u"linkedin"_s].toString(), u"https://www.linkedin.com/in/zoe"_s);
        QCOMPARE(stored[u"twitter"_s].toString(), u"https://x.com/zoe"_s);
        QCOMPARE(stored[u"instagram"_s].toString(), QString());
        QCOMPARE(stored[u"roleID"_s].toString(), u"role_member"_s);
        QCOMPARE(groupIdsOf(stored), QStringList({u"grp_mentors"_s}));
        QCOMPARE(sandboxPicture(stored).size(), QSize(300, 300));

        // Edited again: nothing has changed yet; removing the picture sends that alone.
        const MemberRecord after = saved.at(0).at(0).value<MemberRecord>();
        MemberDialog again(members.get(), after);
        QSignalSpy savedAgain(&again, &MemberDialog::memberSaved);
        again.open();
        QVERIFY(waitForGroups(again));
        QCOMPARE(find<QLineEdit>(&again, u"statusLineEdit"_s)->text(), u"Back from leave"_s);
        QVERIFY(again.form()->changes().isEmpty());
        QVERIFY(!okButton(again)->isEnabled());
        QVERIFY(click(find<QPushButton>(&again, u"removePictureButton"_s)));
        QCOMPARE(again.form()->changes().fields(), QList<ProfileField>({ProfileField::Picture}));
        QVERIFY(click(okButton(again)));
        QTRY_COMPARE_WITH_TIMEOUT(savedAgain.count(), 1, 30'000);
        stored = sandboxMember(m_env->sandbox(), Provider::Heartbeat, before.email);
        QCOMPARE(stored[u"profilePicture"_s].toString(), QString());
        QCOMPARE(stored[u"status"_s].toString(), u"Back from leave"_s);
        QCOMPARE(groupIdsOf(stored), QStringList({u"grp_mentors"_s}));
    }

    void badLinkIsRefusedInlineWithNothingSent_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("link");
        QTest::newRow("LinkedIn without https://") << u"linkedinEdit"_s << u"linkedin.com/in/x"_s;
        QTest::newRow("Twitter over http") << u"twitterEdit"_s << u"http://x.com/ada"_s;
        QTest::newRow("Instagram without a host") << u"instagramEdit"_s << u"https://"_s;
    }

    void badLinkIsRefusedInlineWithNothingSent()
    {
        QFETCH(QString, field);
        QFETCH(QString, link);
        auto members = service(Provider::Heartbeat);
        MemberDialog dialog(members.get());
        QSignalSpy saved(&dialog, &MemberDialog::memberSaved);
        dialog.open();
        QVERIFY(waitForRoles(dialog));
        QVERIFY(waitForGroups(dialog));
        type(find<QLineEdit>(&dialog, u"nameEdit"_s), u"Ada Lovelace"_s);
        type(find<QLineEdit>(&dialog, u"emailEdit"_s), u"ada@example.com"_s);
        find<QComboBox>(&dialog, u"roleCombo"_s)->setCurrentIndex(0);
        QVERIFY(okButton(dialog)->isEnabled());

        type(find<QLineEdit>(&dialog, field), link);
        const QString note = noteOf(&dialog, field);
        QVERIFY2(note.contains(u"https://"_s) && note.contains(link), qPrintable(note));
        QVERIFY(!okButton(dialog)->isEnabled());
        const qint64 requests = m_env->sandbox().stats()[u"total"_s].toInteger();
        QTest::keyClick(find<QLineEdit>(&dialog, field), Qt::Key_Return);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.isBusy());
        QCOMPARE(m_env->sandbox().stats()[u"total"_s].toInteger(), requests);
        QCOMPARE(saved.count(), 0);

        type(find<QLineEdit>(&dialog, field), u"https://example.com/ada"_s);
        QCOMPARE(noteOf(&dialog, field), QString());
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void pictureThatCannotBeSentIsRefusedInline()
    {
        auto members = service(Provider::Heartbeat);
        MemberDialog dialog(members.get());
        dialog.open();
        const QString notAPicture = QDir(m_env->root()).filePath(u"notes.png"_s);
        QFile file(notAPicture);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some text, not a PNG");
        file.close();
        QVERIFY(choosePicture(&dialog, notAPicture));
        QString note = noteOf(&dialog, u"pictureField"_s);
        QVERIFY2(note.contains(u"notes.png"_s) && note.contains(u"not a picture"_s),
                 qPrintable(note));
        QVERIFY(dialog.form()->problems().contains(note));
        QVERIFY(dialog.form()->pictureField()->image().isNull());
        QCOMPARE(find<QLabel>(&dialog, u"picturePreview"_s)->text(), u"No picture"_s);

        // A good one replaces the problem; Remove takes the picture away again.
        QVERIFY(choosePicture(&dialog, picturePath(u"good.jpg"_s, {200, 100})));
        QCOMPARE(noteOf(&dialog, u"pictureField"_s), QString());
        QVERIFY(dialog.form()->newMember().picture.startsWith(u"data:image/jpeg;base64,"_s));
        QVERIFY(click(find<QPushButton>(&dialog, u"removePictureButton"_s)));
        QVERIFY(dialog.form()->newMember().picture.isEmpty());
        QVERIFY(!find<QPushButton>(&dialog, u"removePictureButton"_s)->isEnabled());
    }

    void everyFieldFitsOnASmallScreen()
    {
        auto members = service(Provider::Heartbeat);
        MemberDialog dialog(members.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(waitForRoles(dialog));
        const QRect screen = dialog.screen()->availableGeometry();
        // The offscreen screen is smaller than 1024 × 700: the form scrolls, the buttons stay.
        QTRY_VERIFY(dialog.height() > 400);
        QVERIFY2(dialog.height() <= screen.height(),
                 qPrintable(u"%1 > %2"_s.arg(dialog.height()).arg(screen.height())));
        QVERIFY(dialog.width() <= screen.width());
        auto *scroll = find<QScrollArea>(&dialog, u"formScrollArea"_s);
        QVERIFY(scroll->viewport()->height() >= 200);
        const QWidget *ok = okButton(dialog);
        QVERIFY(ok->isVisible());
        QVERIFY(dialog.rect().contains(QRect(ok->mapTo(&dialog, QPoint(0, 0)), ok->size())));
    }

    void addWithFirstAndLastName_data()
    {
        QTest::addColumn<Provider>("provider");
        QTest::addColumn<QString>("firstKey");
        QTest::addColumn<QString>("lastKey");
        QTest::newRow("Forward") << Provider::Forward << u"first_name"_s << u"last_name"_s;
        QTest::newRow("Beam.gg") << Provider::Beam << u"firstName"_s << u"lastName"_s;
    }

    void addWithFirstAndLastName()
    {
        QFETCH(Provider, provider);
        QFETCH(QString, firstKey);
        QFETCH(QString, lastKey);
        auto members = service(provider);
        MemberDialog dialog(members.get());
        QSignalSpy saved(&dialog, &MemberDialog::memberSaved);
        dialog.open();
        // Only the provider's fields.
        QVERIFY(!dialog.findChild<QComboBox *>(u"roleCombo"_s));
        QVERIFY(!dialog.findChild<QListWidget *>(u"groupsList"_s));
        QVERIFY(!dialog.findChild<QPlainTextEdit *>(u"bioEdit"_s));
        QVERIFY(!dialog.findChild<QCheckBox *>(u"pendingCheck"_s));
        QVERIFY(!dialog.findChild<QLineEdit *>(u"nameEdit"_s));

        type(find<QLineEdit>(&dialog, u"firstNameEdit"_s), u"Ludwig"_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        type(find<QLineEdit>(&dialog, u"lastNameEdit"_s), u"van Beethoven"_s);
        type(find<QLineEdit>(&dialog, u"emailEdit"_s), u"ludwig@example.com"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        // Enter accepts a valid form.
        QTest::keyClick(find<QLineEdit>(&dialog, u"emailEdit"_s), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 30'000);
        QVERIFY(!dialog.isVisible());

        const QJsonObject stored =
            sandboxMember(m_env->sandbox(), provider, u"ludwig@example.com"_s);
        QCOMPARE(stored[firstKey].toString(), u"Ludwig"_s);
        QCOMPARE(stored[lastKey].toString(), u"van Beethoven"_s);
    }

    void editChangesOnlyEditableFields_data()
    {
        QTest::addColumn<Provider>("provider");
        QTest::addColumn<QStringList>("editable");
        QTest::addColumn<QStringList>("readOnly");
        QTest::newRow("Heartbeat")
            << Provider::Heartbeat << QStringList{u"nameEdit"_s, u"bioEdit"_s}
            << QStringList{u"emailEdit"_s};
        QTest::newRow("Forward") << Provider::Forward
                                 << QStringList{u"firstNameEdit"_s, u"lastNameEdit"_s,
                                                u"emailEdit"_s}
                                 << QStringList{};
        QTest::newRow("Beam.gg") << Provider::Beam
                                 << QStringList{u"firstNameEdit"_s, u"lastNameEdit"_s}
                                 << QStringList{u"emailEdit"_s};
    }

    void editChangesOnlyEditableFields()
    {
        QFETCH(Provider, provider);
        QFETCH(QStringList, editable);
        QFETCH(QStringList, readOnly);
        auto members = service(provider);
        const MemberRecord before = created(*members, newMember(provider, u"zoe@example.com"_s));
        QCOMPARE(before.email, u"zoe@example.com"_s);

        MemberDialog dialog(members.get(), before);
        QSignalSpy saved(&dialog, &MemberDialog::memberSaved);
        dialog.open();
        for (const QString &name : editable) {
            if (auto *edit = dialog.findChild<QLineEdit *>(name))
                QVERIFY2(!edit->isReadOnly(), qPrintable(name));
            else
                QVERIFY2(!find<QPlainTextEdit>(&dialog, name)->isReadOnly(), qPrintable(name));
        }
        for (const QString &name : readOnly) {
            QVERIFY2(find<QLineEdit>(&dialog, name)->isReadOnly(), qPrintable(name));
            QVERIFY2(noteOf(&dialog, name).contains(u"cannot change"_s), qPrintable(name));
        }
        if (provider == Provider::Heartbeat) {
            QVERIFY(!find<QComboBox>(&dialog, u"roleCombo"_s)->isEnabled());
            QCOMPARE(find<QComboBox>(&dialog, u"roleCombo"_s)->currentText(), u"Member"_s);
            QVERIFY(!dialog.findChild<QCheckBox *>(u"pendingCheck"_s));
        }
        // Nothing changed yet: nothing to save.
        QVERIFY(!okButton(dialog)->isEnabled());

        const QString nameField =
            provider == Provider::Heartbeat ? u"nameEdit"_s : u"lastNameEdit"_s;
        type(find<QLineEdit>(&dialog, nameField), u"Mueller-Lüdenscheidt"_s);
        if (provider == Provider::Forward)
            type(find<QLineEdit>(&dialog, u"emailEdit"_s), u"zoe.m@example.com"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(click(okButton(dialog)));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 30'000);

        const QString email =
            provider == Provider::Forward ? u"zoe.m@example.com"_s : u"zoe@example.com"_s;
        const QJsonObject stored = sandboxMember(m_env->sandbox(), provider, email);
        QVERIFY2(!stored.isEmpty(), qPrintable(email));
        if (provider == Provider::Heartbeat) {
            QCOMPARE(stored[u"name"_s].toString(), u"Mueller-Lüdenscheidt"_s);
            QCOMPARE(stored[u"bio"_s].toString(), u"Likes tea."_s);
            QCOMPARE(stored[u"roleID"_s].toString(), u"role_member"_s);
        } else {
            const QString first = provider == Provider::Forward ? u"first_name"_s : u"firstName"_s;
            const QString last = provider == Provider::Forward ? u"last_name"_s : u"lastName"_s;
            QCOMPARE(stored[first].toString(), u"Zoë"_s);
            QCOMPARE(stored[last].toString(), u"Mueller-Lüdenscheidt"_s);
        }
        QCOMPARE(saved.at(0).at(0).value<MemberRecord>().email, email);
    }

    void duplicateEmailShowsTheProvidersMessage_data()
    {
        QTest::addColumn<Provider>("provider");
        QTest::newRow("Heartbeat") << Provider::Heartbeat;
        QTest::newRow("Forward") << Provider::Forward;
        QTest::newRow("Beam.gg") << Provider::Beam;
    }

    void duplicateEmailShowsTheProvidersMessage()
    {
        QFETCH(Provider, provider);
        auto members = service(provider);
        // Added through another workspace on the same community: unknown to this roster.
        std::unique_ptr<MemberService> elsewhere(
            m_env->service(m_env->workspaceFor(provider, u"Elsewhere"_s)));
        created(*elsewhere, newMember(provider, u"taken@example.com"_s));
        const int before = sandboxMemberCount(m_env->sandbox(), provider);

        MemberDialog dialog(members.get());
        QSignalSpy saved(&dialog, &MemberDialog::memberSaved);
        dialog.open();
        if (provider == Provider::Heartbeat) {
            QVERIFY(waitForRoles(dialog));
            type(find<QLineEdit>(&dialog, u"nameEdit"_s), u"Other Person"_s);
            find<QComboBox>(&dialog, u"roleCombo"_s)->setCurrentIndex(0);
        } else {
            type(find<QLineEdit>(&dialog, u"firstNameEdit"_s), u"Other"_s);
            type(find<QLineEdit>(&dialog, u"lastNameEdit"_s), u"Person"_s);
        }
        type(find<QLineEdit>(&dialog, u"emailEdit"_s), u"taken@example.com"_s);
        QVERIFY(click(okButton(dialog)));
        auto *message = find<InlineMessage>(&dialog, u"saveMessage"_s);
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 30'000);
        QCOMPARE(message->type(), InlineMessage::Type::Error);
        QVERIFY(dialog.isVisible());
        QCOMPARE(saved.count(), 0);
        const QString note = noteOf(&dialog, u"emailEdit"_s);
        QVERIFY2(note.contains(u"taken@example.com"_s) && note.contains(u"already"_s),
                 qPrintable(note));
        // A retry cannot cure "already exists": none is offered.
        QVERIFY(!message->findChild<QPushButton *>(u"retrySaveButton"_s));
        QCOMPARE(sandboxMemberCount(m_env->sandbox(), provider), before);

        // A new address clears the provider's message and the banner about it.
        type(find<QLineEdit>(&dialog, u"emailEdit"_s), u"free@example.com"_s);
        QVERIFY(!noteOf(&dialog, u"emailEdit"_s).contains(u"already"_s));
        QVERIFY(!message->isVisible());
        QVERIFY(click(okButton(dialog)));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 30'000);
        QCOMPARE(sandboxMemberCount(m_env->sandbox(), provider), before + 1);
    }

    void duplicateInTheRosterIsFlaggedWhileTyping_data()
    {
        duplicateEmailShowsTheProvidersMessage_data();
    }

    // The roster holds the address: said under the field and in a banner before anything is
    // sent, OK stays off, and the banner opens the member who has it.
    void duplicateInTheRosterIsFlaggedWhileTyping()
    {
        QFETCH(Provider, provider);
        auto members = service(provider);
        created(*members, newMember(provider, u"taken@example.com"_s));

        MemberDialog dialog(members.get());
        QSignalSpy openExisting(&dialog, &MemberDialog::openExistingRequested);
        dialog.open();
        if (provider == Provider::Heartbeat) {
            QVERIFY(waitForRoles(dialog));
            QVERIFY(waitForGroups(dialog));
            type(find<QLineEdit>(&dialog, u"nameEdit"_s), u"Other Person"_s);
        } else {
            type(find<QLineEdit>(&dialog, u"firstNameEdit"_s), u"Other"_s);
            type(find<QLineEdit>(&dialog, u"lastNameEdit"_s), u"Person"_s);
        }
        const qint64 requests = m_env->sandbox().stats()[u"total"_s].toInteger();
        auto *email = find<QLineEdit>(&dialog, u"emailEdit"_s);
        auto *banner = find<InlineMessage>(&dialog, u"duplicateMessage"_s);
        QVERIFY(!banner->isVisible());
        type(email, u"Taken@Example.com"_s);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->type(), InlineMessage::Type::Warning);
        QVERIFY2(banner->text().contains(u"Zoë Müller"_s), qPrintable(banner->text()));
        QVERIFY(noteOf(&dialog, u"emailEdit"_s).contains(u"Already a member"_s));
        QVERIFY(!okButton(dialog)->isEnabled());

        // Another address: the warning goes, OK comes back.
        type(email, u"taken2@example.com"_s);
        QVERIFY(!banner->isVisible());
        QVERIFY(okButton(dialog)->isEnabled());
        type(email, u"taken@example.com"_s);
        QVERIFY(banner->isVisible());

        QCOMPARE(banner->buttons().size(), 1);
        QTRY_VERIFY(banner->buttons().first()->isVisible());
        QCOMPARE(banner->buttons().first()->objectName(), u"openExistingButton"_s);
        QVERIFY(click(banner->buttons().first()));
        QCOMPARE(openExisting.count(), 1);
        QCOMPARE(openExisting.at(0).at(0).toString(), u"taken@example.com"_s);
        QVERIFY(!dialog.isVisible());
        // Nothing went to the provider.
        QCOMPARE(m_env->sandbox().stats()[u"total"_s].toInteger(), requests);
    }

    // Messages coming and going never make the add dialog shorter: it grows once at most.
    void addDialogKeepsItsHeight()
    {
        auto members = service(Provider::Forward);
        created(*members, newMember(Provider::Forward, u"taken@example.com"_s));
        MemberDialog dialog(members.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(find<QLineEdit>(&dialog, u"firstNameEdit"_s), u"Other"_s);
        type(find<QLineEdit>(&dialog, u"lastNameEdit"_s), u"Person"_s);
        auto *email = find<QLineEdit>(&dialog, u"emailEdit"_s);
        // Once the layouts and the dialog's own growth have taken a change in.
        auto settle = [] {
            for (int i = 0; i < 4; ++i) {
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                QTest::qWait(1);
            }
        };
        type(email, u"taken@example.com"_s);
        settle();
        QVERIFY(find<InlineMessage>(&dialog, u"duplicateMessage"_s)->isVisible());
        const int withMessage = dialog.height();
        QList<int> heights;
        for (const QString &text : {u"taken@"_s, u"free@example.com"_s, u"taken@example.com"_s,
                                    u"x"_s, u"taken@example.com"_s}) {
            type(email, text);
            settle();
            heights << dialog.height();
        }
        for (const int height : std::as_const(heights))
            QCOMPARE(height, withMessage);
    }

    // An email the provider cannot change reads as text, not as a field to type in.
    void readOnlyEmailLooksReadOnly()
    {
        auto members = service(Provider::Beam);
        const MemberRecord member =
            created(*members, newMember(Provider::Beam, u"fixed@example.com"_s));
        MemberDialog dialog(members.get(), member);
        dialog.open();
        auto *email = find<QLineEdit>(&dialog, u"emailEdit"_s);
        QVERIFY(email->isReadOnly());
        QVERIFY(!email->hasFrame());
        QCOMPARE(email->palette().color(QPalette::Base), email->palette().color(QPalette::Window));
        QVERIFY(noteOf(&dialog, u"emailEdit"_s).contains(u"cannot change"_s));
    }

    void invalidEmailDisablesOk_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("message");
        QTest::newRow("no @") << u"anna.example.com"_s << u"it has no @"_s;
        QTest::newRow("two @") << u"anna@@example.com"_s << u"more than one @"_s;
        QTest::newRow("no dot in the domain") << u"anna@localhost"_s << u"not a domain name"_s;
        QTest::newRow("a space") << u"anna maria@example.com"_s << u"holds a space"_s;
        QTest::newRow("empty") << QString() << u"The email address is empty."_s;
    }

    void invalidEmailDisablesOk()
    {
        QFETCH(QString, email);
        QFETCH(QString, message);
        auto members = service(Provider::Forward);
        MemberDialog dialog(members.get());
        dialog.open();
        type(find<QLineEdit>(&dialog, u"firstNameEdit"_s), u"Anna"_s);
        type(find<QLineEdit>(&dialog, u"lastNameEdit"_s), u"Maria"_s);
        type(find<QLineEdit>(&dialog, u"emailEdit"_s), u"anna@example.com"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        type(find<QLineEdit>(&dialog, u"emailEdit"_s), email);
        QVERIFY(!okButton(dialog)->isEnabled());
        const QString note = noteOf(&dialog, u"emailEdit"_s);
        QVERIFY2(note.contains(message), qPrintable(note));
        const qint64 requests = m_env->sandbox().stats()[u"total"_s].toInteger();
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(m_env->sandbox().stats()[u"total"_s].toInteger(), requests);
    }

    void requiredNamesAreNamed()
    {
        auto members = service(Provider::Heartbeat);
        MemberDialog dialog(members.get());
        dialog.open();
        QVERIFY(waitForRoles(dialog));
        auto *name = find<QLineEdit>(&dialog, u"nameEdit"_s);
        type(name, u"x"_s);
        type(name, QString());
        QCOMPARE(noteOf(&dialog, u"nameEdit"_s), u"Heartbeat needs the member's name."_s);
        QVERIFY(!okButton(dialog)->isEnabled());
    }

    void rolesThatFailToLoadOfferRetry()
    {
        const quint16 port = closedPort();
        Workspace workspace = m_env->workspaceFor(Provider::Heartbeat, u"Later"_s);
        workspace.apiBaseUrl = QUrl(u"http://127.0.0.1:%1/heartbeat/v0"_s.arg(port));
        std::unique_ptr<MemberService> members(m_env->service(workspace));
        MemberDialog dialog(members.get());
        dialog.open();
        auto *message = find<InlineMessage>(&dialog, u"loadMessage"_s);
        QTRY_COMPARE_WITH_TIMEOUT(find<QComboBox>(&dialog, u"roleCombo"_s)->placeholderText(),
                                  u"Roles could not be loaded"_s, 60'000);
        QTRY_COMPARE_WITH_TIMEOUT(find<QListWidget>(&dialog, u"groupsList"_s)->item(0)->text(),
                                  u"Groups could not be loaded"_s, 60'000);
        QVERIFY(message->isVisible());
        QCOMPARE(message->type(), InlineMessage::Type::Error);
        QVERIFY2(message->text().contains(u"could not be loaded"_s), qPrintable(message->text()));
        QVERIFY2(message->text().contains(u"Unreachable"_s), qPrintable(message->text()));
        QVERIFY(!okButton(dialog)->isEnabled());

        // The provider comes up; Retry loads the lists.
        SandboxProcess later({u"--port"_s, QString::number(port)}, m_env->sandbox().apiKey());
        QVERIFY2(later.start(), qPrintable(later.error()));
        QVERIFY(click(find<QPushButton>(message, u"retryLoadButton"_s)));
        QVERIFY(waitForRoles(dialog));
        QTRY_COMPARE(find<QListWidget>(&dialog, u"groupsList"_s)->count(), 7);
        QVERIFY(!message->isVisible());
    }

    void cancelWhileSavingKeepsTheDialogOpen()
    {
        GuiTestEnvironment slow({u"--latency"_s, u"2000"_s});
        const QString error = slow.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        std::unique_ptr<MemberService> members(
            slow.service(slow.workspaceFor(Provider::Beam, u"Slow"_s)));
        MemberDialog dialog(members.get());
        QSignalSpy saved(&dialog, &MemberDialog::memberSaved);
        dialog.open();
        type(find<QLineEdit>(&dialog, u"firstNameEdit"_s), u"Slow"_s);
        type(find<QLineEdit>(&dialog, u"lastNameEdit"_s), u"Poke"_s);
        type(find<QLineEdit>(&dialog, u"emailEdit"_s), u"slow@example.com"_s);
        QVERIFY(click(okButton(dialog)));
        QVERIFY(dialog.isBusy());
        QVERIFY(find<QWidget>(&dialog, u"busyBar"_s)->isVisible());
        QVERIFY(find<QLineEdit>(&dialog, u"emailEdit"_s)->isReadOnly());

        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 10'000);
        QVERIFY(dialog.isVisible());
        auto *message = find<InlineMessage>(&dialog, u"saveMessage"_s);
        QVERIFY2(message->text().startsWith(u"Cancelled"_s), qPrintable(message->text()));
        QVERIFY(okButton(dialog)->isEnabled());
        QVERIFY(!find<QLineEdit>(&dialog, u"emailEdit"_s)->isReadOnly());
        QCOMPARE(saved.count(), 0);
        // A second Esc closes.
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(TestMemberDialog)
#include "tst_member_dialog.moc"
