#include "keychain_backend.h"

#include <QLibrary>
#include <QVersionNumber>
#include <optional>

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

KeychainBackend::Desktop kdeVersion(const KeychainBackend::Environment &environment,
                                    bool knowsPlasma6)
{
    const QByteArray version = environment("KDE_SESSION_VERSION");
    if (version == "6" && knowsPlasma6)
        return KeychainBackend::Desktop::Plasma6;
    if (version == "5")
        return KeychainBackend::Desktop::Plasma5;
    if (version == "4")
        return KeychainBackend::Desktop::Kde4;
    return KeychainBackend::Desktop::Other;
}

#ifdef ROSTER_KEYCHAIN_UNIX
#ifndef ROSTER_QTKEYCHAIN_VERSION
#define ROSTER_QTKEYCHAIN_VERSION "0.13"
#endif
// Set by app/workspace/CMakeLists.txt from the QtKeychain found at build time.
bool qtKeychainKnowsKWallet6()
{
    return QVersionNumber::fromString(QStringLiteral(ROSTER_QTKEYCHAIN_VERSION)) >=
           QVersionNumber(0, 14, 2);
}

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

KeychainBackend::Desktop KeychainBackend::desktop(const Environment &environment, bool knowsPlasma6)
{
    const QByteArray current = environment("XDG_CURRENT_DESKTOP");
    if (current == "GNOME")
        return Desktop::Gnome;
    if (current == "Unity")
        return Desktop::Unity;
    if (current == "KDE")
        return kdeVersion(environment, knowsPlasma6);
    if (current == "XFCE")
        return Desktop::Xfce;
    const QByteArray session = environment("DESKTOP_SESSION");
    if (session == "gnome")
        return Desktop::Gnome;
    if (session == "kde")
        return kdeVersion(environment, knowsPlasma6);
    if (session == "kde4")
        return Desktop::Kde4;
    if (session.contains("xfce") || session == "xubuntu")
        return Desktop::Xfce;
    if (!environment("GNOME_DESKTOP_SESSION_ID").isEmpty())
        return Desktop::Gnome;
    if (!environment("KDE_FULL_SESSION").isEmpty())
        return kdeVersion(environment, knowsPlasma6);
    return Desktop::Other;
}

// Where QtKeychain falls back to a back end it found nowhere (KWallet 5 or 6 on Plasma 5 or 6,
// GNOME Keyring elsewhere), every operation fails: that is "none".
KeychainBackend::Kind KeychainBackend::choose(Desktop desktop, const UnixFacts &facts)
{
    const auto secretServiceOrGnomeKeyring = [&facts]() -> std::optional<Kind> {
        if (facts.libsecretLoads)
            return Kind::SecretService;
        if (facts.gnomeKeyringAvailable)
            return Kind::GnomeKeyring;
        return std::nullopt;
    };
    switch (desktop) {
    case Desktop::Kde4:
        return Kind::KWallet4;
    case Desktop::Plasma5:
        if (facts.kwallet5Answers)
            return Kind::KWallet5;
        return secretServiceOrGnomeKeyring().value_or(Kind::None);
    case Desktop::Plasma6:
        if (facts.kwallet6Answers)
            return Kind::KWallet6;
        return secretServiceOrGnomeKeyring().value_or(Kind::None);
    case Desktop::Gnome:
    case Desktop::Unity:
    case Desktop::Xfce:
    case Desktop::Other:
        break;
    }
    if (const std::optional<Kind> freedesktop = secretServiceOrGnomeKeyring())
        return *freedesktop;
    if (facts.kwallet6Answers)
        return Kind::KWallet6;
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
    case Kind::KWallet6:
        return tr("KWallet 6");
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
    const bool kwallet6 = qtKeychainKnowsKWallet6();
    const Desktop shown = desktop([](const char *name) { return qgetenv(name); }, kwallet6);
    UnixFacts facts;
    facts.libsecretLoads = KeychainPresence::libsecretLoadable();
    facts.gnomeKeyringAvailable = gnomeKeyringAvailable();
    // The wallets in the order QtKeychain asks them.
    QList<int> versions = kwallet6 ? QList<int>{6, 5} : QList<int>{5};
    if (shown == Desktop::Plasma5)
        versions = {5};
    else if (shown == Desktop::Plasma6)
        versions = {6};
    askKWallets(shown, facts, versions, answerLater);
#else
    answerLater(Kind::None);
#endif
}

void KeychainBackend::askKWallets(Desktop desktop, UnixFacts facts, QList<int> versions,
                                  std::function<void(Kind kind)> answer)
{
#ifdef ROSTER_KEYCHAIN_UNIX
    const auto withWallet = [facts](int version, bool answers) {
        UnixFacts with = facts;
        (version == 6 ? with.kwallet6Answers : with.kwallet5Answers) = answers;
        return with;
    };
    // A wallet is asked only where its answer changes the choice, as QtKeychain asks it.
    while (!versions.isEmpty() && choose(desktop, withWallet(versions.first(), true)) ==
                                      choose(desktop, withWallet(versions.first(), false)))
        versions.removeFirst();
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (versions.isEmpty() || !bus.isConnected()) {
        answer(choose(desktop, facts));
        return;
    }
    const int version = versions.takeFirst();
    const QString service = u"org.kde.kwalletd%1"_s.arg(version);
    const QDBusMessage call = QDBusMessage::createMethodCall(
        service, u"/modules/kwalletd%1"_s.arg(version), u"org.kde.KWallet"_s, u"networkWallet"_s);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 500), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [=, this](QDBusPendingCallWatcher *done) {
                done->deleteLater();
                const UnixFacts found = withWallet(version, !done->isError());
                if (!done->isError())
                    answer(choose(desktop, found));
                else
                    askKWallets(desktop, found, versions, answer);
            });
#else
    Q_UNUSED(versions);
    answer(choose(desktop, facts));
#endif
}
