#include "picture_loader.h"

#include "profile_picture.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace PictureLoader {

namespace {
struct Loaded
{
    QString dataUri;
    QString error;
};

Loaded read(const QString &path)
{
    Loaded loaded;
    if (const std::optional<ProfilePicture::Prepared> picture =
            ProfilePicture::fromFile(path, &loaded.error))
        loaded.dataUri = picture->dataUri;
    return loaded;
}
} // namespace

void load(QObject *context, const QString &path,
          std::function<void(const QString &dataUri, const QString &error)> done)
{
    auto *watcher = new QFutureWatcher<Loaded>(context);
    QObject::connect(watcher, &QFutureWatcher<Loaded>::finished, context,
                     [watcher, done = std::move(done)] {
                         watcher->deleteLater();
                         const Loaded loaded = watcher->result();
                         done(loaded.dataUri, loaded.error);
                     });
    watcher->setFuture(QtConcurrent::run(read, path));
}

} // namespace PictureLoader
