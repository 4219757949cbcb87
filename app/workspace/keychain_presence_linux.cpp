// KeychainPresence on Linux and the other freedesktop Unix systems, where the keychain is a
// D-Bus service: a Secret Service (reached through libsecret) or KWallet.
#include "keychain_presence.h"

#include <QAbstractEventDispatcher>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLibrary>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

void addNames(const QStringList &names, KeychainServices *services)
{
    if (names.contains(u"org.freedesktop.secrets"_s))
        services->secretService = true;
    for (const QString &name :
         {u"org.kde.kwalletd6"_s, u"org.kde.kwalletd5"_s, u"org.kde.kwalletd"_s}) {
        if (names.contains(name))
            services->kwallet = true;
    }
}

} // namespace

bool KeychainPresence::libsecretLoadable()
{
    QLibrary libsecret(u"secret-1"_s, 0);
    return libsecret.load(); // stays loaded, as QtKeychain keeps it too
}

bool KeychainPresence::eventLoopCanAnswer(const QObject *object)
{
    const QAbstractEventDispatcher *dispatcher =
        QAbstractEventDispatcher::instance(object->thread());
    return dispatcher && dispatcher->inherits("QEventDispatcherGlib");
}

void KeychainPresence::check(std::function<void(const KeychainServices &services)> answer)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface()) {
        QMetaObject::invokeMethod(
            this, [answer] { answer(KeychainServices{}); }, Qt::QueuedConnection);
        return;
    }
    // Names that are running, then names the bus would start on demand.
    auto *running = new QDBusPendingCallWatcher(bus.interface()->asyncCall(u"ListNames"_s), this);
    connect(running, &QDBusPendingCallWatcher::finished, this,
            [this, bus, answer](QDBusPendingCallWatcher *watcher) {
                watcher->deleteLater();
                const QDBusPendingReply<QStringList> names = *watcher;
                KeychainServices services;
                if (names.isError()) {
                    answer(services);
                    return;
                }
                services.busReachable = true;
                addNames(names.value(), &services);
                auto *activatable = new QDBusPendingCallWatcher(
                    bus.interface()->asyncCall(u"ListActivatableNames"_s), this);
                connect(activatable, &QDBusPendingCallWatcher::finished, this,
                        [answer, services](QDBusPendingCallWatcher *second) mutable {
                            second->deleteLater();
                            const QDBusPendingReply<QStringList> startable = *second;
                            if (!startable.isError())
                                addNames(startable.value(), &services);
                            answer(services);
                        });
            });
}
