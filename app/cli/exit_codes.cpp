#include "exit_codes.h"

ExitCode exitCodeFor(ApiErrorKind kind)
{
    switch (kind) {
    case ApiErrorKind::None:
        return ExitOk;
    case ApiErrorKind::Unauthorized:
        return ExitAuth;
    case ApiErrorKind::Forbidden: // the key is good; the provider refuses this member or action
    case ApiErrorKind::NotFound:
    case ApiErrorKind::Validation:
    case ApiErrorKind::Conflict:
    case ApiErrorKind::BadResponse:
    case ApiErrorKind::Unsupported:
        return ExitApi;
    case ApiErrorKind::RateLimited:
    case ApiErrorKind::Timeout:
    case ApiErrorKind::Network:
    case ApiErrorKind::Server:
    case ApiErrorKind::Tls:
    case ApiErrorKind::Insecure:
        return ExitNetwork;
    case ApiErrorKind::Cancelled:
        return ExitInterrupted;
    }
    return ExitFailure;
}

ExitCode bulkRunExitCodeFor(ApiErrorKind kind)
{
    const ExitCode code = exitCodeFor(kind);
    return code == ExitApi ? ExitNetwork : code;
}
