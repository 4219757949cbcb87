#include "remote_member.h"

std::optional<QString> *MemberChanges::text(ProfileField field)
{
    return ProfileFields::textIn(*this, field);
}

const std::optional<QString> *MemberChanges::text(ProfileField field) const
{
    return ProfileFields::textIn(*this, field);
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
