#include "member_record.h"

QString MemberRecord::text(ProfileField field) const
{
    switch (field) {
    case ProfileField::Name:
        return displayName;
    case ProfileField::FirstName:
        return firstName;
    case ProfileField::LastName:
        return lastName;
    case ProfileField::Email:
        return email;
    case ProfileField::Bio:
        return bio;
    case ProfileField::StatusLine:
    case ProfileField::LinkedIn:
    case ProfileField::Twitter:
    case ProfileField::Instagram:
        return optionalText(field)->value_or(QString());
    case ProfileField::Role:
        return roleName.isEmpty() ? roleId : roleName;
    case ProfileField::None:
    case ProfileField::Groups:
    case ProfileField::Picture:
        break;
    }
    return {};
}

std::optional<QString> *MemberRecord::optionalText(ProfileField field)
{
    switch (field) {
    case ProfileField::StatusLine:
        return &statusLine;
    case ProfileField::LinkedIn:
        return &linkedin;
    case ProfileField::Twitter:
        return &twitter;
    case ProfileField::Instagram:
        return &instagram;
    default:
        return nullptr;
    }
}

const std::optional<QString> *MemberRecord::optionalText(ProfileField field) const
{
    return const_cast<MemberRecord *>(this)->optionalText(field);
}
