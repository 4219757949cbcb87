// AvatarCache, the members' pictures of the window: fetched from a real roster-sandbox over
// loopback, kept on disk under the cache directory and read back from there without the
// network, one fetch for a picture many members share; refused over plain HTTP to another host
// (also after a redirect) without a request; sent with no key and no cookie; too large or not a
// picture, never kept.
#include "avatar_cache.h"
#include "dialog_test_helpers.h"
#include "http_client.h"
#include "raw_http_server.h"
#include "sandbox_process.h"
#include "transport_policy.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray pngOf(const QColor &colour, QSize size = QSize(40, 30))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QColor centreOf(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage();
    return image.pixelColor(image.width() / 2, image.height() / 2);
}
} // namespace

class TestAvatarCache : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    HttpClient m_http;

    QString directory() const { return m_dir->filePath(u"avatars"_s); }

    // A Heartbeat member with a picture of one colour, made at the sandbox; the URL of their
    // avatar as the provider gives it.
    QString memberWithPicture(const QString &email, const QColor &colour)
    {
        const QString picture =
            u"data:image/png;base64,"_s + QString::fromLatin1(pngOf(colour).toBase64());
        const QJsonObject member{{u"name"_s, u"Pictured Person"_s},
                                 {u"email"_s, email},
                                 {u"roleID"_s, u"role_member"_s},
                                 {u"profilePicture"_s, picture}};
        const TestReply created = m_http.sendJson("PUT", m_sandbox->url(u"/heartbeat/v0/users"_s),
                                                  HttpClient::bearer(m_sandbox->apiKey()), member);
        if (created.status != 200)
            qWarning("create: %d %s", created.status, created.body.constData());
        return userAvatar(email);
    }

    QString userAvatar(const QString &email)
    {
        QUrl find = m_sandbox->url(u"/heartbeat/v0/find/users"_s);
        find.setQuery(u"email="_s + email);
        return m_http.get(find, HttpClient::bearer(m_sandbox->apiKey()))
            .object()
            .value(u"avatar"_s)
            .toString();
    }

    // How many pictures the sandbox has served.
    qint64 avatarRequests()
    {
        qint64 count = 0;
        const QJsonObject heartbeat =
            m_sandbox->stats().value(u"providers"_s).toObject().value(u"heartbeat"_s).toObject();
        for (auto endpoint = heartbeat.begin(); endpoint != heartbeat.end(); ++endpoint) {
            if (!endpoint.key().contains(u"avatars"_s))
                continue;
            const QJsonObject statuses = endpoint.value().toObject();
            for (auto status = statuses.begin(); status != statuses.end(); ++status)
                count += status.value().toInteger();
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DialogTest::quietOffscreenWarnings();
        m_sandbox = std::make_unique<SandboxProcess>(
            QStringList{u"--rate-limit"_s, u"0"_s, u"--members"_s, u"3"_s});
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void memberPictureIsFetchedOverLoopbackAndKeptOnDisk()
    {
        const QString url = memberWithPicture(u"red@example.com"_s, Qt::red);
        QVERIFY2(url.startsWith(u"http://127.0.0.1:"_s), qPrintable(url));
        AvatarCache cache(directory());
        QSignalSpy ready(&cache, &AvatarCache::avatarReady);
        QVERIFY(cache.pixmap(url, 24, 1.0).isNull()); // asked for, not there yet
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(ready.first().first().toString(), url);
        QVERIFY(cache.problem(url).isEmpty());

        const QPixmap picture = cache.pixmap(url, 24, 1.0);
        QCOMPARE(picture.size(), QSize(24, 24));
        QCOMPARE(centreOf(picture), QColor(Qt::red));
        // Drawn sharp for a screen of twice the density.
        const QPixmap dense = cache.pixmap(url, 24, 2.0);
        QCOMPARE(dense.size(), QSize(48, 48));
        QCOMPARE(dense.devicePixelRatio(), 2.0);

        // On disk, under the cache directory, named by the URL's hash, as the provider sent it.
        const QString file = cache.filePath(url);
        QCOMPARE(QFileInfo(file).absolutePath(), QFileInfo(directory()).absoluteFilePath());
        QCOMPARE(QFileInfo(file).fileName(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex()));
        QFile kept(file);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), pngOf(Qt::red));
    }

    void keptPictureIsReadWithoutTheNetwork()
    {
        const QString url = memberWithPicture(u"blue@example.com"_s, Qt::blue);
        {
            AvatarCache first(directory());
            QSignalSpy ready(&first, &AvatarCache::avatarReady);
            first.pixmap(url, 24, 1.0);
            QTRY_COMPARE(ready.size(), 1);
        }
        const qint64 served = avatarRequests();
        AvatarCache later(directory());
        QSignalSpy ready(&later, &AvatarCache::avatarReady);
        QVERIFY(later.pixmap(url, 20, 1.0).isNull());
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(centreOf(later.pixmap(url, 20, 1.0)), QColor(Qt::blue));
        QCOMPARE(avatarRequests(), served);
    }

    void pictureSharedByManyMembersIsFetchedOnce()
    {
        // As Heartbeat's placeholder is: one URL that many rows of the table ask for.
        const QString url = memberWithPicture(u"shared@example.com"_s, Qt::green);
        QVERIFY2(url.startsWith(u"http://127.0.0.1:"_s), qPrintable(url));
        const qint64 served = avatarRequests();
        AvatarCache cache(directory());
        QSignalSpy ready(&cache, &AvatarCache::avatarReady);
        for (int row = 0; row < 40; ++row)
            QVERIFY(cache.pixmap(url, 20 + row % 3, 1.0).isNull());
        QTRY_COMPARE(ready.size(), 1);
        QVERIFY(!cache.pixmap(url, 22, 1.0).isNull());
        QCOMPARE(avatarRequests(), served + 1);
        QVERIFY(QFile::exists(cache.filePath(url)));
    }

    void plainHttpToAnotherHostIsRefusedWithoutARequest()
    {
        const QString url = u"http://example.com/avatars/ada.png"_s;
        AvatarCache cache(directory());
        QSignalSpy failed(&cache, &AvatarCache::avatarFailed);
        QVERIFY(cache.pixmap(url, 24, 1.0).isNull());
        // At once, before any event: no request could have been made.
        QCOMPARE(failed.size(), 1);
        QCOMPARE(cache.problem(url), *TransportPolicy::refusal(QUrl(url)));
        // Not asked again.
        QVERIFY(cache.pixmap(url, 24, 1.0).isNull());
        QCOMPARE(failed.size(), 1);
        QVERIFY(!QFile::exists(cache.filePath(url)));
        QVERIFY(!QFileInfo::exists(directory()));
    }

    void sentWithoutKeyOrCookieAndRedirectsChecked()
    {
        const QByteArray picture = pngOf(Qt::green);
        RawHttpServer server([&](const QByteArray &request) {
            const QByteArray path = request.split(' ').value(1);
            if (path == "/first")
                return RawHttpServer::answer(
                    "200 OK", {"Content-Type: image/png", "Set-Cookie: session=secret; Path=/"},
                    picture);
            if (path == "/second")
                return RawHttpServer::answer("200 OK", {"Content-Type: image/png"}, picture);
            if (path == "/elsewhere")
                return RawHttpServer::answer("302 Found",
                                             {"Location: http://example.com/avatars/ada.png"}, {});
            if (path == "/huge")
                return QByteArray(QByteArray("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n"
                                             "Content-Length: 999999999\r\nConnection: "
                                             "close\r\n\r\n") +
                                  picture);
            return RawHttpServer::answer("200 OK", {"Content-Type: text/html"}, "<p>Hello</p>");
        });
        QVERIFY(server.listen());
        AvatarCache cache(directory());
        QSignalSpy ready(&cache, &AvatarCache::avatarReady);
        QSignalSpy failed(&cache, &AvatarCache::avatarFailed);
        const QString first = server.url(u"/first"_s).toString();
        cache.pixmap(first, 24, 1.0);
        QTRY_COMPARE(ready.size(), 1);
        const QString second = server.url(u"/second"_s).toString();
        cache.pixmap(second, 24, 1.0);
        QTRY_COMPARE(ready.size(), 2);
        QCOMPARE(server.requests().size(), 2);
        for (const QByteArray &request : server.requests()) {
            const QByteArray lower = request.toLower();
            QVERIFY2(!lower.contains("\r\ncookie:"), request.constData());
            QVERIFY2(!lower.contains("\r\nauthorization:"), request.constData());
            QVERIFY2(!lower.contains("x-api-key"), request.constData());
        }

        const QString elsewhere = server.url(u"/elsewhere"_s).toString();
        const QString huge = server.url(u"/huge"_s).toString();
        const QString page = server.url(u"/page"_s).toString();
        for (const QString &url : {elsewhere, huge, page})
            QVERIFY(cache.pixmap(url, 24, 1.0).isNull());
        QTRY_COMPARE(failed.size(), 3);
        QCOMPARE(ready.size(), 2);
        QCOMPARE(cache.problem(elsewhere),
                 *TransportPolicy::refusal(QUrl(u"http://example.com/avatars/ada.png"_s)));
        QVERIFY2(cache.problem(huge).contains(u"larger than"_s), qPrintable(cache.problem(huge)));
        QVERIFY2(cache.problem(page).contains(u"not a picture"_s), qPrintable(cache.problem(page)));
        for (const QString &url : {elsewhere, huge, page})
            QVERIFY(!QFile::exists(cache.filePath(url)));
        // The redirect was not followed to the other host: nothing more reached this one.
        QCOMPARE(server.requests().size(), 5);
    }

    void defaultDirectoryIsUnderTheUsersCacheDirectory()
    {
        const QByteArray saved = qgetenv("XDG_CACHE_HOME");
        qputenv("XDG_CACHE_HOME", m_dir->path().toLocal8Bit());
        const QString directory = AvatarCache::defaultDirectory();
        qputenv("XDG_CACHE_HOME", saved);
        QVERIFY2(directory.startsWith(m_dir->path() + u'/'), qPrintable(directory));
        QVERIFY2(directory.endsWith(u"/avatars"_s), qPrintable(directory));
    }
};

QTEST_MAIN(TestAvatarCache)
#include "tst_avatar_cache.moc"
