// Which keychain Roster names in its About dialog: the desktop told from the environment as
// QtKeychain tells it, and QtKeychain's order of preference on each desktop.
#include "keychain_backend.h"
#include "keychain_presence.h"

#include <QHash>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using Desktop = KeychainBackend::Desktop;
using Kind = KeychainBackend::Kind;
using Variables = QHash<QByteArray, QByteArray>;

Q_DECLARE_METATYPE(KeychainBackend::UnixFacts)

class TestWorkspaceKeychainBackend : public QObject
{
    Q_OBJECT

    static KeychainBackend::UnixFacts facts(bool libsecret, bool gnomeKeyring, bool kwallet5,
                                            bool kwallet6 = false)
    {
        KeychainBackend::UnixFacts result;
        result.libsecretLoads = libsecret;
        result.gnomeKeyringAvailable = gnomeKeyring;
        result.kwallet5Answers = kwallet5;
        result.kwallet6Answers = kwallet6;
        return result;
    }

private Q_SLOTS:
    void desktop_data()
    {
        QTest::addColumn<Variables>("variables");
        QTest::addColumn<bool>("knowsPlasma6");
        QTest::addColumn<Desktop>("expected");
        QTest::newRow("nothing set") << Variables{} << true << Desktop::Other;
        QTest::newRow("GNOME") << Variables{{"XDG_CURRENT_DESKTOP", "GNOME"}} << true
                               << Desktop::Gnome;
        QTest::newRow("Plasma 5") << Variables{{"XDG_CURRENT_DESKTOP", "KDE"},
                                               {"KDE_SESSION_VERSION", "5"}}
                                  << false << Desktop::Plasma5;
        QTest::newRow("Plasma 6") << Variables{{"XDG_CURRENT_DESKTOP", "KDE"},
                                               {"KDE_SESSION_VERSION", "6"}}
                                  << true << Desktop::Plasma6;
        // QtKeychain before 0.14.2 knows no Plasma 6: it prefers the Secret Service there.
        QTest::newRow("Plasma 6 to QtKeychain 0.13")
            << Variables{{"XDG_CURRENT_DESKTOP", "KDE"}, {"KDE_SESSION_VERSION", "6"}} << false
            << Desktop::Other;
        QTest::newRow("XFCE session")
            << Variables{{"DESKTOP_SESSION", "xubuntu"}} << true << Desktop::Xfce;
        QTest::newRow("kde4 session")
            << Variables{{"DESKTOP_SESSION", "kde4"}} << true << Desktop::Kde4;
        QTest::newRow("current desktop first")
            << Variables{{"XDG_CURRENT_DESKTOP", "Unity"}, {"DESKTOP_SESSION", "kde4"}} << true
            << Desktop::Unity;
        QTest::newRow("full KDE session")
            << Variables{{"KDE_FULL_SESSION", "true"}, {"KDE_SESSION_VERSION", "5"}} << true
            << Desktop::Plasma5;
        QTest::newRow("an unknown desktop")
            << Variables{{"XDG_CURRENT_DESKTOP", "sway"}} << true << Desktop::Other;
    }
    void desktop()
    {
        QFETCH(Variables, variables);
        QFETCH(bool, knowsPlasma6);
        QFETCH(Desktop, expected);
        QCOMPARE(KeychainBackend::desktop([&](const char *name) { return variables.value(name); },
                                          knowsPlasma6),
                 expected);
    }

    void choose_data()
    {
        QTest::addColumn<Desktop>("desktop");
        QTest::addColumn<KeychainBackend::UnixFacts>("facts");
        QTest::addColumn<Kind>("expected");
        QTest::newRow("GNOME, libsecret")
            << Desktop::Gnome << facts(true, false, true) << Kind::SecretService;
        QTest::newRow("other desktop, only KWallet")
            << Desktop::Other << facts(false, false, true) << Kind::KWallet5;
        QTest::newRow("other desktop, old GNOME Keyring before KWallet")
            << Desktop::Other << facts(false, true, true) << Kind::GnomeKeyring;
        QTest::newRow("Plasma 5 prefers KWallet")
            << Desktop::Plasma5 << facts(true, true, true) << Kind::KWallet5;
        QTest::newRow("Plasma 5 without KWallet")
            << Desktop::Plasma5 << facts(true, false, false) << Kind::SecretService;
        QTest::newRow("Plasma 6 prefers KWallet 6")
            << Desktop::Plasma6 << facts(true, false, true, true) << Kind::KWallet6;
        QTest::newRow("Plasma 6 without KWallet 6: not KWallet 5")
            << Desktop::Plasma6 << facts(false, false, true, false) << Kind::None;
        QTest::newRow("other desktop, KWallet 6 before 5")
            << Desktop::Other << facts(false, false, true, true) << Kind::KWallet6;
        QTest::newRow("KDE 4 always KWallet 4")
            << Desktop::Kde4 << facts(true, false, false) << Kind::KWallet4;
        QTest::newRow("nothing at all")
            << Desktop::Xfce << facts(false, false, false) << Kind::None;
        QTest::newRow("Plasma 5, nothing")
            << Desktop::Plasma5 << facts(false, false, false) << Kind::None;
    }
    void choose()
    {
        QFETCH(Desktop, desktop);
        QFETCH(KeychainBackend::UnixFacts, facts);
        QFETCH(Kind, expected);
        QCOMPARE(KeychainBackend::choose(desktop, facts), expected);
    }

    void everyKindHasItsOwnName()
    {
        QSet<QString> names;
        for (Kind kind :
             {Kind::SecretService, Kind::KWallet4, Kind::KWallet5, Kind::KWallet6,
              Kind::GnomeKeyring, Kind::WindowsCredentialManager, Kind::MacKeychain, Kind::None})
            names.insert(KeychainBackend::name(kind));
        QCOMPARE(names.size(), 8);
        QVERIFY(!names.contains(QString()));
    }

    // On this machine's test run: no desktop set, libsecret installed, so the Secret Service,
    // answered on a later turn of the event loop.
    void findsTheSecretServiceWhereLibsecretLoads()
    {
#if !defined(Q_OS_LINUX)
        QSKIP("the Secret Service is a Linux back end");
#else
        for (const char *name : {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION",
                                 "GNOME_DESKTOP_SESSION_ID", "KDE_FULL_SESSION"})
            qunsetenv(name);
        if (!KeychainPresence::libsecretLoadable())
            QSKIP("libsecret-1 is not installed");
        KeychainBackend backend;
        std::optional<Kind> found;
        backend.find([&](Kind kind) { found = kind; });
        QVERIFY(!found.has_value());
        QTRY_VERIFY(found.has_value());
        QCOMPARE(*found, Kind::SecretService);
#endif
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceKeychainBackend)
#include "tst_workspace_keychain_backend.moc"
