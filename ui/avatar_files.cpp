#include "avatar_files.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace AvatarFiles {
namespace {

// Megabytes a decoded picture may take: a small file must not unpack into gigabytes.
constexpr int DecodeLimitMiB = 64;

QImage decode(QIODevice *device)
{
    QImageReader reader(device);
    reader.setAllocationLimit(DecodeLimitMiB);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid()) {
        const int side = std::min(size.width(), size.height());
        reader.setClipRect(
            QRect((size.width() - side) / 2, (size.height() - side) / 2, side, side));
        const int kept = std::min(side, KeptSide);
        reader.setScaledSize(QSize(kept, kept));
    }
    QImage image = reader.read();
    if (image.isNull() || size.isValid())
        return image;
    const int side = std::min(image.width(), image.height());
    image = image.copy((image.width() - side) / 2, (image.height() - side) / 2, side, side);
    return side > KeptSide
               ? image.scaled(KeptSide, KeptSide, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
               : image;
}

} // namespace

QString filePath(const QString &directory, const QString &url)
{
    const QByteArray hash = QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256);
    return QDir(directory).filePath(QString::fromLatin1(hash.toHex()));
}

Kept read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QDateTime modified = QFileInfo(file).lastModified();
    return Kept{decode(&file), modified.secsTo(QDateTime::currentDateTime()) > FreshSeconds};
}

QImage store(const QByteArray &bytes, const QString &path)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const QImage image = decode(&buffer);
    if (image.isNull())
        return image;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size())
        file.commit();
    return image;
}

QPixmap rounded(const QImage &image, int side, qreal devicePixelRatio)
{
    const int pixels = std::max(1, qRound(side * devicePixelRatio));
    QImage round(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    round.fill(Qt::transparent);
    {
        QPainter painter(&round);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        // A brush of the scaled picture: the circle's edge is smoothed, which a clip is not.
        painter.setBrush(
            image.scaled(pixels, pixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
        painter.drawEllipse(QRectF(0, 0, pixels, pixels));
    }
    QPixmap pixmap = QPixmap::fromImage(std::move(round));
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

} // namespace AvatarFiles
