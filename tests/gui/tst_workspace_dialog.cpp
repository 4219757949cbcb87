// WorkspaceDialog against a real roster-sandbox and the real keychain of
// tests/run-with-keyring.sh: adding a workspace of each provider, testing the connection,
// validation next to the fields, editing without retyping the key, removing, the demo mode, and
// the offer of a key for this session when no keychain answers.
#include "dialog_test_helpers.h"
#include "gui_test_environment.h"
#include "inline_message.h"
#include "member_repository.h"
#include "workspace_dialog.h"
#include "workspace_form.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QUuid>

using namespace Qt::StringLiterals;
using DialogTest::click;
using DialogTest::find;
using DialogTest::type;

Q_DECLARE_METATYPE(Provider)

namespace {
const char *NoKeychainChild = "ROSTER_TEST_NO_KEYCHAIN_CHILD";

QString freshKey()
{
    return u"roster-dialog-key-"_s + QUuid::createUuid().toString(QUuid::Id128);
}
} // namespace

class TestWorkspaceDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiTestEnvironment> m_env;

    QPushButton *okButton(const WorkspaceDialog &dialog)
    {
        return find<QPushButton>(&dialog, u"okButton"_s);
    }

    // Fills the add dialog for `provider` at the sandbox's address.
    void fill(WorkspaceDialog &dialog, Provider provider, const QString &name, const QString &key)
    {
        type(find<QLineEdit>(&dialog, u"nameEdit"_s), name);
        auto *providerCombo = find<QComboBox>(&dialog, u"providerCombo"_s);
        providerCombo->setCurrentIndex(providerCombo->findData(int(provider)));
        type(find<QLineEdit>(&dialog, u"apiAddressEdit"_s), m_env->apiAddress(provider).toString());
        if (provider == Provider::Heartbeat)
            type(find<QLineEdit>(&dialog, u"communityAddressEdit"_s),
                 m_env->sandbox().url(u"/heartbeat/community"_s).toString());
        if (provider == Provider::Forward)
            type(find<QLineEdit>(&dialog, u"businessIdEdit"_s), u"biz_sandbox"_s);
        type(find<QLineEdit>(&dialog, u"keyEdit"_s), key);
    }

    // Clicks "Test connection" and waits for its answer.
    InlineMessage *testConnection(WorkspaceDialog &dialog)
    {
        auto *result = find<InlineMessage>(&dialog, u"testResult"_s);
        auto *button = find<QPushButton>(&dialog, u"testConnectionButton"_s);
        if (!click(button))
            return nullptr;
        if (!QTest::qWaitFor([&] { return button->isVisible(); }, 30'000))
            return nullptr;
        return result;
    }

    Workspace storedWorkspace(const QString &name)
    {
        WorkspaceStore reread(m_env->workspacesPath());
        QString error;
        if (!reread.load(&error))
            qWarning("%s", qPrintable(error));
        return reread.findByName(name).value_or(Workspace{});
    }

    // A workspace saved with its key in the keychain, as an earlier add left it.
    Workspace savedWorkspace(Provider provider, const QString &name, const QString &key)
    {
        const Workspace workspace = m_env->workspaceFor(provider, name);
        QString error;
        if (!m_env->store().add(workspace, &error))
            qWarning("%s", qPrintable(error));
        const KeyResult written = m_env->writeKey(workspace.id, key);
        if (!written.ok)
            qWarning("%s", qPrintable(written.message));
        return workspace;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DialogTest::quietOffscreenWarnings();
        if (qEnvironmentVariableIsEmpty("ROSTER_IN_TEST_SESSION"))
            QSKIP("needs the private keyring of tests/run-with-keyring.sh");
    }

    void init()
    {
        m_env = std::make_unique<GuiTestEnvironment>();
        const QString error = m_env->start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanup() { m_env.reset(); }

    void addsAWorkspaceOfEachProvider_data()
    {
        QTest::addColumn<Provider>("provider");
        QTest::newRow("Heartbeat") << Provider::Heartbeat;
        QTest::newRow("Forward") << Provider::Forward;
        QTest::newRow("Beam.gg") << Provider::Beam;
    }

    void addsAWorkspaceOfEachProvider()
    {
        QFETCH(Provider, provider);
        WorkspaceDialog dialog(m_env->context());
        QSignalSpy saved(&dialog, &WorkspaceDialog::workspaceSaved);
        dialog.open();
        QVERIFY(!okButton(dialog)->isEnabled());
        const QString name = u"Acme "_s + providerDisplayName(provider);
        fill(dialog, provider, name, m_env->apiKey());
        QVERIFY(okButton(dialog)->isEnabled());
        // Only the provider's own fields show.
        QCOMPARE(find<QLineEdit>(&dialog, u"communityAddressEdit"_s)->isVisible(),
                 provider == Provider::Heartbeat);
        QCOMPARE(find<QLineEdit>(&dialog, u"businessIdEdit"_s)->isVisible(),
                 provider == Provider::Forward);

        InlineMessage *result = testConnection(dialog);
        QVERIFY(result);
        QVERIFY2(result->type() == InlineMessage::Type::Positive, qPrintable(result->text()));
        QVERIFY2(result->text().contains(u"accepts the key"_s), qPrintable(result->text()));

        const Workspace typed = dialog.form()->workspace();
        m_env->deleteKeyAtEnd(typed.id);
        QVERIFY(click(okButton(dialog)));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 15'000);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(saved.at(0).at(1).toBool(), true);

        const Workspace stored = storedWorkspace(name);
        QCOMPARE(stored.id, typed.id);
        QCOMPARE(stored.provider, provider);
        QCOMPARE(stored.apiBaseUrl, m_env->apiAddress(provider));
        QCOMPARE(stored.businessId, provider == Provider::Forward ? u"biz_sandbox"_s : QString());
        const KeyResult key = m_env->readKey(stored.id);
        QVERIFY2(key.ok, qPrintable(key.message));
        QCOMPARE(key.key, m_env->apiKey());
        QCOMPARE(m_env->filesContaining(m_env->sandbox().apiKey()), QStringList());
    }

    void wrongKeyFailsTheConnectionTest_data() { addsAWorkspaceOfEachProvider_data(); }

    void wrongKeyFailsTheConnectionTest()
    {
        QFETCH(Provider, provider);
        WorkspaceDialog dialog(m_env->context());
        dialog.open();
        fill(dialog, provider, u"Wrong"_s, u"not-the-key"_s);
        InlineMessage *result = testConnection(dialog);
        QVERIFY(result);
        QCOMPARE(result->type(), InlineMessage::Type::Error);
        QVERIFY2(result->text().startsWith(u"Wrong API key"_s), qPrintable(result->text()));
        QVERIFY2(result->text().contains(u"401"_s), qPrintable(result->text()));
        QVERIFY2(!result->text().contains(u"not-the-key"_s), qPrintable(result->text()));
    }

    void unreachableAddressSaysSo()
    {
        WorkspaceDialog dialog(m_env->context());
        dialog.open();
        fill(dialog, Provider::Beam, u"Nowhere"_s, m_env->apiKey());
        // A port nobody listens on: the sandbox's, once it has stopped.
        QCOMPARE(m_env->sandbox().terminate(), 0);
        InlineMessage *result = testConnection(dialog);
        QVERIFY(result);
        QCOMPARE(result->type(), InlineMessage::Type::Error);
        QVERIFY2(result->text().startsWith(u"Unreachable"_s), qPrintable(result->text()));
    }

    void invalidInputDisablesOk_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty name")
            << u"nameEdit"_s << QString() << u"nameNote"_s << u"Name is empty."_s;
        QTest::newRow("name taken") << u"nameEdit"_s << u"TAKEN"_s << u"nameNote"_s
                                    << u"There is already a workspace \"Taken\"."_s;
        QTest::newRow("plain http to another host")
            << u"apiAddressEdit"_s << u"http://api.example.com/v0"_s << u"apiAddressNote"_s
            << u"plain http:// is accepted only to this machine"_s;
        QTest::newRow("not an address") << u"apiAddressEdit"_s << u"api.example.com"_s
                                        << u"apiAddressNote"_s << u"must start with https://"_s;
        QTest::newRow("empty address") << u"apiAddressEdit"_s << QString() << u"apiAddressNote"_s
                                       << u"API address is missing."_s;
        QTest::newRow("community address with a query")
            << u"communityAddressEdit"_s << u"https://acme.heartbeat.chat/?ref=x"_s
            << u"communityAddressNote"_s << u"must not contain a query"_s;
        QTest::newRow("empty key")
            << u"keyEdit"_s << QString() << u"keyNote"_s << u"Give the workspace's API key."_s;
        QTest::newRow("key with a control character")
            << u"keyEdit"_s << u"abc\u0007def"_s << u"keyNote"_s << u"control character"_s;
    }

    void invalidInputDisablesOk()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, note);
        QFETCH(QString, message);
        savedWorkspace(Provider::Beam, u"Taken"_s, freshKey());
        WorkspaceDialog dialog(m_env->context());
        dialog.open();
        fill(dialog, Provider::Heartbeat, u"Fresh"_s, m_env->apiKey());
        QVERIFY(okButton(dialog)->isEnabled());

        auto *edit = find<QLineEdit>(&dialog, field);
        if (value.contains(QChar(7)))
            edit->insert(value); // keyClicks cannot type a control character
        else
            type(edit, value);
        QTRY_VERIFY(!okButton(dialog)->isEnabled());
        const auto *noteWidget = find<QWidget>(&dialog, note);
        QVERIFY(noteWidget && noteWidget->isVisible());
        const QString shown = noteWidget->findChild<QLabel *>(u"fieldNoteText"_s)->text();
        QVERIFY2(shown.contains(message), qPrintable(shown));
        QVERIFY2(!edit->accessibleDescription().isEmpty(), "the problem is not announced");
        QCOMPARE(dialog.findChildren<QMessageBox *>().size(), 0);

        // Enter does not save an invalid workspace.
        QTest::keyClick(&dialog, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(storedWorkspace(u"Fresh"_s).id, QString());
    }

    // A problem that wraps onto several lines gets the height it needs, also when it appears
    // after the dialog was shown: the dialog grows rather than clip it.
    void longProblemsAreNeverClipped()
    {
        WorkspaceDialog dialog(m_env->context());
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::qWait(50);
        const int before = dialog.height();
        type(find<QLineEdit>(&dialog, u"apiAddressEdit"_s), u"http://api.acme.example/v0"_s);
        auto *text =
            find<QWidget>(&dialog, u"apiAddressNote"_s)->findChild<QLabel *>(u"fieldNoteText"_s);
        QTRY_VERIFY(text->isVisible());
        QTRY_VERIFY2(
            text->height() >= text->heightForWidth(text->width()),
            qPrintable(u"%1 < %2"_s.arg(text->height()).arg(text->heightForWidth(text->width()))));
        QVERIFY(text->heightForWidth(text->width()) > text->fontMetrics().lineSpacing() * 2);
        QVERIFY(dialog.height() > before);
    }

    void budgetOutOfBoundsDisablesOk_data()
    {
        QTest::addColumn<double>("budget");
        QTest::addColumn<QString>("message");
        QTest::newRow("zero") << 0.0 << u"more than 0 requests per second"_s;
        QTest::newRow("too high") << 250.0 << u"more than the limit of 100"_s;
    }

    void budgetOutOfBoundsDisablesOk()
    {
        QFETCH(double, budget);
        QFETCH(QString, message);
        WorkspaceDialog dialog(m_env->context());
        dialog.open();
        fill(dialog, Provider::Heartbeat, u"Budget"_s, m_env->apiKey());
        auto *spin = find<QDoubleSpinBox>(&dialog, u"budgetSpin"_s);
        spin->setValue(budget);
        QVERIFY(!okButton(dialog)->isEnabled());
        const QString shown = find<QWidget>(&dialog, u"budgetNote"_s)
                                  ->findChild<QLabel *>(u"fieldNoteText"_s)
                                  ->text();
        QVERIFY2(shown.contains(message), qPrintable(shown));
        spin->setValue(12);
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void providerChangeFillsDefaultsUnlessChanged()
    {
        WorkspaceDialog dialog(m_env->context());
        dialog.open();
        auto *providerCombo = find<QComboBox>(&dialog, u"providerCombo"_s);
        auto *address = find<QLineEdit>(&dialog, u"apiAddressEdit"_s);
        auto *budget = find<QDoubleSpinBox>(&dialog, u"budgetSpin"_s);
        QCOMPARE(address->text(), u"https://api.heartbeat.chat/v0"_s);
        QCOMPARE(budget->value(), 10.0);
        const QString hint = find<QWidget>(&dialog, u"budgetNote"_s)
                                 ->findChild<QLabel *>(u"fieldNoteText"_s)
                                 ->text();
        QVERIFY2(hint.contains(u"Heartbeat"_s), qPrintable(hint));

        providerCombo->setCurrentIndex(providerCombo->findData(int(Provider::Beam)));
        QCOMPARE(address->text(), u"https://api.beam.gg"_s);
        QCOMPARE(budget->value(), 5.0);
        providerCombo->setCurrentIndex(providerCombo->findData(int(Provider::Forward)));
        QCOMPARE(address->text(), QString());
        QCOMPARE(budget->value(), 10.0);

        // What the user typed stays.
        type(address, u"https://portal.acme.example/api"_s);
        budget->setValue(3);
        providerCombo->setCurrentIndex(providerCombo->findData(int(Provider::Heartbeat)));
        QCOMPARE(address->text(), u"https://portal.acme.example/api"_s);
        QCOMPARE(budget->value(), 3.0);
    }

    void keyFieldIsAPasswordWithAShowToggle()
    {
        WorkspaceDialog dialog(m_env->context());
        dialog.open();
        auto *key = find<QLineEdit>(&dialog, u"keyEdit"_s);
        auto *toggle = find<QToolButton>(&dialog, u"showKeyButton"_s);
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QVERIFY(click(toggle));
        QCOMPARE(key->echoMode(), QLineEdit::Normal);
        QCOMPARE(toggle->accessibleName(), u"Hide the API key"_s);
        QVERIFY(click(toggle));
        QCOMPARE(key->echoMode(), QLineEdit::Password);
    }

    void editKeepsTheStoredKeyWhenTheFieldIsEmpty()
    {
        const QString key = m_env->apiKey();
        const Workspace workspace = savedWorkspace(Provider::Heartbeat, u"Old Name"_s, key);
        WorkspaceDialog dialog(m_env->context(), workspace);
        QSignalSpy saved(&dialog, &WorkspaceDialog::workspaceSaved);
        dialog.open();
        auto *keyEdit = find<QLineEdit>(&dialog, u"keyEdit"_s);
        QCOMPARE(keyEdit->text(), QString());
        QVERIFY(!find<QComboBox>(&dialog, u"providerCombo"_s)->isEnabled());
        QVERIFY(okButton(dialog)->isEnabled());

        // The test runs on the key in the keychain.
        InlineMessage *result = testConnection(dialog);
        QVERIFY(result);
        QVERIFY2(result->type() == InlineMessage::Type::Positive, qPrintable(result->text()));

        type(find<QLineEdit>(&dialog, u"nameEdit"_s), u"New Name"_s);
        QVERIFY(click(okButton(dialog)));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 15'000);
        QCOMPARE(saved.at(0).at(1).toBool(), false);
        QCOMPARE(storedWorkspace(u"New Name"_s).id, workspace.id);
        QCOMPARE(storedWorkspace(u"Old Name"_s).id, QString());
        const KeyResult stored = m_env->readKey(workspace.id);
        QVERIFY2(stored.ok, qPrintable(stored.message));
        QCOMPARE(stored.key, key);
    }

    void editWithANewKeyReplacesTheStoredKey()
    {
        const Workspace workspace = savedWorkspace(Provider::Forward, u"Rekey"_s, u"old-key"_s);
        WorkspaceDialog dialog(m_env->context(), workspace);
        QSignalSpy saved(&dialog, &WorkspaceDialog::workspaceSaved);
        dialog.open();
        // The stored key is wrong: the test says so.
        InlineMessage *result = testConnection(dialog);
        QVERIFY(result);
        QCOMPARE(result->type(), InlineMessage::Type::Error);

        type(find<QLineEdit>(&dialog, u"keyEdit"_s), m_env->apiKey());
        result = testConnection(dialog);
        QVERIFY(result);
        QVERIFY2(result->type() == InlineMessage::Type::Positive, qPrintable(result->text()));
        QVERIFY(click(okButton(dialog)));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 15'000);
        QCOMPARE(saved.at(0).at(1).toBool(), true);
        QCOMPARE(m_env->readKey(workspace.id).key, m_env->apiKey());
        QCOMPARE(m_env->filesContaining(m_env->sandbox().apiKey()), QStringList());
    }

    void removeDeletesWorkspaceKeyAndLocalRoster()
    {
        const Workspace workspace = savedWorkspace(Provider::Heartbeat, u"Doomed"_s, freshKey());
        const Workspace other = savedWorkspace(Provider::Beam, u"Kept"_s, freshKey());
        MemberRepository members(m_env->database());
        QString error;
        for (const Workspace &w : {workspace, other}) {
            MemberRecord record;
            record.workspaceId = w.id;
            record.email = u"anna@example.com"_s;
            record.displayName = u"Anna"_s;
            QVERIFY2(members.upsert(record, &error), qPrintable(error));
        }

        WorkspaceDialog dialog(m_env->context(), workspace);
        QSignalSpy removed(&dialog, &WorkspaceDialog::workspaceRemoved);
        dialog.open();
        QVERIFY(click(find<QPushButton>(&dialog, u"removeButton"_s)));
        auto *box = find<QMessageBox>(&dialog, u"removeConfirmation"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->text().contains(u"\"Doomed\""_s), qPrintable(box->text()));
        QCOMPARE(box->defaultButton()->objectName(), u"cancelRemoveButton"_s);
        QVERIFY(click(find<QPushButton>(box, u"confirmRemoveButton"_s)));

        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 15'000);
        QCOMPARE(removed.at(0).at(1).toString(), QString());
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(storedWorkspace(u"Doomed"_s).id, QString());
        QCOMPARE(storedWorkspace(u"Kept"_s).id, other.id);
        QCOMPARE(m_env->readKey(workspace.id).error, KeyResult::Error::NotFound);
        QVERIFY(m_env->readKey(other.id).ok);
        QCOMPARE(members.count(workspace.id, &error), 0);
        QCOMPARE(members.count(other.id, &error), 1);
    }

    void removeCancelledKeepsEverything()
    {
        const QString key = freshKey();
        const Workspace workspace = savedWorkspace(Provider::Heartbeat, u"Spared"_s, key);
        WorkspaceDialog dialog(m_env->context(), workspace);
        QSignalSpy removed(&dialog, &WorkspaceDialog::workspaceRemoved);
        dialog.open();
        QVERIFY(click(find<QPushButton>(&dialog, u"removeButton"_s)));
        auto *box = find<QMessageBox>(&dialog, u"removeConfirmation"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QTest::keyClick(box, Qt::Key_Escape);
        QTRY_VERIFY(!box->isVisible());
        QVERIFY(dialog.isVisible());
        QCOMPARE(removed.count(), 0);
        QCOMPARE(storedWorkspace(u"Spared"_s).id, workspace.id);
        QCOMPARE(m_env->readKey(workspace.id).key, key);
    }

    void demoModeKeepsTheKeyOutOfTheKeychain()
    {
        WorkspaceDialog dialog(m_env->context(true));
        QSignalSpy saved(&dialog, &WorkspaceDialog::workspaceSaved);
        dialog.open();
        fill(dialog, Provider::Beam, u"Demo"_s, m_env->apiKey());
        InlineMessage *result = testConnection(dialog);
        QVERIFY(result);
        QVERIFY2(result->type() == InlineMessage::Type::Positive, qPrintable(result->text()));
        const QString id = dialog.form()->workspace().id;
        QVERIFY(click(okButton(dialog)));
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 15'000);
        QCOMPARE(saved.at(0).at(1).toBool(), false);
        QCOMPARE(m_env->sessionKeys().key(id), std::optional<QString>(m_env->apiKey()));
        QCOMPARE(m_env->readKey(id).error, KeyResult::Error::NotFound);
        QCOMPARE(storedWorkspace(u"Demo"_s).id, id);

        // Removing it in demo mode leaves the keychain alone and forgets the session key.
        WorkspaceDialog edit(m_env->context(true), storedWorkspace(u"Demo"_s));
        QSignalSpy removed(&edit, &WorkspaceDialog::workspaceRemoved);
        edit.open();
        QVERIFY(click(find<QPushButton>(&edit, u"removeButton"_s)));
        auto *box = find<QMessageBox>(&edit, u"removeConfirmation"_s);
        QVERIFY(box);
        QVERIFY(click(find<QPushButton>(box, u"confirmRemoveButton"_s)));
        QTRY_COMPARE(removed.count(), 1);
        QVERIFY(!m_env->sessionKeys().contains(id));
    }

    void connectionTestCanBeCancelled()
    {
        GuiTestEnvironment slow({u"--latency"_s, u"3000"_s});
        const QString error = slow.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        WorkspaceDialog dialog(slow.context());
        dialog.open();
        type(find<QLineEdit>(&dialog, u"nameEdit"_s), u"Slow"_s);
        type(find<QLineEdit>(&dialog, u"apiAddressEdit"_s),
             slow.apiAddress(Provider::Heartbeat).toString());
        type(find<QLineEdit>(&dialog, u"keyEdit"_s), slow.apiKey());
        QVERIFY(click(find<QPushButton>(&dialog, u"testConnectionButton"_s)));
        auto *cancel = find<QPushButton>(&dialog, u"cancelTestButton"_s);
        QVERIFY(cancel->isVisible());
        QVERIFY(find<QWidget>(&dialog, u"testBusy"_s)->isVisible());
        QVERIFY(dialog.isVisible()); // the window goes on answering meanwhile
        QVERIFY(click(cancel));
        auto *result = find<InlineMessage>(&dialog, u"testResult"_s);
        QCOMPARE(result->text(), u"Test cancelled."_s);
        QVERIFY(find<QPushButton>(&dialog, u"testConnectionButton"_s)->isVisible());
        // Nothing is reported for the cancelled test later on.
        QTest::qWait(3500);
        QCOMPARE(result->text(), u"Test cancelled."_s);
    }

    void escapeClosesWithoutSaving()
    {
        WorkspaceDialog dialog(m_env->context());
        QSignalSpy saved(&dialog, &WorkspaceDialog::workspaceSaved);
        dialog.open();
        fill(dialog, Provider::Heartbeat, u"Never"_s, m_env->apiKey());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(saved.count(), 0);
        QCOMPARE(storedWorkspace(u"Never"_s).id, QString());
    }

    // Runs itself again in a child process whose session bus leads nowhere, so that no
    // keychain answers there.
    void noKeychainOffersTheKeyForThisSession()
    {
        if (!qEnvironmentVariableIsSet(NoKeychainChild)) {
            QProcess child;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QString::fromLatin1(NoKeychainChild), u"1"_s);
            environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s,
                               u"unix:path=/nonexistent/roster-test-bus"_s);
            child.setProcessEnvironment(environment);
            child.setProcessChannelMode(QProcess::MergedChannels);
            child.start(QCoreApplication::applicationFilePath(),
                        {u"noKeychainOffersTheKeyForThisSession"_s});
            QVERIFY(child.waitForFinished(120'000));
            const QString output = QString::fromUtf8(child.readAll());
            QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                     qPrintable(output));
            QVERIFY2(output.contains(u"PASS   : TestWorkspaceDialog::"
                                     u"noKeychainOffersTheKeyForThisSession()"_s),
                     qPrintable(output));
            return;
        }
        WorkspaceDialog dialog(m_env->context());
        QSignalSpy saved(&dialog, &WorkspaceDialog::workspaceSaved);
        dialog.open();
        fill(dialog, Provider::Heartbeat, u"No Keychain"_s, m_env->apiKey());
        const QString id = dialog.form()->workspace().id;
        QVERIFY(click(okButton(dialog)));
        auto *message = find<InlineMessage>(&dialog, u"saveMessage"_s);
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 60'000);
        QVERIFY2(message->text().contains(u"No keychain answered"_s), qPrintable(message->text()));
        QVERIFY2(!message->text().contains(u"--key-stdin"_s), qPrintable(message->text()));
        QVERIFY(dialog.isVisible());
        QCOMPARE(saved.count(), 0);
        QCOMPARE(storedWorkspace(u"No Keychain"_s).id, QString());

        QVERIFY(click(find<QPushButton>(message, u"sessionKeyButton"_s)));
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(1).toBool(), false);
        QCOMPARE(m_env->sessionKeys().key(id), std::optional<QString>(m_env->apiKey()));
        QCOMPARE(storedWorkspace(u"No Keychain"_s).id, id);
        QCOMPARE(m_env->filesContaining(m_env->sandbox().apiKey()), QStringList());
    }
};

QTEST_MAIN(TestWorkspaceDialog)
#include "tst_workspace_dialog.moc"
