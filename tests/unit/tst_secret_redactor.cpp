// SecretRedactor: API keys it was told about, bearer tokens, x-api-key headers and the query or
// fragment of any URL never survive; text without secrets is left exactly as it was.
#include "secret_redactor.h"

#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

class TestSecretRedactor : public QObject
{
    Q_OBJECT

    static constexpr const char *Key = "sbx_Zq8vW2kLm4Np7Rt1";

    static SecretRedactor withKey()
    {
        SecretRedactor redactor;
        redactor.addSecret(Key);
        return redactor;
    }

    static void verifyNoneOf(const QString &redacted, const QStringList &secrets)
    {
        for (const QString &secret : secrets)
            QVERIFY2(!redacted.contains(secret),
                     qPrintable(u"\"%1\" still contains \"%2\""_s.arg(redacted, secret)));
    }

private Q_SLOTS:
    void knownKey_isMaskedWherever()
    {
        const SecretRedactor redactor = withKey();
        const QString key = QString::fromLatin1(Key);
        QCOMPARE(redactor.redact(u"key "_s + key + u" was refused"_s),
                 u"key [redacted] was refused"_s);
        QCOMPARE(redactor.redact(u"{\"api_key\":\""_s + key + u"\"}"_s),
                 u"{\"api_key\":\"[redacted]\"}"_s);
        QCOMPARE(redactor.redact(key + key), u"[redacted][redacted]"_s);
        QCOMPARE(redactor.redact(u"/users/"_s + key + u"/status"_s), u"/users/[redacted]/status"_s);
        QCOMPARE(SecretRedactor::Mask, u"[redacted]"_s);
    }

    void knownKey_surroundingWhitespaceIsIgnored()
    {
        SecretRedactor redactor;
        redactor.addSecret("  key-with-spaces-around\n");
        QCOMPARE(redactor.redact(u"a key-with-spaces-around b"_s), u"a [redacted] b"_s);
    }

    void severalKeys_areAllMasked()
    {
        SecretRedactor redactor = withKey();
        redactor.addSecret("second-key-abcdef");
        redactor.addSecret("second-key-abcdef"); // twice is harmless
        const QString redacted = redactor.redact(u"sbx_Zq8vW2kLm4Np7Rt1 and second-key-abcdef"_s);
        QCOMPARE(redacted, u"[redacted] and [redacted]"_s);
    }

    void theKeyStaysMaskedAmongManyLaterSecrets()
    {
        // A session adds every link and generated password it sees; the key must survive them.
        SecretRedactor redactor = withKey();
        for (int i = 0; i < 3 * int(SecretRedactor::MaxSecrets); ++i)
            redactor.addSecret("link-code-" + QByteArray::number(i));
        QCOMPARE(redactor.redact(QString::fromLatin1(Key)), SecretRedactor::Mask);
        const QByteArray latest =
            "link-code-" + QByteArray::number(3 * SecretRedactor::MaxSecrets - 1);
        QCOMPARE(redactor.redact(QString::fromLatin1(latest)), SecretRedactor::Mask);
    }

    void keyWithRegexCharacters_isMaskedLiterally()
    {
        SecretRedactor redactor;
        redactor.addSecret("a.b*c+d?e(f)[g]$");
        QCOMPARE(redactor.redact(u"x a.b*c+d?e(f)[g]$ y aXbbbcd"_s), u"x [redacted] y aXbbbcd"_s);
    }

    // A provider may echo the key back percent-encoded, in other letter case or base64-encoded.
    void knownKey_encodedForms_areMasked_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoded");
        const QByteArray key = "sk_live401BAbC401F9xYz=Qw/+";
        const QString percent =
            QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(key)));
        QTest::newRow("percent-encoded") << key << u"Invalid key="_s + percent << percent;
        QTest::newRow("percent-encoded, lower-case hex")
            << key << u"Invalid key="_s + percent.toLower() << percent.toLower();
        QTest::newRow("upper-cased") << key << u"KEY "_s + QString::fromLatin1(key).toUpper()
                                     << QString::fromLatin1(key).toUpper();
        QTest::newRow("lower-cased") << key << u"key "_s + QString::fromLatin1(key).toLower()
                                     << QString::fromLatin1(key).toLower();
        QTest::newRow("percent-encoded, upper-cased")
            << key << u"k="_s + percent.toUpper() << percent.toUpper();
        for (int prefix = 0; prefix < 3; ++prefix) {
            const QByteArray framed = QByteArray("user:").right(prefix) + key + "!?";
            const QString base64 = QString::fromLatin1(framed.toBase64());
            const QString base64Url = QString::fromLatin1(
                framed.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
            QTest::addRow("base64 after %d bytes", prefix)
                << key << u"Authorization: Basic "_s + base64 << base64;
            QTest::addRow("base64url after %d bytes", prefix)
                << key << u"token="_s + base64Url + u" end"_s << base64Url;
        }
        QTest::newRow("base64 of the key alone")
            << key << u"got "_s + QString::fromLatin1(key.toBase64()) + u" back"_s
            << QString::fromLatin1(key.toBase64());
        const QByteArray unicode = "schlüssel-Ω-0042";
        QTest::newRow("percent-encoded UTF-8")
            << unicode
            << u"/keys/"_s +
                   QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(unicode)))
            << QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(unicode)));
    }

    void knownKey_encodedForms_areMasked()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QString, text);
        QFETCH(QString, encoded);
        SecretRedactor redactor;
        redactor.addSecret(secret);
        const QString redacted = redactor.redact(text);
        QVERIFY2(redacted.contains(SecretRedactor::Mask), qPrintable(redacted));
        // What is left of a base64 form is at most the characters the neighbours share.
        QVERIFY2(!redacted.contains(encoded.mid(2, encoded.size() - 4)), qPrintable(redacted));
        QVERIFY2(!redacted.contains(QString::fromUtf8(secret), Qt::CaseInsensitive),
                 qPrintable(redacted));
    }

    void bearerTokens_areMasked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("token");
        QTest::newRow("header") << u"Authorization: Bearer abc.def-ghi_123"_s
                                << u"abc.def-ghi_123"_s;
        QTest::newRow("lower case") << u"authorization: bearer tok_987654"_s << u"tok_987654"_s;
        QTest::newRow("in JSON") << u"{\"Authorization\":\"Bearer eyJhbGciOi.x.y\"}"_s
                                 << u"eyJhbGciOi"_s;
        QTest::newRow("tabs") << u"BEARER\t\tsecret-token-42"_s << u"secret-token-42"_s;
    }

    void bearerTokens_areMasked()
    {
        QFETCH(QString, text);
        QFETCH(QString, token);
        const QString redacted = SecretRedactor().redact(text);
        verifyNoneOf(redacted, {token});
        QVERIFY2(redacted.contains(u"Bearer [redacted]"_s), qPrintable(redacted));
    }

    void apiKeyHeaders_areMasked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::newRow("header") << u"x-api-key: fwd_live_1234567"_s << u"fwd_live_1234567"_s;
        QTest::newRow("mixed case, no space")
            << u"X-Api-Key:fwd_live_1234567"_s << u"fwd_live_1234567"_s;
        QTest::newRow("assignment") << u"sent with x-api-key=abcdefgh, then"_s << u"abcdefgh"_s;
    }

    void apiKeyHeaders_areMasked()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        const QString redacted = SecretRedactor().redact(text);
        verifyNoneOf(redacted, {key});
        QVERIFY2(redacted.contains(u"x-api-key: [redacted]"_s), qPrintable(redacted));
    }

    void urlQueriesAndFragments_areMasked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kept");
        QTest::addColumn<QStringList>("secrets");
        QTest::newRow("magic link")
            << u"open https://community.example.com/forward/auth/magic-link?code=Abc123_-x now"_s
            << u"open https://community.example.com/forward/auth/magic-link?"_s
            << QStringList{u"Abc123_-x"_s, u"code="_s};
        QTest::newRow("several parameters")
            << u"http://127.0.0.1:7678/beam/community/sso?token=t0k3n&next=%2Fhome"_s
            << u"http://127.0.0.1:7678/beam/community/sso?"_s << QStringList{u"t0k3n"_s, u"home"_s};
        QTest::newRow("fragment") << u"see https://example.org/login#access_token=frag-secret-1"_s
                                  << u"see https://example.org/login"_s
                                  << QStringList{u"frag-secret-1"_s};
        QTest::newRow("query and fragment")
            << u"https://example.org/a?code=q-secret#f-secret"_s << u"https://example.org/a"_s
            << QStringList{u"q-secret"_s, u"f-secret"_s};
        QTest::newRow("quoted in JSON")
            << u"{\"login_url\":\"https://x.example/auth?code=json-secret\"}"_s
            << u"{\"login_url\":\"https://x.example/auth?"_s << QStringList{u"json-secret"_s};
        QTest::newRow("two links")
            << u"https://a.example/?c=one-secret and https://b.example/p?c=two-secret"_s
            << u" and https://b.example/p?"_s << QStringList{u"one-secret"_s, u"two-secret"_s};
        QTest::newRow("upper-case scheme")
            << u"HTTPS://EXAMPLE.COM/LINK?CODE=UPPER-SECRET"_s << u"HTTPS://EXAMPLE.COM/LINK?"_s
            << QStringList{u"UPPER-SECRET"_s};
    }

    void urlQueriesAndFragments_areMasked()
    {
        QFETCH(QString, text);
        QFETCH(QString, kept);
        QFETCH(QStringList, secrets);
        const QString redacted = SecretRedactor().redact(text);
        verifyNoneOf(redacted, secrets);
        QVERIFY2(redacted.contains(kept), qPrintable(redacted));
        QVERIFY2(redacted.contains(SecretRedactor::Mask), qPrintable(redacted));
    }

    void textWithoutSecrets_isUnchanged_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain") << u"Jane Smith was added to the community."_s;
        QTest::newRow("error message")
            << u"GET http://127.0.0.1:7678/forward/users/user_abc answered HTTP 404"_s;
        QTest::newRow("URL without query") << u"https://api.example.com/v0/users/42"_s;
        QTest::newRow("question mark in prose") << u"Is the member active? Yes."_s;
        QTest::newRow("hash in prose") << u"Member #42 changed; see issue #7"_s;
        QTest::newRow("email address") << u"Email: jane@example.com"_s;
        QTest::newRow("provider's own words") << u"Missing x-api-key header"_s;
        QTest::newRow("unicode") << u"Zoë Müller <zoë@example.com> — 東京"_s;
        QTest::newRow("short secret-like words") << u"key abc"_s;
    }

    void textWithoutSecrets_isUnchanged()
    {
        QFETCH(QString, text);
        SecretRedactor redactor = withKey();
        redactor.addSecret("abc"); // too short to be a key: masking it would mangle text
        QCOMPARE(redactor.redact(text), text);
    }
};

QTEST_GUILESS_MAIN(TestSecretRedactor)
#include "tst_secret_redactor.moc"
