#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>
#include <memory>

class BodyStream;

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// A transport-independent HTTP request as the sandbox's APIs see it.
struct ApiRequest
{
    QByteArray method; // upper case: GET, PUT, POST, DELETE, PATCH
    QString path;      // decoded path, e.g. /heartbeat/v0/users
    QUrlQuery query;
    HeaderList headers;
    QByteArray body;
    QJsonObject json; // the body, for routes that take a JSON object (parsed by the dispatcher)

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

struct ApiResponse
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    HeaderList headers;
    // Set instead of body for answers too large to build in memory: written as the client reads.
    std::shared_ptr<BodyStream> stream;

    static ApiResponse json(int status, const QJsonValue &value);
    static ApiResponse streamed(int status, std::shared_ptr<BodyStream> stream);
    static ApiResponse html(int status, const QString &title, const QString &bodyHtml);
};
