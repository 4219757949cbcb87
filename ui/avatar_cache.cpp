#include "avatar_cache.h"

#include "avatar_download.h"
#include "avatar_files.h"
#include "transport_policy.h"

#include <QDir>
#include <QFuture>
#include <QNetworkAccessManager>
#include <QPixmapCache>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {
// Bytes of decoded pictures kept in memory (each at most 128 × 128: 64 KiB).
constexpr int KeptBytes = 24 << 20;
constexpr int KeptProblems = 10'000;
} // namespace

AvatarCache::AvatarCache(const QString &directory, QObject *parent)
    : QObject(parent), m_directory(directory.isEmpty() ? defaultDirectory() : directory),
      m_network(new QNetworkAccessManager(this)), m_images(KeptBytes), m_problems(KeptProblems)
{}

AvatarCache::~AvatarCache() = default;

QString AvatarCache::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(u"avatars"_s);
}

QString AvatarCache::filePath(const QString &url) const
{
    return AvatarFiles::filePath(m_directory, url);
}

QPixmap AvatarCache::pixmap(const QString &url, int side, qreal devicePixelRatio)
{
    if (url.isEmpty())
        return {};
    const QImage *image = m_images.object(url);
    if (!image) {
        ask(url);
        return {};
    }
    // The image's own key: a picture fetched again is painted again.
    const QString key =
        u"roster-avatar:%1:%2:%3"_s.arg(image->cacheKey()).arg(side).arg(devicePixelRatio);
    QPixmap pixmap;
    if (!QPixmapCache::find(key, &pixmap)) {
        pixmap = AvatarFiles::rounded(*image, side, devicePixelRatio);
        QPixmapCache::insert(key, pixmap);
    }
    return pixmap;
}

QString AvatarCache::problem(const QString &url) const
{
    const QString *reason = m_problems.object(url);
    return reason ? *reason : QString();
}

void AvatarCache::ask(const QString &url)
{
    if (m_problems.contains(url))
        return;
    if (m_asked.contains(url)) {
        // Still waiting: it is wanted again, so it moves to the front.
        if (const qsizetype at = m_waiting.indexOf(url); at > 0)
            m_waiting.move(at, 0);
        return;
    }
    if (const std::optional<QString> refused = TransportPolicy::refusal(QUrl(url))) {
        giveUp(url, *refused);
        return;
    }
    m_asked.insert(url);
    m_waiting.prepend(url);
    while (m_waiting.size() > MaxWaiting)
        m_asked.remove(m_waiting.takeLast());
    startWaiting();
}

void AvatarCache::startWaiting()
{
    while (m_loading < MaxLoading && !m_waiting.isEmpty()) {
        ++m_loading;
        readKept(m_waiting.takeFirst());
    }
}

void AvatarCache::readKept(const QString &url)
{
    QtConcurrent::run(&AvatarFiles::read, filePath(url))
        .then(this, [this, url](const AvatarFiles::Kept &kept) {
            if (kept.image.isNull())
                return download(url, false);
            keep(url, kept.image);
            if (kept.stale)
                return download(url, true);
            loaded(url);
        });
}

void AvatarCache::download(const QString &url, bool refreshing)
{
    auto *job = new AvatarDownload(m_network, QUrl(url), this);
    connect(job, &AvatarDownload::finished, this, [this, job, url](const QByteArray &bytes) {
        job->deleteLater();
        QtConcurrent::run(&AvatarFiles::store, bytes, filePath(url))
            .then(this, [this, url](const QImage &image) {
                if (image.isNull())
                    giveUp(url, tr("What %1 answered is not a picture.")
                                    .arg(QUrl(url).toDisplayString(QUrl::RemoveQuery |
                                                                   QUrl::RemoveUserInfo)));
                else
                    keep(url, image);
                loaded(url);
            });
    });
    connect(job, &AvatarDownload::failed, this, [this, job, url, refreshing](const QString &why) {
        job->deleteLater();
        // A picture kept on disk stays in use when it cannot be fetched again.
        if (!refreshing)
            giveUp(url, why);
        loaded(url);
    });
    job->start();
}

void AvatarCache::keep(const QString &url, const QImage &image)
{
    m_images.insert(url, new QImage(image), int(std::max<qsizetype>(1, image.sizeInBytes())));
    Q_EMIT avatarReady(url);
}

void AvatarCache::giveUp(const QString &url, const QString &reason)
{
    m_problems.insert(url, new QString(reason));
    Q_EMIT avatarFailed(url, reason);
}

void AvatarCache::loaded(const QString &url)
{
    m_asked.remove(url);
    --m_loading;
    startWaiting();
}
