#pragma once

#include <QObject>
#include <functional>

// What on the D-Bus session bus could be a keychain, running or activatable.
struct KeychainServices
{
    bool busReachable = false;
    bool secretService = false; // org.freedesktop.secrets: GNOME Keyring, KeePassXC, new KWallet
    bool kwallet = false;       // org.kde.kwalletd5 / kwalletd6 / kwalletd
};

// Asked only after a keychain operation failed, to tell "there is no keychain" from other
// failures: QtKeychain 0.13 reports an unreachable bus or a missing Secret Service through
// libsecret as OtherError, not as NoBackendAvailable.
class KeychainPresence : public QObject
{
    Q_OBJECT
public:
    explicit KeychainPresence(QObject *parent = nullptr) : QObject(parent) {}

    // Answers asynchronously, and only while this object lives.
    void check(std::function<void(const KeychainServices &services)> answer);

    // QtKeychain reaches the Secret Service through libsecret, which it loads at run time
    // (libsecret-1.so.0, Debian package libsecret-1-0, which libqt6keychain1 does not depend on).
    static bool libsecretLoadable();
};
