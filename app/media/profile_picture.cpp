#include "profile_picture.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

using namespace Qt::StringLiterals;

namespace ProfilePicture {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ProfilePicture", text);
}

QString dataUri(const QByteArray &mimeType, const QByteArray &bytes)
{
    return u"data:"_s + QString::fromLatin1(mimeType) + u";base64,"_s +
           QString::fromLatin1(bytes.toBase64());
}

QByteArray encoded(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}
} // namespace

std::optional<Prepared> fromFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("The picture %1 does not exist.").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        *error = tr("The picture %1 cannot be read: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    const QByteArray original = file.readAll();
    QBuffer source;
    source.setData(original);
    source.open(QIODevice::ReadOnly);
    QImageReader reader(&source);
    const QByteArray format = reader.format().toLower();
    if (format.isEmpty()) {
        *error = tr("%1 is not a picture Roster can read.").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    if (format != "png" && format != "jpeg" && format != "jpg" && format != "gif") {
        *error = tr("%1 is a %2 picture; the provider takes PNG, JPEG or GIF.")
                     .arg(QDir::toNativeSeparators(path), QString::fromLatin1(format.toUpper()));
        return std::nullopt;
    }
    QImage image = reader.read();
    if (image.isNull()) {
        *error = tr("%1 is not a picture Roster can read: %2")
                     .arg(QDir::toNativeSeparators(path), reader.errorString());
        return std::nullopt;
    }
    const QByteArray mimeType =
        format == "jpg" ? QByteArray("image/jpeg") : QByteArray("image/" + format);
    if (image.width() <= MaxSide && image.height() <= MaxSide && original.size() <= MaxBytes)
        return Prepared{dataUri(mimeType, original), image};

    if (image.width() > MaxSide || image.height() > MaxSide)
        image = image.scaled(MaxSide, MaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (image.hasAlphaChannel()) {
        const QByteArray png = encoded(image, "PNG", -1);
        if (png.size() <= MaxBytes)
            return Prepared{dataUri("image/png", png), image};
    }
    const QImage opaque = image.convertToFormat(QImage::Format_RGB32);
    for (int quality = 90; quality >= 30; quality -= 15) {
        const QByteArray jpeg = encoded(opaque, "JPEG", quality);
        if (jpeg.size() <= MaxBytes)
            return Prepared{dataUri("image/jpeg", jpeg), opaque};
    }
    *error = tr("%1 stays too large to send even when made smaller.")
                 .arg(QDir::toNativeSeparators(path));
    return std::nullopt;
}

QImage decode(const QString &dataUri)
{
    const qsizetype comma = dataUri.indexOf(u',');
    if (!dataUri.startsWith(u"data:image/"_s) || comma < 0 ||
        !dataUri.left(comma).endsWith(u";base64"_s))
        return {};
    return QImage::fromData(QByteArray::fromBase64(dataUri.mid(comma + 1).toLatin1()));
}

} // namespace ProfilePicture
