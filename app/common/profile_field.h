#pragma once

#include <QString>
#include <optional>

// The fields of a member's profile, the same words for every provider. Which of them a provider
// takes when creating and when editing is in its Capabilities, and only there.
enum class ProfileField
{
    None,
    Name,
    FirstName,
    LastName,
    Email,
    Role,
    Groups,
    Bio,
    StatusLine, // Heartbeat's "status": a line the member shows on their profile
    LinkedIn,
    Twitter,
    Instagram,
    Picture,
};

namespace ProfileFields {

// The one-string fields an edit sets, or clears with an empty string, in the order forms,
// files and diffs show them.
inline constexpr ProfileField Texts[] = {
    ProfileField::Name,       ProfileField::FirstName, ProfileField::LastName,
    ProfileField::Email,      ProfileField::Bio,       ProfileField::StatusLine,
    ProfileField::LinkedIn,   ProfileField::Twitter,   ProfileField::Instagram,
};

// The field's word on the command line (--clear bio), in Roster's messages and files: "name",
// "first-name", "last-name", "email", "role", "groups", "bio", "status", "linkedin", "twitter",
// "instagram", "picture".
QString id(ProfileField field);
std::optional<ProfileField> fromId(QStringView id);
// For people, translated: "Name", "Status", "LinkedIn", "Profile picture", ...
QString label(ProfileField field);

constexpr bool isSocialLink(ProfileField field)
{
    return field == ProfileField::LinkedIn || field == ProfileField::Twitter ||
           field == ProfileField::Instagram;
}
// Why `text` (trimmed; empty is fine: it clears the link) is not a full https:// URL, in a
// sentence for people naming `field`, or nothing.
std::optional<QString> linkProblem(ProfileField field, const QString &text);

} // namespace ProfileFields
