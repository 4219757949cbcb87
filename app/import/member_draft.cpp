#include "member_draft.h"

QString *MemberDraft::text(ProfileField field)
{
    return ProfileFields::textIn(*this, field);
}

const QString *MemberDraft::text(ProfileField field) const
{
    return ProfileFields::textIn(*this, field);
}
