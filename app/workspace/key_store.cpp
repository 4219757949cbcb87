#include "key_store.h"

#include "keychain_presence.h"
#include "workspace.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

KeyStore::KeyStore(QObject *parent) : QObject(parent), m_presence(new KeychainPresence(this)) {}

// Jobs have no parent: QtKeychain's libsecret callbacks hold on to a running job, so one must not
// be deleted early. They delete themselves when finished; their connections to this object go
// with it, so no callback runs after it is gone.
KeyStore::~KeyStore() = default;

void KeyStore::writeKey(const QString &workspaceId, const QString &key, KeyCallback callback)
{
    if (refuseEarly(Operation::Write, workspaceId, key, callback))
        return;
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(workspaceId);
    job->setTextData(key);
    run(job, Operation::Write, std::move(callback));
}

void KeyStore::readKey(const QString &workspaceId, KeyCallback callback)
{
    if (refuseEarly(Operation::Read, workspaceId, {}, callback))
        return;
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(workspaceId);
    run(job, Operation::Read, std::move(callback));
}

void KeyStore::deleteKey(const QString &workspaceId, KeyCallback callback)
{
    if (refuseEarly(Operation::Delete, workspaceId, {}, callback))
        return;
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(workspaceId);
    run(job, Operation::Delete, std::move(callback));
}

bool KeyStore::refuseEarly(Operation operation, const QString &workspaceId, const QString &key,
                           const KeyCallback &callback)
{
    KeyResult refusal;
    if (!Workspace::isValidId(workspaceId)) {
        // Not echoed: arguments swapped by mistake would put the key in the message.
        refusal = KeyResult::failure(KeyResult::Error::Other, tr("That is not a workspace id."));
    } else if (operation == Operation::Write && key.trimmed().isEmpty()) {
        refusal = KeyResult::failure(KeyResult::Error::Other, tr("The API key is empty."));
    } else if (!KeychainPresence::eventLoopCanAnswer(this)) {
        refusal =
            KeyResult::failure(KeyResult::Error::NoKeychain, KeychainFailure::noGlibMessage());
    } else {
        return false;
    }
    QMetaObject::invokeMethod(
        this, [callback, refusal] { callback(refusal); }, Qt::QueuedConnection);
    return true;
}

void KeyStore::run(QKeychain::Job *job, Operation operation, KeyCallback callback)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this,
            [this, operation, callback = std::move(callback)](QKeychain::Job *finished) {
                finish(finished, operation, callback);
            });
    job->start();
}

void KeyStore::finish(QKeychain::Job *job, Operation operation, const KeyCallback &callback)
{
    switch (job->error()) {
    case QKeychain::NoError:
        if (operation == Operation::Read)
            callback(
                KeyResult::success(static_cast<QKeychain::ReadPasswordJob *>(job)->textData()));
        else
            callback(KeyResult::success());
        return;
    case QKeychain::EntryNotFound:
        callback(
            KeyResult::failure(KeyResult::Error::NotFound, KeychainFailure::notFoundMessage()));
        return;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        callback(KeyResult::failure(KeyResult::Error::AccessDenied,
                                    KeychainFailure::accessDeniedMessage(job->errorString())));
        return;
    case QKeychain::NoBackendAvailable:
        callback(
            KeyResult::failure(KeyResult::Error::NoKeychain, KeychainFailure::noKeychainMessage()));
        return;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    // QtKeychain 0.13 says OtherError when libsecret cannot reach the bus, finds no Secret
    // Service, or is not installed: look at the bus before saying what is wrong.
    const QString detail = job->errorString();
    m_presence->check([operation, detail, callback](const KeychainServices &services) {
        callback(KeychainFailure::classify(operation, detail, services,
                                           KeychainPresence::libsecretLoadable()));
    });
}
