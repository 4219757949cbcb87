#pragma once

#include "member_status.h"
#include "profile_field.h"

#include <QDateTime>
#include <QHashFunctions>
#include <QList>
#include <QString>
#include <optional>

struct MemberGroup
{
    QString id;
    QString name;

    friend bool operator==(const MemberGroup &, const MemberGroup &) = default;
    friend size_t qHash(const MemberGroup &group, size_t seed = 0)
    {
        return qHashMulti(seed, group.id, group.name);
    }
};
Q_DECLARE_TYPEINFO(MemberGroup, Q_RELOCATABLE_TYPE);

// One member of a workspace's local roster: what the provider last told Roster about them.
// Never holds a login link, a password or a key.
struct MemberRecord
{
    QString workspaceId;
    // The provider's id as text, also for Beam's numeric ids; empty when not known.
    QString providerMemberId;
    // As EmailCheck::normalized() gives it; the repository normalises what it is given.
    QString email;
    QString displayName;
    QString firstName;
    QString lastName;
    MemberStatus status = MemberStatus::Active;
    QString roleId;
    QString roleName;
    QList<MemberGroup> groups;
    QString bio;
    // From the provider, in UTC; invalid when the provider does not say.
    QDateTime createdAt;
    QDateTime updatedAt;
    // When Roster last read or wrote this member at the provider, in UTC; invalid if never.
    QDateTime lastSyncedAt;
    // When the member last signed in, in UTC; neverSignedIn when the provider says they never
    // did (Heartbeat's lastLogin: null). Neither when the provider does not tell.
    QDateTime lastSignInAt;
    bool neverSignedIn = false;
    // Profile fields a provider may not report (Heartbeat's user object has no status line):
    // unset while Roster has never been told, so that what it knew stays when a listing is
    // silent.
    std::optional<QString> statusLine;
    std::optional<QString> linkedin;
    std::optional<QString> twitter;
    std::optional<QString> instagram;
    QString avatarUrl; // Heartbeat: where the profile picture is
    bool isAdmin = false;

    // A one-string field (ProfileFields::Texts) as it reads now: empty when unset.
    QString text(ProfileField field) const;
    // The field among those a provider may not report; nullptr for another.
    std::optional<QString> *optionalText(ProfileField field);
    const std::optional<QString> *optionalText(ProfileField field) const;

    friend bool operator==(const MemberRecord &, const MemberRecord &) = default;
};
// Only Qt's relocatable types inside: a growing QList<MemberRecord> moves its memory, not its
// members one by one.
Q_DECLARE_TYPEINFO(MemberRecord, Q_RELOCATABLE_TYPE);
