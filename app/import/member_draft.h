#pragma once

#include <QStringList>

// A member as a validated CSV row describes it, normalized, ready for a provider's create call.
struct MemberDraft
{
    // Trimmed, in lower case.
    QString email;
    // The full name: the Full name column, else first and last name joined by a space.
    QString name;
    // As given, or split from the full name when the provider wants both (NameSplit).
    QString firstName;
    QString lastName;
    // Heartbeat: the role the row names (by id or name), as the community's role list has it.
    QString roleId;
    QString roleName;
    // Heartbeat: group names as written, trimmed, each once (compared without regard to case).
    QStringList groups;
    // Heartbeat.
    QString bio;

    friend bool operator==(const MemberDraft &, const MemberDraft &) = default;
};
