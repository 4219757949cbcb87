#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// Figures from roster-sandbox's GET /_sandbox/stats and /_sandbox/state answers
// (SandboxProcess::stats() and state()).
namespace SandboxStats {

// Requests to one endpoint (e.g. "forward", "POST /users") answered with `status`, or with any
// status when `status` is 0.
inline qint64 count(const QJsonObject &stats, const QString &provider, const QString &endpoint,
                    int status = 0)
{
    const QJsonObject statuses = stats[QStringLiteral("providers")][provider][endpoint].toObject();
    if (status != 0)
        return statuses[QString::number(status)].toInteger();
    qint64 total = 0;
    for (auto it = statuses.begin(); it != statuses.end(); ++it)
        total += it.value().toInteger();
    return total;
}

// Requests to one provider that change something (any method but GET), whatever the status.
inline qint64 changes(const QJsonObject &stats, const QString &provider)
{
    const QJsonObject endpoints = stats[QStringLiteral("providers")][provider].toObject();
    qint64 total = 0;
    for (auto it = endpoints.begin(); it != endpoints.end(); ++it) {
        if (!it.key().startsWith(QStringLiteral("GET ")))
            total += count(stats, provider, it.key());
    }
    return total;
}

inline qint64 rateLimited(const QJsonObject &stats)
{
    return stats[QStringLiteral("rateLimited")].toInteger();
}

inline qint64 dropped(const QJsonObject &stats, const QString &provider)
{
    return stats[QStringLiteral("droppedConnections")][provider].toInteger();
}

// The e-mail addresses of one provider's members.
inline QStringList memberEmails(const QJsonObject &state, const QString &provider)
{
    QStringList emails;
    const QJsonArray members = state[provider][QStringLiteral("members")].toArray();
    for (const QJsonValue &member : members)
        emails.append(member[QStringLiteral("email")].toString());
    return emails;
}

} // namespace SandboxStats
