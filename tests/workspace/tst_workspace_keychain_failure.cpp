// How keychain failures QtKeychain cannot name are told apart, and what people are told: every
// message says how to fix it and that a key can be given for this run only.
#include "keychain_failure.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestWorkspaceKeychainFailure : public QObject
{
    Q_OBJECT

    static KeychainServices services(bool bus, bool secretService, bool kwallet)
    {
        KeychainServices result;
        result.busReachable = bus;
        result.secretService = secretService;
        result.kwallet = kwallet;
        return result;
    }

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<KeychainServices>("services");
        QTest::addColumn<bool>("libsecret");
        QTest::addColumn<KeyResult::Error>("error");
        QTest::addColumn<QString>("expected");
        using E = KeyResult::Error;
        QTest::newRow("no session bus")
            << services(false, false, false) << true << E::NoKeychain << u"No keychain answered"_s;
        QTest::newRow("bus without keychain")
            << services(true, false, false) << true << E::NoKeychain << u"gnome-keyring"_s;
        QTest::newRow("secret service without libsecret")
            << services(true, true, false) << false << E::NoKeychain << u"libsecret-1-0"_s;
        QTest::newRow("secret service that failed")
            << services(true, true, false) << true << E::Other << u"store the API key: boom"_s;
        QTest::newRow("kwallet without libsecret")
            << services(true, false, true) << false << E::Other << u"boom"_s;
        QTest::newRow("both") << services(true, true, true) << false << E::Other << u"boom"_s;
        KeychainServices system;
        system.systemKeychain = true;
        QTest::newRow("system keychain that failed (Windows, macOS)")
            << system << false << E::Other << u"store the API key: boom"_s;
    }

    void classify()
    {
        QFETCH(KeychainServices, services);
        QFETCH(bool, libsecret);
        QFETCH(KeyResult::Error, error);
        QFETCH(QString, expected);
        const KeyResult result = KeychainFailure::classify(KeychainFailure::Operation::Write,
                                                           u"boom"_s, services, libsecret);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, error);
        QVERIFY2(result.message.contains(expected), qPrintable(result.message));
        QVERIFY2(result.message.contains(u"--key-stdin"_s), qPrintable(result.message));
        QVERIFY2(result.message.contains(u"ROSTER_API_KEY"_s), qPrintable(result.message));
    }

    void noKeychainSaysWhatIsMissingAndHowToFixIt()
    {
        const QString message = KeychainFailure::noKeychainMessage();
        for (const QString &part : {u"Secret Service"_s, u"GNOME Keyring"_s, u"KWallet"_s,
                                    u"D-Bus"_s, u"--key-stdin"_s, u"ROSTER_API_KEY"_s})
            QVERIFY2(message.contains(part), qPrintable(part));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceKeychainFailure)
#include "tst_workspace_keychain_failure.moc"
