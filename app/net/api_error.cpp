#include "api_error.h"

using namespace Qt::StringLiterals;

ApiError ApiError::make(ApiErrorKind kind, const QString &message, int httpStatus)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    error.httpStatus = httpStatus;
    return error;
}

ApiErrorKind errorKindForHttpStatus(int status)
{
    if (status >= 200 && status < 300)
        return ApiErrorKind::None;
    switch (status) {
    case 400:
    case 422:
        return ApiErrorKind::Validation;
    case 401:
        return ApiErrorKind::Unauthorized;
    case 403:
        return ApiErrorKind::Forbidden;
    case 404:
    case 410:
        return ApiErrorKind::NotFound;
    case 408:
        return ApiErrorKind::Timeout;
    case 409:
        return ApiErrorKind::Conflict;
    case 429:
        return ApiErrorKind::RateLimited;
    default:
        return status >= 500 ? ApiErrorKind::Server : ApiErrorKind::BadResponse;
    }
}

ApiErrorKind errorKindForNetworkError(QNetworkReply::NetworkError error, bool cancelledByUser)
{
    switch (error) {
    case QNetworkReply::NoError:
        return ApiErrorKind::None;
    case QNetworkReply::OperationCanceledError:
        return cancelledByUser ? ApiErrorKind::Cancelled : ApiErrorKind::Timeout;
    case QNetworkReply::TimeoutError:
        return ApiErrorKind::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return ApiErrorKind::Tls;
    default:
        return ApiErrorKind::Network;
    }
}

bool requestNeverSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
        return true;
    default:
        return false;
    }
}

QString errorKindName(ApiErrorKind kind)
{
    switch (kind) {
    case ApiErrorKind::None:
        return u"none"_s;
    case ApiErrorKind::Unauthorized:
        return u"unauthorized"_s;
    case ApiErrorKind::Forbidden:
        return u"forbidden"_s;
    case ApiErrorKind::NotFound:
        return u"not-found"_s;
    case ApiErrorKind::Validation:
        return u"validation"_s;
    case ApiErrorKind::Conflict:
        return u"conflict"_s;
    case ApiErrorKind::RateLimited:
        return u"rate-limited"_s;
    case ApiErrorKind::Timeout:
        return u"timeout"_s;
    case ApiErrorKind::Network:
        return u"network"_s;
    case ApiErrorKind::Server:
        return u"server"_s;
    case ApiErrorKind::Tls:
        return u"tls"_s;
    case ApiErrorKind::BadResponse:
        return u"bad-response"_s;
    case ApiErrorKind::Insecure:
        return u"insecure"_s;
    case ApiErrorKind::Unsupported:
        return u"unsupported"_s;
    case ApiErrorKind::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}
