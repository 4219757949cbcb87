#include "avatar_download.h"

#include "transport_policy.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
QString tooLarge()
{
    return AvatarDownload::tr("The picture is larger than %1.")
        .arg(QLocale().formattedDataSize(AvatarDownload::MaxBytes));
}
} // namespace

AvatarDownload::AvatarDownload(QNetworkAccessManager *network, const QUrl &url, QObject *parent)
    : QObject(parent), m_network(network), m_url(url)
{}

AvatarDownload::~AvatarDownload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void AvatarDownload::start()
{
    if (const std::optional<QString> refused = TransportPolicy::refusal(m_url)) {
        QTimer::singleShot(0, this, [this, why = *refused] { fail(why); });
        return;
    }
    QNetworkRequest request(m_url);
    TransportPolicy::apply(request, TimeoutMs);
    // A picture may live on another host (a CDN): each redirect is checked by the same rule.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setRawHeader("Accept", "image/*");
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::redirected, this, &AvatarDownload::redirected);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &AvatarDownload::progressed);
    connect(m_reply, &QNetworkReply::finished, this, &AvatarDownload::replyFinished);
}

void AvatarDownload::redirected(const QUrl &to)
{
    if (const std::optional<QString> refused = TransportPolicy::refusal(to))
        return fail(*refused);
    Q_EMIT m_reply->redirectAllowed();
}

void AvatarDownload::progressed(qint64 received, qint64 total)
{
    if (received > MaxBytes || total > MaxBytes)
        fail(tooLarge());
}

void AvatarDownload::replyFinished()
{
    if (m_reported || !m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError)
        return fail(reply->errorString());
    const QByteArray bytes = reply->readAll();
    if (bytes.size() > MaxBytes)
        return fail(tooLarge());
    m_reported = true;
    Q_EMIT finished(bytes);
}

void AvatarDownload::fail(const QString &reason)
{
    if (m_reported)
        return;
    m_reported = true;
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    Q_EMIT failed(reason);
}
