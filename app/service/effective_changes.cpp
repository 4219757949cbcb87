#include "effective_changes.h"

#include "email_check.h"

#include <algorithm>

namespace EffectiveChanges {

namespace {
bool isIn(const MemberRecord &member, const QString &groupId)
{
    return std::any_of(member.groups.cbegin(), member.groups.cend(),
                       [&groupId](const MemberGroup &group) { return group.id == groupId; });
}

bool knownAndEqual(const MemberRecord &current, ProfileField field, const QString &wanted)
{
    if (const std::optional<QString> *told = current.optionalText(field); told && !*told)
        return false;
    if (field == ProfileField::Email)
        return EmailCheck::normalized(wanted) == EmailCheck::normalized(current.email);
    return wanted == current.text(field);
}
} // namespace

MemberChanges against(MemberChanges wanted, const MemberRecord &current)
{
    for (const ProfileField field : ProfileFields::Texts) {
        std::optional<QString> *change = wanted.text(field);
        if (*change && knownAndEqual(current, field, **change))
            change->reset();
    }
    wanted.addGroupIds.removeIf([&current](const QString &id) { return isIn(current, id); });
    wanted.removeGroupIds.removeIf([&current](const QString &id) { return !isIn(current, id); });
    return wanted;
}

} // namespace EffectiveChanges
