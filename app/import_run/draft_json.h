#pragma once

#include "member_draft.h"
#include "member_record.h"
#include "remote_member.h"

#include <QJsonObject>

// A row's member between the import's parts: as kept in the journal (JSON), as a provider's
// create call takes it, and as the change an update sends.
namespace DraftJson {

QJsonObject toJson(const MemberDraft &draft);
MemberDraft fromJson(const QJsonObject &json);

// `groupIds` are the ids of the draft's group names (Heartbeat).
NewMember newMember(const MemberDraft &draft, const QStringList &groupIds, bool pending);
// What an update must send for `stored` to look as the draft says, in the fields `editable`
// (Capabilities::editableFields()); nothing when nothing differs.
std::optional<MemberChanges> changes(const MemberDraft &draft, const MemberRecord &stored,
                                     const QList<ProfileField> &editable);

} // namespace DraftJson
