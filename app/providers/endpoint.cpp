#include "endpoint.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

HttpCall Endpoint::call(const QUrl &baseUrl, const RawHeaderList &auth, const QStringList &params,
                        const QUrlQuery &query, const std::optional<QJsonObject> &body) const
{
    QString filled = path.toString();
    for (const QString &param : params) {
        const qsizetype open = filled.indexOf(u'{');
        const qsizetype close = filled.indexOf(u'}', open);
        filled.replace(open, close - open + 1, QString::fromLatin1(QUrl::toPercentEncoding(param)));
    }
    QUrl url = baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + filled, QUrl::StrictMode);
    url.setQuery(query);

    HttpCall call;
    call.method = method.toByteArray();
    call.url = url;
    call.headers = auth;
    call.idempotent = idempotent;
    if (body)
        call.body = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    return call;
}
