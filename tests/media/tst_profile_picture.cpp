// Profile pictures from files as an admin picks them: a small PNG goes as it is, a large photo
// is scaled down to 512 × 512 and encoded small enough to send, and every bad file says what is
// wrong with it.
#include "profile_picture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProfilePicture : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString save(const QString &name, const QImage &image, const char *format, int quality = -1)
    {
        const QString path = m_dir.filePath(name);
        if (!image.save(path, format, quality))
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    // A photo-like picture that does not compress away: a gradient with noise.
    static QImage photo(int width, int height)
    {
        QImage image(width, height, QImage::Format_RGB32);
        quint32 seed = 12345;
        for (int y = 0; y < height; ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < width; ++x) {
                seed = seed * 1664525u + 1013904223u;
                line[x] = qRgb((x * 255 / width + int(seed >> 28)) & 255,
                               (y * 255 / height + int(seed >> 24)) & 255, int(seed >> 16) & 255);
            }
        }
        return image;
    }

private Q_SLOTS:
    void aSmallPngIsSentAsItIs()
    {
        QImage image(64, 48, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        const QString path = save(u"small.png"_s, image, "PNG");
        QString error;
        const auto prepared = ProfilePicture::fromFile(path, &error);
        QVERIFY2(prepared, qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(prepared->dataUri,
                 u"data:image/png;base64,"_s + QString::fromLatin1(file.readAll().toBase64()));
        QCOMPARE(ProfilePicture::decode(prepared->dataUri).size(), QSize(64, 48));
    }

    void aLargePhotoIsScaledDownAndMadeSmall()
    {
        const QString path = save(u"photo.jpg"_s, photo(3000, 2000), "JPEG", 98);
        QVERIFY(QFileInfo(path).size() > ProfilePicture::MaxBytes);
        QString error;
        const auto prepared = ProfilePicture::fromFile(path, &error);
        QVERIFY2(prepared, qPrintable(error));
        QVERIFY(prepared->dataUri.startsWith(u"data:image/jpeg;base64,"_s));
        const QImage sent = ProfilePicture::decode(prepared->dataUri);
        QCOMPARE(sent.size(), QSize(512, 341));
        const qsizetype bytes =
            QByteArray::fromBase64(prepared->dataUri.section(u',', 1).toLatin1()).size();
        QVERIFY2(bytes <= ProfilePicture::MaxBytes, qPrintable(QString::number(bytes)));
    }

    void aGifIsTaken()
    {
        // Qt writes no GIF: the bytes of a 1×1 GIF, written by hand.
        const QByteArray gif =
            QByteArray::fromBase64("R0lGODlhAQABAIAAAP8AAP///yH5BAAAAAAALAAAAAABAAEAAAICRAEAOw==");
        const QString path = m_dir.filePath(u"dot.gif"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(gif) == gif.size());
        file.close();
        QString error;
        const auto prepared = ProfilePicture::fromFile(path, &error);
        QVERIFY2(prepared, qPrintable(error));
        QVERIFY(prepared->dataUri.startsWith(u"data:image/gif;base64,"_s));
    }

    void everyBadFileSaysWhatIsWrong_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("missing") << u"missing.png"_s << QByteArray() << u"does not exist"_s;
        QTest::newRow("not an image")
            << u"notes.png"_s << QByteArray("just some text\n") << u"not a picture"_s;
        QTest::newRow("a folder") << u"folder"_s << QByteArray() << u"cannot be read"_s;
    }

    void everyBadFileSaysWhatIsWrong()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const QString path = m_dir.filePath(name);
        if (name == u"folder"_s)
            QVERIFY(QDir(m_dir.path()).mkpath(name));
        else if (!bytes.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        QString error;
        QVERIFY(!ProfilePicture::fromFile(path, &error));
        QVERIFY2(error.contains(says) && error.contains(name), qPrintable(error));
    }

    void aBmpIsRefusedByName()
    {
        const QString path = save(u"scan.bmp"_s, photo(40, 40), "BMP");
        QString error;
        QVERIFY(!ProfilePicture::fromFile(path, &error));
        QVERIFY2(error.contains(u"BMP"_s) && error.contains(u"PNG, JPEG or GIF"_s),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProfilePicture)
#include "tst_profile_picture.moc"
