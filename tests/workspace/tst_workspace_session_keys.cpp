// Keys for the current run only: held in memory, parsed from --key-stdin or ROSTER_API_KEY, and
// handed out by KeyProvider before the keychain is asked.
#include "key_provider.h"
#include "key_store.h"
#include "session_keys.h"
#include "workspace.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestWorkspaceSessionKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsKeysPerWorkspace()
    {
        SessionKeys keys;
        const QString a = Workspace::newId();
        const QString b = Workspace::newId();
        QVERIFY(!keys.key(a));
        keys.setKey(a, u"key-a"_s);
        keys.setKey(b, u"key-b"_s);
        QCOMPARE(keys.key(a), u"key-a"_s);
        QCOMPARE(keys.key(b), u"key-b"_s);
        keys.setKey(a, u"key-a2"_s);
        QCOMPARE(keys.key(a), u"key-a2"_s);
        keys.remove(a);
        QVERIFY(!keys.contains(a));
        QCOMPARE(keys.key(b), u"key-b"_s);
        keys.clear();
        QVERIFY(!keys.contains(b));
    }

    void aCopyHandedOutSurvivesRemoval()
    {
        SessionKeys keys;
        const QString id = Workspace::newId();
        keys.setKey(id, u"shared-key"_s);
        const QString copy = *keys.key(id);
        keys.remove(id); // wipes only a buffer nobody else holds
        QCOMPARE(copy, u"shared-key"_s);
    }

    void keyFromInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("key");
        QTest::newRow("echo") << "abc123\n"_ba << u"abc123"_s;
        QTest::newRow("printf") << "abc123"_ba << u"abc123"_s;
        QTest::newRow("windows line end and spaces") << "  abc123 \r\n"_ba << u"abc123"_s;
        QTest::newRow("utf-8") << "clé-42\n"_ba << u"clé-42"_s;
    }

    void keyFromInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, key);
        QString error;
        QCOMPARE(SessionKeys::keyFromInput(input, &error), key);
    }

    void keyFromInputRefusals_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing") << QByteArray() << u"No API key"_s;
        QTest::newRow("blank") << " \n"_ba << u"No API key"_s;
        QTest::newRow("two lines") << "secret-one\nsecret-two\n"_ba << u"several lines"_s;
        QTest::newRow("control") << "secret\x01one"_ba << u"control character"_s;
        QTest::newRow("not utf-8") << "secret\xff"_ba << u"not UTF-8"_s;
        QTest::newRow("huge") << QByteArray(SessionKeys::MaxKeyLength + 1, 's') << u"longer"_s;
    }

    void keyFromInputRefusals()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!SessionKeys::keyFromInput(input, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(!error.contains(u"secret"_s), "the message never shows the key");
    }

    void takesTheKeyFromTheEnvironmentAndUnsetsIt()
    {
        QString error;
        qunsetenv(SessionKeys::EnvironmentVariable);
        QVERIFY(!SessionKeys::takeKeyFromEnvironment(&error));
        QVERIFY(error.isEmpty());

        qputenv(SessionKeys::EnvironmentVariable, "env-key-1\n");
        QCOMPARE(SessionKeys::takeKeyFromEnvironment(&error), u"env-key-1"_s);
        QVERIFY(!qEnvironmentVariableIsSet(SessionKeys::EnvironmentVariable));

        qputenv(SessionKeys::EnvironmentVariable, "");
        QVERIFY(!SessionKeys::takeKeyFromEnvironment(&error));
        QVERIFY2(error.contains(u"ROSTER_API_KEY"_s), qPrintable(error));
        QVERIFY(!qEnvironmentVariableIsSet(SessionKeys::EnvironmentVariable));
    }

    // The run's key wins, and the keychain is not asked (none may be running here).
    void providerPrefersTheRunsKeyAndAnswersLater()
    {
        KeyStore keyStore;
        SessionKeys sessionKeys;
        KeyProvider provider(&keyStore, &sessionKeys);
        const QString id = Workspace::newId();
        sessionKeys.setKey(id, u"demo-key"_s);

        std::optional<KeyResult> result;
        provider.key(id, [&](const KeyResult &answer) { result = answer; });
        QVERIFY2(!result, "answers asynchronously, never before key() returns");
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->ok);
        QCOMPARE(result->key, u"demo-key"_s);
    }

    void providerDestroyedEarlyRunsNoCallback()
    {
        KeyStore keyStore;
        SessionKeys sessionKeys;
        const QString id = Workspace::newId();
        sessionKeys.setKey(id, u"demo-key"_s);
        bool called = false;
        {
            KeyProvider provider(&keyStore, &sessionKeys);
            provider.key(id, [&](const KeyResult &) { called = true; });
        }
        QTest::qWait(50);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceSessionKeys)
#include "tst_workspace_session_keys.moc"
