#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// One GET of a member's profile picture, a public URL: HTTPS, or plain HTTP to this computer
// only (TransportPolicy::refusal(), also for every redirect); no API key, no cookies, no HTTP
// cache; at most MaxBytes. Reports once, with finished() or failed(), on a later turn of the
// event loop.
class AvatarDownload : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MaxBytes = qint64(4) << 20;
    static constexpr int TimeoutMs = 30'000;

    AvatarDownload(QNetworkAccessManager *network, const QUrl &url, QObject *parent = nullptr);
    ~AvatarDownload() override;

    void start();

Q_SIGNALS:
    void finished(const QByteArray &bytes);
    // `reason` in words for people.
    void failed(const QString &reason);

private:
    void redirected(const QUrl &to);
    void progressed(qint64 received, qint64 total);
    void replyFinished();
    void fail(const QString &reason);

    QNetworkAccessManager *m_network;
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    bool m_reported = false;
};
