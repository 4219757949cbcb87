#include "transport_policy.h"

#include "loopback_host.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace TransportPolicy {

bool isLoopbackHost(const QString &host)
{
    return ::isLoopbackHost(host);
}

std::optional<QString> refusal(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("TransportPolicy", "%1 is not a valid URL")
            .arg(url.toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return std::nullopt;
    if (scheme == u"http" && ::isLoopbackHost(url.host()))
        return std::nullopt;
    return QCoreApplication::translate("TransportPolicy",
                                       "Roster only sends API keys over HTTPS (plain HTTP is "
                                       "allowed to this computer only), not to %1")
        .arg(url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
}

void apply(QNetworkRequest &request, int timeoutMs)
{
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    // Redirects stay on the origin that passed refusal(): Qt copies every header, the key
    // included, to wherever a redirect points (an http:// URL on another host, too).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setRawHeader("Cache-Control", "no-store");
}

} // namespace TransportPolicy
