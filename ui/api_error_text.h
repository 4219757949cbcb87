#pragma once

#include "api_error.h"

#include <QCoreApplication>

// How a dialog words a provider call that failed: a short headline naming the kind of failure
// ("Wrong API key", "Unreachable", "TLS failure"), then the error's own message.
class ApiErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ApiErrorText)
public:
    static QString headline(ApiErrorKind kind);
    // "Wrong API key: Heartbeat says: Invalid API Key (HTTP 401)", with a warning added when the
    // outcome of a change is unknown.
    static QString describe(const ApiError &error);
    // False for what the same request cannot get past (already exists, refused, not allowed,
    // not found: a 4xx other than 408 and 429): no Retry is offered for those.
    static bool retryCanHelp(const ApiError &error);
};
