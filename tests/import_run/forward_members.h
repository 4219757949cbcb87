#pragma once

#include "sandbox_process.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

// Forward's members as the sandbox keeps them (/_sandbox/state), by email, without their
// timestamps: what a test compares member by member before and after a run.
inline QMap<QString, QJsonObject> forwardMembers(SandboxProcess &sandbox)
{
    QMap<QString, QJsonObject> byEmail;
    const QJsonArray members = sandbox.state(QStringLiteral("forward"))[u"members"].toArray();
    for (const QJsonValue &value : members) {
        QJsonObject member = value.toObject();
        for (const char *stamp : {"created_at", "updated_at", "last_login_at"})
            member.remove(QLatin1String(stamp));
        byEmail.insert(member.value(u"email").toString(), member);
    }
    return byEmail;
}
