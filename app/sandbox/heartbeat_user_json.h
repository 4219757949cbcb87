#pragma once

#include "sandbox_state.h"

#include <QJsonObject>
#include <QString>

// Heartbeat's user object in the shape the live service answers (NOTES.md): no account state,
// the role by name, the profile's social links under socialLinks.
class HeartbeatUserJson
{
public:
    // avatarBaseUrl: where /avatars/ is served, e.g. http://127.0.0.1:7678/heartbeat/avatars/,
    // the address of a picture set through the API
    HeartbeatUserJson(const SandboxState &state, const QString &avatarBaseUrl);

    QJsonObject user(const HeartbeatMember &member) const;
    // The same user, appended to `out` exactly as QJsonDocument(user(member)) writes it compact:
    // for listings too large to build as one document.
    void appendCompact(const HeartbeatMember &member, QByteArray &out) const;
    // The short form a group lists its members in.
    static QJsonObject groupMember(const HeartbeatMember &member);

    // The avatar of every member without a picture, as Heartbeat's CDN placeholder is: an
    // address on a reserved example host, the same whichever port the sandbox listens on.
    static constexpr QStringView PlaceholderAvatar =
        u"https://cdn.heartbeat.example/placeholder.jpg";

private:
    const SandboxState &m_state;
    QString m_avatarBaseUrl;
};

struct PersonName
{
    QString first;
    QString last;
};

// Splits a display name at its first space: a guess at how Heartbeat fills firstName and lastName.
PersonName splitAtFirstSpace(const QString &name);
