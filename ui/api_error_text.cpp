#include "api_error_text.h"

QString ApiErrorText::headline(ApiErrorKind kind)
{
    switch (kind) {
    case ApiErrorKind::None:
        return {};
    case ApiErrorKind::Unauthorized:
        return tr("Wrong API key");
    case ApiErrorKind::Forbidden:
        return tr("Not allowed");
    case ApiErrorKind::NotFound:
        return tr("Not found");
    case ApiErrorKind::Validation:
        return tr("Refused by the provider");
    case ApiErrorKind::Conflict:
        return tr("Already exists");
    case ApiErrorKind::RateLimited:
        return tr("Rate limited");
    case ApiErrorKind::Timeout:
        return tr("No answer in time");
    case ApiErrorKind::Network:
        return tr("Unreachable");
    case ApiErrorKind::Server:
        return tr("Provider error");
    case ApiErrorKind::Tls:
        return tr("TLS failure");
    case ApiErrorKind::BadResponse:
        return tr("Unexpected answer");
    case ApiErrorKind::Insecure:
        return tr("Insecure address");
    case ApiErrorKind::Unsupported:
        return tr("Not supported");
    case ApiErrorKind::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString ApiErrorText::describe(const ApiError &error)
{
    QString text = tr("%1: %2").arg(headline(error.kind), error.message);
    if (error.outcomeUnknown) {
        text += u' ' + tr("The provider may or may not have carried it out: check before trying "
                          "again.");
    }
    return text;
}

bool ApiErrorText::retryCanHelp(const ApiError &error)
{
    switch (error.kind) {
    case ApiErrorKind::Unauthorized:
    case ApiErrorKind::Forbidden:
    case ApiErrorKind::NotFound:
    case ApiErrorKind::Validation:
    case ApiErrorKind::Conflict:
    case ApiErrorKind::Insecure:
    case ApiErrorKind::Unsupported:
        return false;
    case ApiErrorKind::None:
    case ApiErrorKind::RateLimited:
    case ApiErrorKind::Timeout:
    case ApiErrorKind::Network:
    case ApiErrorKind::Server:
    case ApiErrorKind::Tls:
    case ApiErrorKind::BadResponse:
    case ApiErrorKind::Cancelled:
        break;
    }
    const int status = error.httpStatus;
    return !(status >= 400 && status < 500 && status != 408 && status != 429);
}
