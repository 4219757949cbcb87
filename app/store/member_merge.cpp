#include "member_merge.h"

namespace MemberMerge {

MemberRecord withStored(const MemberRecord &fresh, const std::optional<MemberRecord> &stored)
{
    if (!stored)
        return fresh;
    MemberRecord merged = fresh;
    merged.workspaceId = stored->workspaceId;
    if (merged.providerMemberId.isEmpty())
        merged.providerMemberId = stored->providerMemberId;
    if (merged.status == MemberStatus::Unknown && stored->status != MemberStatus::Unlisted)
        merged.status = stored->status;
    if (merged.roleId.isEmpty() && !merged.roleName.isEmpty() &&
        (stored->roleName == merged.roleName || stored->roleName.isEmpty()))
        merged.roleId = stored->roleId;
    if (!merged.lastSignInAt.isValid() && !merged.neverSignedIn) {
        merged.lastSignInAt = stored->lastSignInAt;
        merged.neverSignedIn = stored->neverSignedIn;
    }
    for (const ProfileField field : ProfileFields::Texts) {
        std::optional<QString> *told = merged.optionalText(field);
        if (told && !*told)
            *told = *stored->optionalText(field);
    }
    if (!merged.createdAt.isValid())
        merged.createdAt = stored->createdAt;
    if (!merged.updatedAt.isValid())
        merged.updatedAt = stored->updatedAt;
    merged.lastSyncedAt = stored->lastSyncedAt;
    return merged;
}

} // namespace MemberMerge
