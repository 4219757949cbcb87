#pragma once

#include <QCoreApplication>
#include <QObject>
#include <functional>

// Which keychain QtKeychain keeps Roster's API keys in, for the About dialog and support. On
// Linux and the other Unixes this repeats the choice QtKeychain 0.13 makes once a process
// (keychain_unix.cpp, detectKeyringBackend): QtKeychain does not tell its choice, so this is a
// best determination from the same environment variables, libraries and bus names, not
// QtKeychain's own answer.
class KeychainBackend : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        SecretService, // through libsecret: GNOME Keyring, KeePassXC, KWallet 6, …
        KWallet4,
        KWallet5,
        GnomeKeyring, // the old libgnome-keyring
        WindowsCredentialManager,
        MacKeychain,
        None
    };
    enum class Desktop
    {
        Gnome,
        Kde4,
        Plasma5,
        Unity,
        Xfce,
        Other
    };
    // What QtKeychain looks at besides the desktop, each looked at only where its choice needs it.
    struct UnixFacts
    {
        bool libsecretLoads = false;
        bool gnomeKeyringAvailable = false;
        bool kwallet5Answers = false;
    };
    using Environment = std::function<QByteArray(const char *name)>;

    // The desktop as QtKeychain tells it from XDG_CURRENT_DESKTOP, DESKTOP_SESSION and others.
    static Desktop desktop(const Environment &environment);
    static Kind choose(Desktop desktop, const UnixFacts &facts);
    static QString name(Kind kind);

    explicit KeychainBackend(QObject *parent = nullptr) : QObject(parent) {}

    // Answers asynchronously (KWallet is asked over the session bus, for at most half a second),
    // and only while this object lives.
    void find(std::function<void(Kind kind)> answer);
};
