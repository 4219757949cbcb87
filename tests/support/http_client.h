#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// The reason phrase the tests expect for an error status (400, 401, 403, 404, 405, 409), or an
// empty string for any other.
QString reasonPhrase(int status);

struct TestReply
{
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    RawHeaders headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    qint64 elapsedMs = 0;

    QByteArray header(QByteArrayView name) const;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    bool isJson() const;
};

// Blocking HTTP for test code only: each call spins a local event loop until the reply ends.
class HttpClient
{
public:
    TestReply send(QByteArrayView method, const QUrl &url, const RawHeaders &headers = {},
                   const QByteArray &body = {}, int timeoutMs = 15000);

    TestReply get(const QUrl &url, const RawHeaders &headers = {})
    {
        return send("GET", url, headers);
    }
    TestReply sendJson(QByteArrayView method, const QUrl &url, const RawHeaders &headers,
                       const QJsonObject &body);

    static RawHeaders bearer(const QByteArray &key) { return {{"Authorization", "Bearer " + key}}; }
    static RawHeaders xApiKey(const QByteArray &key) { return {{"x-api-key", key}}; }

private:
    QNetworkAccessManager m_network;
};
