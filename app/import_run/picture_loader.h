#pragma once

#include <QObject>
#include <functional>

// Reads a row's picture file and makes it ready to send (ProfilePicture::fromFile: scaled,
// encoded as a data: URI) on a worker thread, so that an import of many pictures never holds
// the event loop. `done` runs on `context`'s thread, with the data: URI, or with an empty one
// and the error naming the file; never when `context` is gone first.
namespace PictureLoader {

void load(QObject *context, const QString &path,
          std::function<void(const QString &dataUri, const QString &error)> done);

} // namespace PictureLoader
