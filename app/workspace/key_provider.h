#pragma once

#include "key_result.h"

#include <QObject>

class KeyStore;
class SessionKeys;

// Where a workspace's API key comes from: a key for this run (SessionKeys) when there is one,
// otherwise the keychain. Answers asynchronously in both cases, and only while this object lives.
class KeyProvider : public QObject
{
    Q_OBJECT
public:
    // Neither is owned; both must outlive this object.
    KeyProvider(KeyStore *keyStore, const SessionKeys *sessionKeys, QObject *parent = nullptr);

    void key(const QString &workspaceId, KeyCallback callback);

private:
    KeyStore *m_keyStore;
    const SessionKeys *m_sessionKeys;
};
