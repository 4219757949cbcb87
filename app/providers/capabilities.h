#pragma once

#include "profile_field.h"
#include "provider.h"

#include <QList>
#include <QString>

enum class MemberOperation
{
    Lookup,
    List,
    CreateActive,
    CreatePending,
    Update,
    Deactivate,
    Reactivate,
    LoginLink,
    RolesAndGroups,
    GroupMembership, // add members to a group, remove them from one
};

// What a provider tells of a member beyond name, email and status: what a member table can show.
enum class MemberFact
{
    Role,
    Groups,
    LastSignIn,
    Admin,
    Picture,
};

// What a provider's API can do, so that a caller can tell before trying.
struct Capabilities
{
    Provider provider;
    bool canList = false;

    bool supports(MemberOperation operation) const;
    // Why not, in words for the user; empty when supported.
    QString whyNot(MemberOperation operation) const;
    // The profile fields a create takes, and those an edit may change (Heartbeat's groups
    // through membership calls): the one table of them, per provider.
    QList<ProfileField> createFields() const;
    QList<ProfileField> editableFields() const;
    bool canCreateWith(ProfileField field) const { return createFields().contains(field); }
    bool canEdit(ProfileField field) const { return editableFields().contains(field); }
    bool tells(MemberFact fact) const;
    // Whether a create can post the bio as an introduction thread (Heartbeat's
    // createIntroductionThread); never for a pending member.
    bool canPostIntroduction() const { return provider == Provider::Heartbeat; }
    // "name, bio, status" (the fields' ids), for messages.
    static QString fieldList(const QList<ProfileField> &fields);
    // Whether a create resent with the same idempotency key is carried out once (Forward's
    // x-idempotency-key, live), and for how long after the first send Roster relies on it:
    // Forward keeps keys about an hour.
    bool honoursIdempotencyKeys() const { return provider == Provider::Forward; }
    static constexpr qint64 IdempotencyKeyTrustedMs = 50 * 60 * 1000;

    static Capabilities of(Provider provider, bool canList);
};
