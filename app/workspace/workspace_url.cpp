#include "workspace_url.h"

#include "loopback_host.h"

#include <QStringList>

using namespace Qt::StringLiterals;

bool WorkspaceUrl::isLoopbackHost(const QString &host)
{
    return ::isLoopbackHost(host);
}

std::optional<QString> WorkspaceUrl::problem(const QUrl &url, const QString &field)
{
    if (url.isEmpty())
        return tr("%1 is missing.").arg(field);
    if (!url.isValid())
        return tr("%1 is not a valid address: %2").arg(field, url.errorString());
    const QString scheme = url.scheme();
    if (scheme != u"https" && scheme != u"http")
        return tr("%1 must start with https:// (it is \"%2\").").arg(field, url.toDisplayString());
    if (url.host().isEmpty())
        return tr("%1 has no host name (it is \"%2\").").arg(field, url.toDisplayString());
    if (!url.userInfo().isEmpty())
        return tr("%1 must not contain a user name or password.").arg(field);
    if (url.hasQuery() || url.hasFragment())
        return tr("%1 must not contain a query (?…) or a fragment (#…).").arg(field);
    if (scheme == u"http" && !isLoopbackHost(url.host()))
        return tr("%1 uses plain http:// to %2. Use https://; plain http:// is accepted only to "
                  "this machine (127.0.0.1, ::1 or localhost).")
            .arg(field, url.host());
    return std::nullopt;
}
