#include "key_provider.h"

#include "key_store.h"
#include "session_keys.h"

#include <QPointer>

KeyProvider::KeyProvider(KeyStore *keyStore, const SessionKeys *sessionKeys, QObject *parent)
    : QObject(parent), m_keyStore(keyStore), m_sessionKeys(sessionKeys)
{}

void KeyProvider::key(const QString &workspaceId, KeyCallback callback)
{
    if (const std::optional<QString> sessionKey = m_sessionKeys->key(workspaceId)) {
        QMetaObject::invokeMethod(
            this, [callback, key = *sessionKey] { callback(KeyResult::success(key)); },
            Qt::QueuedConnection);
        return;
    }
    QPointer<KeyProvider> self(this);
    m_keyStore->readKey(workspaceId, [self, callback](const KeyResult &result) {
        if (self)
            callback(result);
    });
}
