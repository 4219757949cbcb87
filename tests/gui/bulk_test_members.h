#pragma once

#include "sandbox_process.h"

#include <QJsonArray>
#include <QStringList>

// The sandbox's seeded members that bulk tests act on, and the state it keeps for them.
namespace BulkTestMembers {

using namespace Qt::StringLiterals;

inline QString statusOf(const QJsonObject &member)
{
    if (member.contains(u"accountStatus"_s))
        return member[u"accountStatus"_s].toString();
    return member[u"status"_s].toString().toLower();
}

// The first `count` members of `provider` ("heartbeat", "forward") that are active.
inline QStringList active(SandboxProcess &sandbox, const QString &provider, int count)
{
    QStringList emails;
    const QJsonArray members = sandbox.state(provider)[u"members"_s].toArray();
    for (const QJsonValue &member : members) {
        if (statusOf(member.toObject()) == u"active"_s && emails.size() < count)
            emails << member[u"email"_s].toString();
    }
    return emails;
}

// Of `emails`, those the sandbox has in a deactivated state ("deactivated", Forward's
// "INACTIVE").
inline QStringList deactivated(SandboxProcess &sandbox, const QString &provider,
                               const QStringList &emails)
{
    QStringList found;
    const QJsonArray members = sandbox.state(provider)[u"members"_s].toArray();
    for (const QJsonValue &member : members) {
        const QString status = statusOf(member.toObject());
        const QString email = member[u"email"_s].toString();
        if ((status == u"deactivated"_s || status == u"inactive"_s) && emails.contains(email))
            found << email;
    }
    return found;
}

// Requests the sandbox answered for one endpoint, e.g. ("heartbeat", "DELETE /v0/users").
inline qint64 requests(SandboxProcess &sandbox, const QString &provider, const QString &endpoint)
{
    const QJsonObject statuses = sandbox.stats()[u"providers"_s][provider][endpoint].toObject();
    qint64 total = 0;
    for (auto it = statuses.begin(); it != statuses.end(); ++it)
        total += it.value().toInteger();
    return total;
}

inline QStringList unknown(int count)
{
    QStringList emails;
    for (int i = 1; i <= count; ++i)
        emails << u"nobody-%1@example.invalid"_s.arg(i);
    return emails;
}

} // namespace BulkTestMembers
