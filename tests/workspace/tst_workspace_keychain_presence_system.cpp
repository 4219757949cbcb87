// KeychainPresence as Windows, macOS and Android build it (keychain_presence_system.cpp), built
// here too: their keychain is always there, so a failure QtKeychain cannot name is told as that
// failure, never as "no keychain" with advice about GNOME Keyring and D-Bus.
#include "keychain_failure.h"
#include "keychain_presence.h"

#include <QAbstractEventDispatcher>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWorkspaceKeychainPresenceSystem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFailure_isTheKeychainsNotAMissingKeychain()
    {
        KeychainPresence presence;
        std::optional<KeychainServices> answered;
        presence.check([&](const KeychainServices &services) { answered = services; });
        QVERIFY(!answered); // asynchronously, as on Linux
        QTRY_VERIFY(answered.has_value());
        QVERIFY(answered->systemKeychain);
        QVERIFY(!KeychainPresence::libsecretLoadable());

        const KeyResult result =
            KeychainFailure::classify(KeychainFailure::Operation::Read, u"boom"_s, *answered,
                                      KeychainPresence::libsecretLoadable());
        QCOMPARE(result.error, KeyResult::Error::Other);
        QVERIFY2(result.message.contains(u"could not read the API key: boom"_s),
                 qPrintable(result.message));
    }

    // Run with QT_NO_GLIB=1: where the keychain is the system's, no GLib loop is needed.
    void anyEventLoopCanAnswer()
    {
        QVERIFY(!QAbstractEventDispatcher::instance()->inherits("QEventDispatcherGlib"));
        QVERIFY(KeychainPresence::eventLoopCanAnswer(this));
    }

    void noAnswerOnceThePresenceIsGone()
    {
        bool answered = false;
        {
            KeychainPresence presence;
            presence.check([&](const KeychainServices &) { answered = true; });
        }
        QCoreApplication::processEvents();
        QVERIFY(!answered);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceKeychainPresenceSystem)
#include "tst_workspace_keychain_presence_system.moc"
