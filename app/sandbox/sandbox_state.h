#pragma once

#include "member_table.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <memory>
#include <optional>

class BodyStream;

struct HeartbeatRole
{
    QString id;
    QString name;
    bool isAdmin = false;
};

struct HeartbeatGroup
{
    QString id;
    QString name;
    QString description;
    QString parentGroupId; // empty for a top-level group
};

struct HeartbeatMember
{
    enum class State
    {
        Pending,
        Active,
        Deactivated
    };

    QString id;
    QString email;
    QString name;
    QString roleId;
    QStringList groupIds;
    QString bio;
    QString status; // the member's profile status line, not the account state
    QString linkedin;
    QString twitter;
    QString instagram;
    QByteArray profilePicture;
    State state = State::Active;
    bool everActive = false;         // created active, or a pending member who has logged in
    bool introductionThread = false; // created with createIntroductionThread and a bio
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastLogin; // invalid until the member first opens a magic link

    QString idKey() const { return id; }
};

struct ForwardMember
{
    QString id;
    QString email;
    QString type = QStringLiteral("BUSINESS");
    QString firstName;
    QString lastName;
    QString status = QStringLiteral("ACTIVE"); // ACTIVE or INACTIVE
    QString businessId;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime lastLoginAt;

    QString idKey() const { return id; }
};

struct BeamMember
{
    qint64 id = 0;
    QString email;
    bool verified = false;
    QString firstName;
    QString lastName;
    QString slug;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString idKey() const { return QString::number(id); }
};

// Everything the sandbox knows about its three communities: what --state persists and
// GET /_sandbox/state shows.
struct SandboxState
{
    QList<HeartbeatRole> heartbeatRoles;
    QList<HeartbeatGroup> heartbeatGroups;
    MemberTable<HeartbeatMember> heartbeat;

    QString forwardBusinessId;
    MemberTable<ForwardMember> forward;

    qint64 beamNextId = 1001;
    MemberTable<BeamMember> beam;
    QSet<QString> beamSlugs;

    const HeartbeatRole *heartbeatRole(const QString &id) const;
    const HeartbeatGroup *heartbeatGroup(const QString &id) const;
    bool isHeartbeatParentGroup(const QString &id) const;
    // The other groups under the same parent; a top-level group has none.
    QStringList heartbeatSiblingGroupIds(const QString &id) const;
    // A URL slug from the member's name, unique within the Beam community.
    QString claimBeamSlug(const QString &firstName, const QString &lastName, qint64 id);
    // The same from a name's slug (beamSlugBase()), for callers that reuse it.
    QString claimBeamSlug(const QString &baseSlug, qint64 id);
    static QString beamSlugBase(const QString &firstName, const QString &lastName);

    QJsonObject toJson() const;
    // The same JSON as QJsonDocument(toJson()) in compact form, written member by member from
    // a snapshot: GET /_sandbox/state of any size.
    std::shared_ptr<BodyStream> toJsonStream() const;
    static std::optional<SandboxState> fromJson(const QJsonObject &json, QString *error);

    QJsonArray rolesJson() const;
    QJsonArray groupsJson() const;

    // An empty sandbox with the roles and groups every community starts with.
    static SandboxState withDefaults();
};

QString heartbeatStateName(HeartbeatMember::State state);
QString isoTime(const QDateTime &time);
