#pragma once

#include "api_error.h"

// roster-cli's exit codes, one per kind of trouble a script acts on differently.
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1, // a local failure: the workspace file, the local roster, a file
    ExitUsage = 2,   // the command line is wrong
    ExitAuth = 3,    // the key: refused by the provider, or the keychain has none or is shut
    ExitApi = 4,     // the provider refused: forbidden, not found, invalid, duplicate, unsupported
    ExitNetwork = 5, // no answer: network, timeout, TLS, the provider's servers failing
    ExitInterrupted = 130
};

ExitCode exitCodeFor(ApiErrorKind kind);
