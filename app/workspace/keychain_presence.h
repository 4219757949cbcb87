#pragma once

#include <QObject>
#include <functional>

// What could be a keychain: on Linux, what the D-Bus session bus has, running or activatable;
// elsewhere, the system's own keychain.
struct KeychainServices
{
    bool busReachable = false;
    bool secretService = false;  // org.freedesktop.secrets: GNOME Keyring, KeePassXC, new KWallet
    bool kwallet = false;        // org.kde.kwalletd5 / kwalletd6 / kwalletd
    bool systemKeychain = false; // Windows' Credential Manager, the macOS Keychain: always there
};

// Asked only after a keychain operation failed, to tell "there is no keychain" from other
// failures: QtKeychain 0.13 reports an unreachable bus or a missing Secret Service through
// libsecret as OtherError, not as NoBackendAvailable. Linux and the other freedesktop systems:
// keychain_presence_linux.cpp (Qt D-Bus); Windows, macOS, Android: keychain_presence_system.cpp.
class KeychainPresence : public QObject
{
    Q_OBJECT
public:
    explicit KeychainPresence(QObject *parent = nullptr) : QObject(parent) {}

    // Answers asynchronously, and only while this object lives.
    void check(std::function<void(const KeychainServices &services)> answer);

    // QtKeychain reaches the Secret Service through libsecret, which it loads at run time
    // (libsecret-1.so.0, Debian package libsecret-1-0, which libqt6keychain1 does not depend on).
    // False where there is no Secret Service (Windows, macOS).
    static bool libsecretLoadable();

    // Whether the keychain's answers can reach `object`'s thread. Linux: QtKeychain's Secret
    // Service backend (libsecret) answers through GLib's main context, which only a GLib-based
    // Qt event loop runs (not with QT_NO_GLIB set). Elsewhere: always.
    static bool eventLoopCanAnswer(const QObject *object);
};
