#include "api_message.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

QByteArray ApiRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool ApiRequest::hasHeader(QByteArrayView name) const
{
    return std::any_of(headers.cbegin(), headers.cend(), [name](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

ApiResponse ApiResponse::json(int status, const QJsonValue &value)
{
    ApiResponse response;
    response.status = status;
    if (value.isArray())
        response.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        response.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiResponse::streamed(int status, std::shared_ptr<BodyStream> stream)
{
    ApiResponse response;
    response.status = status;
    response.stream = std::move(stream);
    return response;
}

ApiResponse ApiResponse::html(int status, const QString &title, const QString &bodyHtml)
{
    ApiResponse response;
    response.status = status;
    response.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    const QString page =
        u"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        u"<title>%1</title></head>\n<body>\n<h1>%1</h1>\n%2\n</body></html>\n"_s.arg(
            title.toHtmlEscaped(), bodyHtml);
    response.body = page.toUtf8();
    return response;
}
