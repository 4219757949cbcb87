#include "http_client.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

QString reasonPhrase(int status)
{
    static const QHash<int, QString> phrases = {
        {400, u"Bad Request"_s}, {401, u"Unauthorized"_s},       {403, u"Forbidden"_s},
        {404, u"Not Found"_s},   {405, u"Method Not Allowed"_s}, {409, u"Conflict"_s},
    };
    return phrases.value(status);
}

QByteArray TestReply::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool TestReply::isJson() const
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

TestReply HttpClient::send(QByteArrayView method, const QUrl &url, const RawHeaders &headers,
                           const QByteArray &body, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));

    QElapsedTimer timer;
    timer.start();
    QNetworkReply *reply = m_network.sendCustomRequest(request, method.toByteArray(), body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();

    TestReply result;
    result.elapsedMs = timer.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.error = reply->error();
    result.errorString = reply->errorString();
    reply->deleteLater();
    return result;
}

TestReply HttpClient::sendJson(QByteArrayView method, const QUrl &url, const RawHeaders &headers,
                               const QJsonObject &body)
{
    return send(method, url, headers, QJsonDocument(body).toJson(QJsonDocument::Compact));
}
