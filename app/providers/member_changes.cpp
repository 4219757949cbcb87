#include "remote_member.h"

std::optional<QString> *MemberChanges::text(ProfileField field)
{
    switch (field) {
    case ProfileField::Name:
        return &name;
    case ProfileField::FirstName:
        return &firstName;
    case ProfileField::LastName:
        return &lastName;
    case ProfileField::Email:
        return &email;
    case ProfileField::Bio:
        return &bio;
    case ProfileField::StatusLine:
        return &statusLine;
    case ProfileField::LinkedIn:
        return &linkedin;
    case ProfileField::Twitter:
        return &twitter;
    case ProfileField::Instagram:
        return &instagram;
    case ProfileField::Picture:
        return &picture;
    case ProfileField::None:
    case ProfileField::Role:
    case ProfileField::Groups:
        break;
    }
    return nullptr;
}

const std::optional<QString> *MemberChanges::text(ProfileField field) const
{
    return const_cast<MemberChanges *>(this)->text(field);
}

QList<ProfileField> MemberChanges::fields() const
{
    QList<ProfileField> touched;
    for (const ProfileField field : ProfileFields::Texts) {
        if (text(field)->has_value())
            touched << field;
    }
    if (picture)
        touched << ProfileField::Picture;
    if (!addGroupIds.isEmpty() || !removeGroupIds.isEmpty())
        touched << ProfileField::Groups;
    return touched;
}
