#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <optional>

// API keys for the current run only, held in memory and written nowhere: a key given with
// --key-stdin or ROSTER_API_KEY when no keychain answers, or the demo mode's keys. Consulted
// before the keychain (see KeyProvider). Keys are overwritten with zeros when removed or when
// this object is destroyed (copies handed out are the holder's business).
class SessionKeys
{
    Q_DECLARE_TR_FUNCTIONS(SessionKeys)
public:
    static constexpr const char *EnvironmentVariable = "ROSTER_API_KEY";
    // Longer input is not an API key; refusing it bounds what --key-stdin reads.
    static constexpr qsizetype MaxKeyLength = 4096;

    SessionKeys() = default;
    ~SessionKeys();
    SessionKeys(const SessionKeys &) = delete;
    SessionKeys &operator=(const SessionKeys &) = delete;

    void setKey(const QString &workspaceId, const QString &key);
    std::optional<QString> key(const QString &workspaceId) const;
    bool contains(const QString &workspaceId) const { return m_keys.contains(workspaceId); }
    void remove(const QString &workspaceId);
    void clear();

    // The key in what --key-stdin read: surrounding white space and one line break are dropped.
    // Refuses empty input, several lines and control characters. `error` never holds the key.
    static std::optional<QString> keyFromInput(QByteArrayView input, QString *error);
    // The key in ROSTER_API_KEY, checked like keyFromInput(). The variable is removed from this
    // process's environment so that child processes (the sandbox, curl) do not inherit it, and its
    // bytes are overwritten so that /proc/PID/environ does not show it.
    // Nothing, with `error` empty, when the variable is not set.
    static std::optional<QString> takeKeyFromEnvironment(QString *error);

private:
    QHash<QString, QString> m_keys;
};
