#pragma once

#include "api_error.h"

// roster-cli's exit codes, one per kind of trouble a script acts on differently. `roster-cli
// import --help` and docs/csv-import.md give an import's reading of them.
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1, // a local failure: the workspace file, the local roster, a file
    ExitUsage = 2,   // the command line is wrong; for an import also its file or its mapping
    ExitAuth = 3,    // the key: refused by the provider, or the keychain has none or is shut
    ExitApi = 4,     // the provider refused: forbidden, not found, invalid, duplicate, unsupported
    // A bulk run that ended with rows refused by the provider or invalid: the code a single
    // refusal has, which an import with failed rows has always ended with.
    ExitRowsFailed = ExitApi,
    ExitNetwork = 5, // no answer: network, timeout, TLS, the provider's servers failing
    // Refused before anything was sent: the run deactivates members, and consent was not given
    // (--yes without a terminal, and above the threshold --max-deactivations too).
    ExitNeedsConsent = 6,
    ExitInterrupted = 130
};

ExitCode exitCodeFor(ApiErrorKind kind);
// For a bulk run, whose ExitRowsFailed says that some rows failed: the provider failing the run
// as a whole (the listing or the roles refused or unanswered) is ExitNetwork, the key ExitAuth.
ExitCode bulkRunExitCodeFor(ApiErrorKind kind);
