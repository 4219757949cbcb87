// KeychainPresence on Windows, macOS and Android, whose keychain (the Credential Manager, the
// Keychain, the Android Keystore) is part of the system: it is always there, so a failure is
// never "no keychain".
#include "keychain_presence.h"

bool KeychainPresence::libsecretLoadable()
{
    return false;
}

bool KeychainPresence::eventLoopCanAnswer(const QObject *)
{
    return true;
}

void KeychainPresence::check(std::function<void(const KeychainServices &services)> answer)
{
    KeychainServices services;
    services.systemKeychain = true;
    QMetaObject::invokeMethod(
        this, [answer, services] { answer(services); }, Qt::QueuedConnection);
}
