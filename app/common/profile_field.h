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
    ProfileField::Name,     ProfileField::FirstName, ProfileField::LastName,
    ProfileField::Email,    ProfileField::Bio,       ProfileField::StatusLine,
    ProfileField::LinkedIn, ProfileField::Twitter,   ProfileField::Instagram,
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

// Where a record of one-string profile fields keeps `field` (NewMember, MemberChanges, MemberDraft:
// the same member names, each its own type), or nullptr for a field that is not one string.
template <typename Record> auto textIn(Record &record, ProfileField field) -> decltype(&record.bio)
{
    switch (field) {
    case ProfileField::Name:
        return &record.name;
    case ProfileField::FirstName:
        return &record.firstName;
    case ProfileField::LastName:
        return &record.lastName;
    case ProfileField::Email:
        return &record.email;
    case ProfileField::Bio:
        return &record.bio;
    case ProfileField::StatusLine:
        return &record.statusLine;
    case ProfileField::LinkedIn:
        return &record.linkedin;
    case ProfileField::Twitter:
        return &record.twitter;
    case ProfileField::Instagram:
        return &record.instagram;
    case ProfileField::Picture:
        return &record.picture;
    case ProfileField::None:
    case ProfileField::Role:
    case ProfileField::Groups:
        break;
    }
    return nullptr;
}

} // namespace ProfileFields
