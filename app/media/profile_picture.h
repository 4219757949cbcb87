#pragma once

#include <QImage>
#include <QString>
#include <optional>

// A profile picture for a provider that takes one as a data: URI (Heartbeat's profilePicture):
// read from a PNG, JPEG or GIF file, scaled down to at most MaxSide × MaxSide, and encoded in
// at most MaxBytes. A file already within both is sent as it is.
namespace ProfilePicture {

inline constexpr int MaxSide = 512;
inline constexpr qsizetype MaxBytes = 256 * 1024;

struct Prepared
{
    QString dataUri; // data:image/png;base64,...
    QImage image;    // what the URI holds, for a preview
};

// `error` names the file and what is wrong: missing, unreadable, not an image, or not PNG,
// JPEG or GIF.
std::optional<Prepared> fromFile(const QString &path, QString *error);
// The image a data: URI holds; a null image when it holds none.
QImage decode(const QString &dataUri);

} // namespace ProfilePicture
