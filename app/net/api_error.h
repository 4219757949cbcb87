#pragma once

#include <QNetworkReply>
#include <QString>

// What went wrong with a call to a provider, in the terms a caller acts on.
enum class ApiErrorKind
{
    None,
    Unauthorized, // 401: missing, wrong or revoked key
    Forbidden,    // 403: the key may not do this, or the member may not
    NotFound,     // 404
    Validation,   // 400/422: the provider names the field
    Conflict,     // 409: e.g. a duplicate email
    RateLimited,  // 429 after the retries allowed
    Timeout,      // no answer within the request's timeout
    Network,      // connection refused, reset, host not found, ...
    Server,       // 5xx
    Tls,          // certificate or handshake failure: never ignored
    BadResponse,  // an answer Roster cannot read
    Insecure,     // refused before sending: plain HTTP to a host that is not loopback
    Unsupported,  // the provider has no API for this
    Cancelled,    // the user cancelled
};

struct ApiError
{
    ApiErrorKind kind = ApiErrorKind::None;
    int httpStatus = 0;
    QString message;         // readable, with the provider's own text; secrets redacted
    QString providerMessage; // the provider's own text alone, redacted
    // True when a request that changes something may or may not have been carried out: the
    // connection broke or timed out after the request left. Callers look before repeating it.
    bool outcomeUnknown = false;

    bool isError() const { return kind != ApiErrorKind::None; }
    static ApiError make(ApiErrorKind kind, const QString &message, int httpStatus = 0);
};

ApiErrorKind errorKindForHttpStatus(int status);
// The kind for a reply that ended without an HTTP status; `cancelledByUser` tells a user's
// cancel from Qt's transfer timeout, which Qt also reports as OperationCanceledError.
ApiErrorKind errorKindForNetworkError(QNetworkReply::NetworkError error, bool cancelledByUser);
// True for failures that prove the request never reached the server (nothing was sent).
bool requestNeverSent(QNetworkReply::NetworkError error);
QString errorKindName(ApiErrorKind kind);
