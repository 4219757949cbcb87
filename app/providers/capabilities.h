#pragma once

#include "provider.h"

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
};

// What a provider's API can do, so that a caller can tell before trying.
struct Capabilities
{
    Provider provider;
    bool canList = false; // may also depend on the workspace (Forward needs a business id)

    bool supports(MemberOperation operation) const;
    // Why not, in words for the user; empty when supported.
    QString whyNot(MemberOperation operation) const;
    // The profile fields an edit may change, as named on Roster's command line.
    QStringList editableFields() const;
    // Whether a create resent with the same idempotency key is carried out once (Forward's
    // x-idempotency-key, live), and for how long after the first send Roster relies on it:
    // Forward keeps keys about an hour.
    bool honoursIdempotencyKeys() const { return provider == Provider::Forward; }
    static constexpr qint64 IdempotencyKeyTrustedMs = 50 * 60 * 1000;

    static Capabilities of(Provider provider, bool canList);
};
