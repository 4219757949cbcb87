#include "keychain_backend.h"

#include <QLibrary>

// QtKeychain builds keychain_unix.cpp on these systems, and talks to the Secret Service or
// KWallet there; its other back ends need no look.
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID) && !defined(Q_OS_HAIKU)
#define ROSTER_KEYCHAIN_UNIX 1
#include "keychain_presence.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#endif

using namespace Qt::StringLiterals;

namespace {

KeychainBackend::Desktop kdeVersion(const KeychainBackend::Environment &environment)
{
    const QByteArray version = environment("KDE_SESSION_VERSION");
    if (version == "5")
        return KeychainBackend::Desktop::Plasma5;
    if (version == "4")
        return KeychainBackend::Desktop::Kde4;
    return KeychainBackend::Desktop::Other; // QtKeychain 0.13 knows no Plasma 6
}

#ifdef ROSTER_KEYCHAIN_UNIX
bool gnomeKeyringAvailable()
{
    QLibrary library(u"gnome-keyring"_s, 0);
    if (!library.load())
        return false;
    using IsAvailable = int (*)();
    const auto isAvailable =
        reinterpret_cast<IsAvailable>(library.resolve("gnome_keyring_is_available"));
    return isAvailable && isAvailable() != 0;
}
#endif

} // namespace

KeychainBackend::Desktop KeychainBackend::desktop(const Environment &environment)
{
    const QByteArray current = environment("XDG_CURRENT_DESKTOP");
    if (current == "GNOME")
        return Desktop::Gnome;
    if (current == "Unity")
        return Desktop::Unity;
    if (current == "KDE")
        return kdeVersion(environment);
    if (current == "XFCE")
        return Desktop::Xfce;
    const QByteArray session = environment("DESKTOP_SESSION");
    if (session == "gnome")
        return Desktop::Gnome;
    if (session == "kde")
        return kdeVersion(environment);
    if (session == "kde4")
        return Desktop::Kde4;
    if (session.contains("xfce") || session == "xubuntu")
        return Desktop::Xfce;
    if (!environment("GNOME_DESKTOP_SESSION_ID").isEmpty())
        return Desktop::Gnome;
    if (!environment("KDE_FULL_SESSION").isEmpty())
        return kdeVersion(environment);
    return Desktop::Other;
}

// Where QtKeychain falls back to a back end it found nowhere (KWallet 5 on Plasma 5, GNOME
// Keyring elsewhere), every operation fails: that is "none".
KeychainBackend::Kind KeychainBackend::choose(Desktop desktop, const UnixFacts &facts)
{
    switch (desktop) {
    case Desktop::Kde4:
        return Kind::KWallet4;
    case Desktop::Plasma5:
        if (facts.kwallet5Answers)
            return Kind::KWallet5;
        if (facts.libsecretLoads)
            return Kind::SecretService;
        if (facts.gnomeKeyringAvailable)
            return Kind::GnomeKeyring;
        return Kind::None;
    case Desktop::Gnome:
    case Desktop::Unity:
    case Desktop::Xfce:
    case Desktop::Other:
        break;
    }
    if (facts.libsecretLoads)
        return Kind::SecretService;
    if (facts.gnomeKeyringAvailable)
        return Kind::GnomeKeyring;
    if (facts.kwallet5Answers)
        return Kind::KWallet5;
    return Kind::None;
}

QString KeychainBackend::name(Kind kind)
{
    switch (kind) {
    case Kind::SecretService:
        return tr("Secret Service (libsecret)");
    case Kind::KWallet4:
        return tr("KWallet 4");
    case Kind::KWallet5:
        return tr("KWallet 5");
    case Kind::GnomeKeyring:
        return tr("GNOME Keyring (libgnome-keyring)");
    case Kind::WindowsCredentialManager:
        return tr("Windows Credential Manager");
    case Kind::MacKeychain:
        return tr("macOS Keychain");
    case Kind::None:
        break;
    }
    return tr("none found");
}

void KeychainBackend::find(std::function<void(Kind kind)> answer)
{
    const auto answerLater = [this, answer](Kind kind) {
        QMetaObject::invokeMethod(
            this, [answer, kind] { answer(kind); }, Qt::QueuedConnection);
    };
#if defined(Q_OS_WIN)
    // QtKeychain's Windows build keeps passwords there unless built without USE_CREDENTIAL_STORE.
    answerLater(Kind::WindowsCredentialManager);
#elif defined(Q_OS_DARWIN)
    answerLater(Kind::MacKeychain);
#elif defined(ROSTER_KEYCHAIN_UNIX)
    const Desktop shown = desktop([](const char *name) { return qgetenv(name); });
    UnixFacts facts;
    facts.libsecretLoads = KeychainPresence::libsecretLoadable();
    facts.gnomeKeyringAvailable = gnomeKeyringAvailable();
    UnixFacts withKwallet = facts;
    withKwallet.kwallet5Answers = true;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (choose(shown, facts) == choose(shown, withKwallet) || !bus.isConnected()) {
        answerLater(choose(shown, facts));
        return;
    }
    // As QtKeychain does: a wallet's name from kwalletd5, which the bus may start for it.
    const QDBusMessage call = QDBusMessage::createMethodCall(
        u"org.kde.kwalletd5"_s, u"/modules/kwalletd5"_s, u"org.kde.KWallet"_s, u"networkWallet"_s);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 500), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [answer, shown, facts](QDBusPendingCallWatcher *done) mutable {
                done->deleteLater();
                facts.kwallet5Answers = !done->isError();
                answer(choose(shown, facts));
            });
#else
    answerLater(Kind::None);
#endif
}
