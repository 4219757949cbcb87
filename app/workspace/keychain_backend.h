#pragma once

#include <QCoreApplication>
#include <QObject>
#include <functional>

// Which keychain QtKeychain keeps Roster's API keys in, for the About dialog and support. On
// Linux and the other Unixes this repeats the choice QtKeychain makes once a process
// (keychain_unix.cpp, detectKeyringBackend; 0.13, and from 0.14.2 with Plasma 6 and KWallet 6):
// QtKeychain does not tell its choice, so this is a best determination from the same environment
// variables, libraries and bus names, not QtKeychain's own answer.
class KeychainBackend : public QObject
{
    Q_OBJECT
public:
    enum class Kind
    {
        SecretService, // through libsecret: GNOME Keyring, KeePassXC, KWallet 6, …
        KWallet4,
        KWallet5,
        KWallet6,
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
        Plasma6, // known to QtKeychain from 0.14.2
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
        bool kwallet6Answers = false;
    };
    using Environment = std::function<QByteArray(const char *name)>;

    // The desktop as QtKeychain tells it from XDG_CURRENT_DESKTOP, DESKTOP_SESSION and others;
    // before 0.14.2, KDE_SESSION_VERSION=6 is no desktop it knows.
    static Desktop desktop(const Environment &environment, bool knowsPlasma6);
    static Kind choose(Desktop desktop, const UnixFacts &facts);
    static QString name(Kind kind);

    explicit KeychainBackend(QObject *parent = nullptr) : QObject(parent) {}

    // Answers asynchronously (KWallet is asked over the session bus, as QtKeychain asks it: only
    // where its answer matters, for at most half a second each), and only while this object
    // lives.
    void find(std::function<void(Kind kind)> answer);

private:
    void askKWallets(Desktop desktop, UnixFacts facts, QList<int> versions,
                     std::function<void(Kind kind)> answer);
};
