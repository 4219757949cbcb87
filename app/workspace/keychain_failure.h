#pragma once

#include "key_result.h"
#include "keychain_presence.h"

#include <QCoreApplication>

// The readable side of keychain failures: what went wrong, how to fix it, and that a key can be
// given for this run only. Pure functions, so that every case can be tested without breaking a
// real keychain.
class KeychainFailure
{
    Q_DECLARE_TR_FUNCTIONS(KeychainFailure)
public:
    enum class Operation
    {
        Write,
        Read,
        Delete
    };

    // "You can give the API key for this run only with --key-stdin or ROSTER_API_KEY…"
    static QString forThisRunHint();
    static QString noKeychainMessage();
    static QString missingLibsecretMessage();
    static QString noGlibMessage();
    static QString accessDeniedMessage(const QString &detail);
    static QString notFoundMessage();

    // A failure QtKeychain could not name (OtherError and the like), classified by what the
    // keychains there are (KeychainPresence) and whether libsecret can be loaded.
    static KeyResult classify(Operation operation, const QString &detail,
                              const KeychainServices &services, bool libsecretLoadable);
};
