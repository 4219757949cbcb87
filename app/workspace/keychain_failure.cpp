#include "keychain_failure.h"

using namespace Qt::StringLiterals;

QString KeychainFailure::forThisRunHint()
{
    return tr("You can give the API key for this run only with --key-stdin or the "
              "ROSTER_API_KEY environment variable; Roster then keeps it in memory and writes it "
              "nowhere.");
}

QString KeychainFailure::noKeychainMessage()
{
    return tr("No keychain answered: Roster keeps API keys only in a Secret Service (such as GNOME "
              "Keyring) or in KWallet, and neither could be reached. To fix this, install and "
              "unlock GNOME Keyring (package gnome-keyring) or KWallet, and make sure Roster runs "
              "inside a desktop or D-Bus session (DBUS_SESSION_BUS_ADDRESS is set).") +
           u' ' + forThisRunHint();
}

QString KeychainFailure::missingLibsecretMessage()
{
    return tr("No keychain answered: a Secret Service is running, but Roster reaches it through "
              "libsecret, which is not installed. Install it (Debian package libsecret-1-0).") +
           u' ' + forThisRunHint();
}

QString KeychainFailure::noGlibMessage()
{
    return tr("No keychain can answer: Roster's event loop does not run GLib, which the Secret "
              "Service needs. Unset QT_NO_GLIB.") +
           u' ' + forThisRunHint();
}

QString KeychainFailure::accessDeniedMessage(const QString &detail)
{
    return tr("The keychain refused access (%1). Unlock your keyring or wallet and allow Roster "
              "to use it.")
               .arg(detail) +
           u' ' + forThisRunHint();
}

QString KeychainFailure::notFoundMessage()
{
    return tr("No API key is stored in the keychain for this workspace.");
}

KeyResult KeychainFailure::classify(Operation operation, const QString &detail,
                                    const KeychainServices &services, bool libsecretLoadable)
{
    if (!services.systemKeychain && !services.secretService && !services.kwallet)
        return KeyResult::failure(KeyResult::Error::NoKeychain, noKeychainMessage());
    if (services.secretService && !services.kwallet && !libsecretLoadable)
        return KeyResult::failure(KeyResult::Error::NoKeychain, missingLibsecretMessage());

    QString what;
    switch (operation) {
    case Operation::Write:
        what = tr("The keychain could not store the API key: %1.").arg(detail);
        break;
    case Operation::Read:
        what = tr("The keychain could not read the API key: %1.").arg(detail);
        break;
    case Operation::Delete:
        what = tr("The keychain could not delete the API key: %1.").arg(detail);
        break;
    }
    return KeyResult::failure(
        KeyResult::Error::Other,
        what + u' ' +
            tr("If your keyring or wallet is locked or has no default collection, unlock or "
               "create it (for example in Passwords and Keys, or KWallet Manager).") +
            u' ' + forThisRunHint());
}
