#include "member_draft.h"

QString *MemberDraft::text(ProfileField field)
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
    default:
        return nullptr;
    }
}

const QString *MemberDraft::text(ProfileField field) const
{
    return const_cast<MemberDraft *>(this)->text(field);
}
