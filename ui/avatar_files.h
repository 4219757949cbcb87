#pragma once

#include <QByteArray>
#include <QImage>
#include <QPixmap>
#include <QString>

// The pictures of AvatarCache on disk and in pixels. read() and store() touch files and decode:
// run them on a worker thread; rounded() paints on the GUI thread.
namespace AvatarFiles {

// The side of the square kept in memory: sharp at 64 logical pixels on a 2× screen.
inline constexpr int KeptSide = 128;
// A file older than this is shown, then fetched again (a member's picture may change while its
// URL stays).
inline constexpr qint64 FreshSeconds = 24 * 3600;

struct Kept
{
    QImage image; // null when nothing usable is kept
    bool stale = false;
};

// The file under `directory` for the picture at `url`: the hex SHA-256 of the URL.
QString filePath(const QString &directory, const QString &url);
// The picture kept at `path`, cropped to its centre square, at most KeptSide.
Kept read(const QString &path);
// Decodes `bytes` as read() does; when they are a picture, writes them to `path` (atomically,
// creating the directory). A null image when they are not a picture; a failed write leaves the
// picture usable, only not kept.
QImage store(const QByteArray &bytes, const QString &path);
// `image` in a circle of `side` logical pixels, for `devicePixelRatio`.
QPixmap rounded(const QImage &image, int side, qreal devicePixelRatio);

} // namespace AvatarFiles
