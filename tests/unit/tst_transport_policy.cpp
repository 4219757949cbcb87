// TransportPolicy: HTTPS everywhere, plain HTTP to loopback only, and what every request gets
// (a transfer timeout, no HTTP cache, no cookies, redirects on the same origin only).
#include "transport_policy.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTransportPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allowed_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("https") << u"https://api.example.com/v0/users"_s;
        QTest::newRow("https upper case") << u"HTTPS://API.EXAMPLE.COM/"_s;
        QTest::newRow("https with port") << u"https://api.example.com:8443/x"_s;
        QTest::newRow("https to an IP") << u"https://10.1.2.3/x"_s;
        QTest::newRow("http to 127.0.0.1") << u"http://127.0.0.1:7678/forward/users"_s;
        QTest::newRow("http to 127.5.6.7") << u"http://127.5.6.7/"_s;
        QTest::newRow("http to [::1]") << u"http://[::1]:7678/beam"_s;
        QTest::newRow("http to localhost") << u"http://localhost:7678/heartbeat/v0"_s;
        QTest::newRow("http to LocalHost") << u"http://LocalHost/"_s;
        QTest::newRow("HTTP scheme in capitals") << u"HTTP://127.0.0.1/"_s;
    }

    void allowed()
    {
        QFETCH(QString, url);
        const std::optional<QString> refusal = TransportPolicy::refusal(QUrl(url));
        QVERIFY2(!refusal, qPrintable(refusal.value_or(QString())));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("host");
        QTest::newRow("http to a host")
            << u"http://api.example.com/v0/users"_s << u"api.example.com"_s;
        QTest::newRow("http to 10.x") << u"http://10.0.0.1:7678/"_s << u"10.0.0.1"_s;
        QTest::newRow("http to 192.168.x") << u"http://192.168.1.20/"_s << u"192.168.1.20"_s;
        QTest::newRow("http to TEST-NET") << u"http://192.0.2.1/"_s << u"192.0.2.1"_s;
        QTest::newRow("http to 0.0.0.0") << u"http://0.0.0.0:7678/"_s << u"0.0.0.0"_s;
        QTest::newRow("http to an IPv6 host") << u"http://[2001:db8::1]/"_s << u"2001:db8::1"_s;
        QTest::newRow("localhost as a subdomain")
            << u"http://localhost.example.com/"_s << u"localhost.example.com"_s;
        QTest::newRow("127.0.0.1 as a subdomain")
            << u"http://127.0.0.1.example.com/"_s << u"127.0.0.1.example.com"_s;
        QTest::newRow("ftp to loopback") << u"ftp://127.0.0.1/"_s << u"127.0.0.1"_s;
        QTest::newRow("ws to a host") << u"ws://example.com/"_s << u"example.com"_s;
    }

    void refused()
    {
        QFETCH(QString, url);
        QFETCH(QString, host);
        const std::optional<QString> refusal = TransportPolicy::refusal(QUrl(url));
        QVERIFY2(refusal.has_value(), qPrintable(url));
        QVERIFY2(refusal->contains(u"HTTPS"_s), qPrintable(*refusal));
        QVERIFY2(refusal->contains(host), qPrintable(*refusal));
    }

    void refusal_leavesOutCredentialsAndQuery()
    {
        const std::optional<QString> refusal = TransportPolicy::refusal(
            QUrl(u"http://jane:hunter2pass@api.example.com/auth?code=one-time-secret"_s));
        QVERIFY(refusal.has_value());
        QVERIFY2(refusal->contains(u"api.example.com/auth"_s), qPrintable(*refusal));
        QVERIFY2(!refusal->contains(u"hunter2pass"_s), qPrintable(*refusal));
        QVERIFY2(!refusal->contains(u"one-time-secret"_s), qPrintable(*refusal));
    }

    void invalidUrl_isRefusedWithAMessage_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::newRow("empty") << QUrl();
        QTest::newRow("no host") << QUrl(u"https:///users"_s);
        QTest::newRow("relative") << QUrl(u"/forward/users"_s);
        QTest::newRow("bad characters") << QUrl(u"https://exa mple.com/"_s);
        QTest::newRow("bad port") << QUrl(u"https://example.com:99999/"_s);
    }

    void invalidUrl_isRefusedWithAMessage()
    {
        QFETCH(QUrl, url);
        const std::optional<QString> refusal = TransportPolicy::refusal(url);
        QVERIFY(refusal.has_value());
        QVERIFY2(refusal->contains(u"not a valid URL"_s), qPrintable(*refusal));
    }

    void isLoopbackHost()
    {
        QVERIFY(TransportPolicy::isLoopbackHost(u"127.0.0.1"_s));
        QVERIFY(TransportPolicy::isLoopbackHost(u"127.255.255.254"_s));
        QVERIFY(TransportPolicy::isLoopbackHost(u"::1"_s));
        QVERIFY(TransportPolicy::isLoopbackHost(u"localhost"_s));
        QVERIFY(!TransportPolicy::isLoopbackHost(u"128.0.0.1"_s));
        QVERIFY(!TransportPolicy::isLoopbackHost(u"example.com"_s));
        QVERIFY(!TransportPolicy::isLoopbackHost(QString()));
    }

    void apply_setsTimeoutAndDisablesCacheAndCookies()
    {
        QNetworkRequest request(QUrl(u"https://api.example.com/v0/users"_s));
        TransportPolicy::apply(request, 12345);
        QCOMPARE(request.transferTimeout(), 12345);
        QCOMPARE(request.attribute(QNetworkRequest::CacheLoadControlAttribute).toInt(),
                 int(QNetworkRequest::AlwaysNetwork));
        QCOMPARE(request.attribute(QNetworkRequest::CacheSaveControlAttribute).toBool(), false);
        QCOMPARE(request.rawHeader("Cache-Control"), "no-store"_ba);
        QCOMPARE(request.attribute(QNetworkRequest::CookieLoadControlAttribute).toInt(),
                 int(QNetworkRequest::Manual));
        QCOMPARE(request.attribute(QNetworkRequest::CookieSaveControlAttribute).toInt(),
                 int(QNetworkRequest::Manual));
        // Qt copies every header to a redirect's target: redirects stay on the checked origin.
        QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::SameOriginRedirectPolicy));
    }
};

QTEST_GUILESS_MAIN(TestTransportPolicy)
#include "tst_transport_policy.moc"
