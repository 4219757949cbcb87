#include "draft_json.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace DraftJson {

QJsonObject toJson(const MemberDraft &draft)
{
    QJsonObject json{{u"email"_s, draft.email}};
    auto put = [&json](const QString &key, const QString &value) {
        if (!value.isEmpty())
            json.insert(key, value);
    };
    put(u"name"_s, draft.name);
    put(u"firstName"_s, draft.firstName);
    put(u"lastName"_s, draft.lastName);
    put(u"roleId"_s, draft.roleId);
    put(u"roleName"_s, draft.roleName);
    put(u"bio"_s, draft.bio);
    if (!draft.groups.isEmpty())
        json.insert(u"groups"_s, QJsonArray::fromStringList(draft.groups));
    return json;
}

MemberDraft fromJson(const QJsonObject &json)
{
    MemberDraft draft;
    draft.email = json.value(u"email"_s).toString();
    draft.name = json.value(u"name"_s).toString();
    draft.firstName = json.value(u"firstName"_s).toString();
    draft.lastName = json.value(u"lastName"_s).toString();
    draft.roleId = json.value(u"roleId"_s).toString();
    draft.roleName = json.value(u"roleName"_s).toString();
    draft.bio = json.value(u"bio"_s).toString();
    const QJsonArray groups = json.value(u"groups"_s).toArray();
    for (const QJsonValue &group : groups)
        draft.groups << group.toString();
    return draft;
}

NewMember newMember(const MemberDraft &draft, const QStringList &groupIds, bool pending)
{
    NewMember member;
    member.email = draft.email;
    member.name = draft.name;
    member.firstName = draft.firstName;
    member.lastName = draft.lastName;
    member.roleId = draft.roleId;
    member.groupIds = groupIds;
    member.bio = draft.bio;
    member.pending = pending;
    // A bulk import syncs once at the end instead of reading each new member back.
    member.readBack = false;
    return member;
}

std::optional<MemberChanges> changes(const MemberDraft &draft, const MemberRecord &stored,
                                     const QList<ProfileField> &editable)
{
    MemberChanges changes;
    bool any = false;
    auto consider = [&](ProfileField field, const QString &wanted) {
        if (editable.contains(field) && !wanted.isEmpty() && wanted != stored.text(field)) {
            *changes.text(field) = wanted;
            any = true;
        }
    };
    consider(ProfileField::Name, draft.name);
    consider(ProfileField::FirstName, draft.firstName);
    consider(ProfileField::LastName, draft.lastName);
    consider(ProfileField::Bio, draft.bio);
    return any ? std::optional<MemberChanges>(changes) : std::nullopt;
}

} // namespace DraftJson
