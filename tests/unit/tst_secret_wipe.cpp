// SecretWipe: the last copy of a secret is overwritten with zeros where it lies; a buffer that
// another copy still holds is left as that copy sees it.
#include "secret_wipe.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSecretWipe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bytes_lastCopy_isZeroedInPlace()
    {
        QByteArray key("sk_live_wipe-me-0123456789");
        key.detach();
        const char *where = key.constData();
        QVERIFY(SecretWipe::overwrite(key));
        QCOMPARE(key.constData(), where);
        QCOMPARE(key, QByteArray(key.size(), '\0'));
        SecretWipe::wipe(key);
        QVERIFY(key.isEmpty());
    }

    void bytes_sharedCopy_isLeftToItsHolder()
    {
        const QByteArray kept("sk_live_shared-0123456789");
        QByteArray copy = kept;
        QVERIFY(!SecretWipe::overwrite(copy));
        SecretWipe::wipe(copy);
        QVERIFY(copy.isEmpty());
        QCOMPARE(kept, QByteArray("sk_live_shared-0123456789"));
    }

    void text_lastCopy_isZeroedInPlace()
    {
        QString key = u"sk_live_wipe-text-0123456789"_s;
        key.detach();
        const QChar *where = key.constData();
        QVERIFY(SecretWipe::overwrite(key));
        QCOMPARE(key.constData(), where);
        QCOMPARE(key, QString(key.size(), QChar(0)));
        SecretWipe::wipe(key);
        QVERIFY(key.isEmpty());
    }

    void text_sharedCopy_isLeftToItsHolder()
    {
        const QString kept = u"sk_live_shared-text"_s + QString::number(42);
        QString copy = kept;
        QVERIFY(!SecretWipe::overwrite(copy));
        SecretWipe::wipe(copy);
        QVERIFY(copy.isEmpty());
        QCOMPARE(kept, u"sk_live_shared-text42"_s);
    }
};

QTEST_GUILESS_MAIN(TestSecretWipe)
#include "tst_secret_wipe.moc"
