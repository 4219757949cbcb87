#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QStringList>

class QNetworkAccessManager;

// Members' profile pictures for the window, shared by every member with the same URL
// (Heartbeat's placeholder): kept in memory, on disk under the cache directory (a file per URL,
// AvatarFiles), and fetched in the background (AvatarDownload: HTTPS, or plain HTTP to this
// computer only; no key, no cookies) on a network manager of its own. Only pictures asked for
// are loaded, that is those on screen: the most recently asked first, at most MaxLoading at
// once, and of the ones still waiting only the MaxWaiting most recent (the rest are asked again
// when they are painted again). Nothing blocks the GUI thread: files are read, decoded and
// written on the thread pool. A picture that cannot be had is not asked for again this run.
class AvatarCache : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxLoading = 4;
    static constexpr int MaxWaiting = 128;

    // `directory`: where the files go; empty for defaultDirectory().
    explicit AvatarCache(const QString &directory = QString(), QObject *parent = nullptr);
    ~AvatarCache() override;

    // avatars/ under the user's cache directory (QStandardPaths::CacheLocation, XDG).
    static QString defaultDirectory();
    const QString &directory() const { return m_directory; }
    // Where the picture at `url` is kept on disk.
    QString filePath(const QString &url) const;

    // The picture at `url` in a circle of `side` logical pixels; a null pixmap until it is here
    // (avatarReady() then) or when it cannot be had (problem()). Asks for it when it is not.
    QPixmap pixmap(const QString &url, int side, qreal devicePixelRatio);
    // Why the picture at `url` could not be had, in words for people; empty otherwise.
    QString problem(const QString &url) const;
    // Whether the picture at `url` is in memory.
    bool has(const QString &url) const { return m_images.contains(url); }

Q_SIGNALS:
    void avatarReady(const QString &url);
    void avatarFailed(const QString &url, const QString &reason);

private:
    void ask(const QString &url);
    void startWaiting();
    void readKept(const QString &url);
    void download(const QString &url, bool refreshing);
    void keep(const QString &url, const QImage &image);
    void giveUp(const QString &url, const QString &reason);
    void loaded(const QString &url);

    QString m_directory;
    QNetworkAccessManager *m_network;
    // Asked for and not yet loading, the most recent first.
    QStringList m_waiting;
    // Waiting or loading.
    QSet<QString> m_asked;
    int m_loading = 0;
    QCache<QString, QImage> m_images;
    QCache<QString, QString> m_problems;
};
