#pragma once

#include "profile_field.h"

#include <QHashFunctions>
#include <QString>

// The fields of the member dialog, so that a provider's message can be shown next to the one
// it names: the profile's fields.
using MemberField = ProfileField;

inline size_t qHash(MemberField field, size_t seed = 0) noexcept
{
    return ::qHash(int(field), seed);
}

// The field a provider's message names ("email is required", "roleID x is not a role",
// "A user with email … already exists"), or None. Email addresses inside the message are
// skipped, so that "anna.name@example.com not found" names no field.
MemberField memberFieldNamedIn(const QString &providerMessage);
