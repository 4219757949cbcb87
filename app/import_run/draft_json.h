#pragma once

#include "member_draft.h"
#include "member_record.h"
#include "remote_member.h"

#include <QJsonObject>

// A row's member between the import's parts: as kept in the journal (JSON, every field of the
// draft), as a provider's create call takes it, and as the change an update sends.
//
// The draft's picture is a file's path: the create and the change carry that path in their
// `picture`, and the run replaces it with the picture itself (ProfilePicture) just before it
// sends the row, so that the journal and the plan never hold pictures.
namespace DraftJson {

QJsonObject toJson(const MemberDraft &draft);
// The draft of a row that names only its member (a member a mirror found missing, an undo's).
QJsonObject ofEmail(const QString &email);
MemberDraft fromJson(const QJsonObject &json);

// `introduce`: post the bio as an introduction thread (Heartbeat).
NewMember newMember(const MemberDraft &draft, bool pending, bool introduce);
// What an update must send for `stored` to look as the draft says, in the fields `editable`
// (Capabilities::editableFields()): each field the row gives that differs (an empty cell never
// clears one), the groups the member is not in yet (never leaving one), and the picture whenever
// the row has one (Roster cannot compare it with the provider's); nothing when nothing differs.
std::optional<MemberChanges> changes(const MemberDraft &draft, const MemberRecord &stored,
                                     const QList<ProfileField> &editable);

} // namespace DraftJson
