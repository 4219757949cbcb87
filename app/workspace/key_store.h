#pragma once

#include "key_result.h"
#include "keychain_failure.h"

#include <QObject>
#include <QString>

class KeychainPresence;
namespace QKeychain {
class Job;
}

// API keys in the operating system's keychain through QtKeychain: service "Roster", one entry per
// workspace id, never a plain-text fallback. Every operation answers asynchronously through its
// callback, never before it returns and only while this object lives. QtKeychain runs operations
// one after another in the order they were started; a failure that needs a look at the session
// bus to be named may be answered after a later operation.
class KeyStore : public QObject
{
    Q_OBJECT
public:
    static QString serviceName() { return QStringLiteral("Roster"); }

    explicit KeyStore(QObject *parent = nullptr);
    ~KeyStore() override;

    void writeKey(const QString &workspaceId, const QString &key, KeyCallback callback);
    void readKey(const QString &workspaceId, KeyCallback callback);
    // Deleting a key that is not there succeeds.
    void deleteKey(const QString &workspaceId, KeyCallback callback);

private:
    using Operation = KeychainFailure::Operation;

    bool refuseEarly(Operation operation, const QString &workspaceId, const QString &key,
                     const KeyCallback &callback);
    void run(QKeychain::Job *job, Operation operation, KeyCallback callback);
    void finish(QKeychain::Job *job, Operation operation, const KeyCallback &callback);

    KeychainPresence *m_presence;
};
