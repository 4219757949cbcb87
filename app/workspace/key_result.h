#pragma once

#include <QString>
#include <functional>

// What became of one keychain operation.
struct KeyResult
{
    enum class Error
    {
        None,
        NotFound,     // no key is stored for this workspace
        NoKeychain,   // no Secret Service or KWallet answered: offer a key for this run only
        AccessDenied, // the keychain is locked or the user refused
        Other
    };

    bool ok = false;
    QString key; // after a successful read only
    Error error = Error::None;
    QString message; // readable, translated; never contains the key

    static KeyResult success(const QString &key = {}) { return {true, key, Error::None, {}}; }
    static KeyResult failure(Error error, const QString &message)
    {
        return {false, {}, error, message};
    }
};

using KeyCallback = std::function<void(const KeyResult &result)>;
