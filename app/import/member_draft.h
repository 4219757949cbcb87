#pragma once

#include "member_status.h"
#include "profile_field.h"

#include <QStringList>

// A member as a validated CSV row describes it, normalized, ready for a provider's create call.
// Fields the provider does not take stay empty.
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
    // Heartbeat: group names as written, trimmed, each once (compared without regard to case),
    // and their ids once the dry run has found them among the community's groups.
    QStringList groups;
    QStringList groupIds;
    // Heartbeat's profile, trimmed; the links are full https:// URLs.
    QString bio;
    QString statusLine;
    QString linkedin;
    QString twitter;
    QString instagram;
    // Heartbeat: the picture file's absolute path (PictureCheck::pathOf); the run reads and
    // encodes it when it sends the row.
    QString picture;
    // The state a state column asks for (Active or Deactivated); none when the row says none.
    std::optional<MemberStatus> state;

    // A one-string field (ProfileFields::Texts, Picture); nullptr for another.
    QString *text(ProfileField field);
    const QString *text(ProfileField field) const;

    friend bool operator==(const MemberDraft &, const MemberDraft &) = default;
};
