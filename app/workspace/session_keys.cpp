#include "session_keys.h"

#include "process_hardening.h"
#include "secret_wipe.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

SessionKeys::~SessionKeys()
{
    clear();
}

void SessionKeys::setKey(const QString &workspaceId, const QString &key)
{
    remove(workspaceId);
    m_keys.insert(workspaceId, key);
}

std::optional<QString> SessionKeys::key(const QString &workspaceId) const
{
    const auto it = m_keys.constFind(workspaceId);
    if (it == m_keys.constEnd())
        return std::nullopt;
    return *it;
}

void SessionKeys::remove(const QString &workspaceId)
{
    auto it = m_keys.find(workspaceId);
    if (it == m_keys.end())
        return;
    SecretWipe::wipe(*it);
    m_keys.erase(it);
}

void SessionKeys::clear()
{
    for (auto it = m_keys.begin(); it != m_keys.end(); ++it)
        SecretWipe::wipe(*it);
    m_keys.clear();
}

std::optional<QString> SessionKeys::keyFromInput(QByteArrayView input, QString *error)
{
    if (input.size() > MaxKeyLength) {
        *error = tr("The API key given is longer than %1 characters.").arg(MaxKeyLength);
        return std::nullopt;
    }
    QString key = QString::fromUtf8(input).trimmed();
    if (key.isEmpty()) {
        *error = tr("No API key was given.");
        return std::nullopt;
    }
    for (QChar c : std::as_const(key)) {
        if (c == u'\n' || c == u'\r') {
            SecretWipe::wipe(key);
            *error = tr("The API key given spans several lines; give one key on one line.");
            return std::nullopt;
        }
        if (c.category() == QChar::Other_Control || c == QChar::ReplacementCharacter) {
            SecretWipe::wipe(key);
            *error = tr("The API key given contains a control character or is not UTF-8.");
            return std::nullopt;
        }
    }
    return key;
}

std::optional<QString> SessionKeys::takeKeyFromEnvironment(QString *error)
{
    error->clear();
    if (!qEnvironmentVariableIsSet(EnvironmentVariable))
        return std::nullopt;
    QByteArray value = ProcessHardening::takeEnvironmentVariable(EnvironmentVariable);
    QString problem;
    std::optional<QString> key = keyFromInput(value, &problem);
    SecretWipe::wipe(value);
    if (!key)
        *error = tr("%1: %2").arg(QString::fromLatin1(EnvironmentVariable), problem);
    return key;
}
