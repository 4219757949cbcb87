// KeychainBackend asks KWallet on the session bus as QtKeychain does, and only where QtKeychain
// would: a stand-in kwalletd5 on the test's private bus (tests/run-with-keyring.sh) answers.
#include "keychain_backend.h"
#include "keychain_presence.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QTest>

using namespace Qt::StringLiterals;

using Kind = KeychainBackend::Kind;

// kwalletd as QtKeychain first asks it: the name of the network wallet.
class StandInKWallet : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.KWallet")
public:
    int asked = 0;

public Q_SLOTS:
    Q_SCRIPTABLE QString networkWallet()
    {
        ++asked;
        return u"kdewallet"_s;
    }
};

class TestWorkspaceKeychainBackendKWallet : public QObject
{
    Q_OBJECT

    StandInKWallet m_wallet;

    static void setDesktop(const QByteArray &current, const QByteArray &kdeVersion)
    {
        for (const char *name : {"DESKTOP_SESSION", "GNOME_DESKTOP_SESSION_ID", "KDE_FULL_SESSION"})
            qunsetenv(name);
        qputenv("XDG_CURRENT_DESKTOP", current);
        qputenv("KDE_SESSION_VERSION", kdeVersion);
    }

    static Kind found()
    {
        KeychainBackend backend;
        std::optional<Kind> kind;
        backend.find([&](Kind answer) { kind = answer; });
        if (!QTest::qWaitFor([&] { return kind.has_value(); }, 10000))
            qFatal("KeychainBackend did not answer");
        return *kind;
    }

    static bool walletRegistered(bool on)
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        return on ? bus.registerService(u"org.kde.kwalletd5"_s)
                  : bus.unregisterService(u"org.kde.kwalletd5"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.isConnected() || qEnvironmentVariableIsEmpty("ROSTER_IN_TEST_SESSION"))
            QSKIP("needs the private session bus of tests/run-with-keyring.sh");
        if (!KeychainPresence::libsecretLoadable())
            QSKIP("libsecret-1 is not installed");
        QVERIFY(bus.registerObject(u"/modules/kwalletd5"_s, &m_wallet,
                                   QDBusConnection::ExportScriptableSlots));
    }

    void plasma5_asksKWallet5First()
    {
        QVERIFY(walletRegistered(true));
        setDesktop("KDE", "5");
        QCOMPARE(found(), Kind::KWallet5);
        QCOMPARE(m_wallet.asked, 1);
    }

    void plasma5_withoutKWallet_takesTheSecretService()
    {
        QVERIFY(walletRegistered(false));
        setDesktop("KDE", "5");
        QCOMPARE(found(), Kind::SecretService);
    }

    // Elsewhere libsecret comes first, and KWallet is not even asked.
    void gnome_takesTheSecretServiceWithoutAskingKWallet()
    {
        QVERIFY(walletRegistered(true));
        const int before = m_wallet.asked;
        setDesktop("GNOME", "");
        QCOMPARE(found(), Kind::SecretService);
        QCOMPARE(m_wallet.asked, before);
        QVERIFY(walletRegistered(false));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceKeychainBackendKWallet)
#include "tst_workspace_keychain_backend_kwallet.moc"
