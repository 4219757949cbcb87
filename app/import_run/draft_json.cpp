#include "draft_json.h"

#include "effective_changes.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace DraftJson {

namespace {
// The journal's key of each one-string field of a draft.
struct Key
{
    ProfileField field;
    QString key;
};

const Key TextKeys[] = {
    {ProfileField::Email, u"email"_s},
    {ProfileField::Name, u"name"_s},
    {ProfileField::FirstName, u"firstName"_s},
    {ProfileField::LastName, u"lastName"_s},
    {ProfileField::Bio, u"bio"_s},
    {ProfileField::StatusLine, u"statusLine"_s},
    {ProfileField::LinkedIn, u"linkedin"_s},
    {ProfileField::Twitter, u"twitter"_s},
    {ProfileField::Instagram, u"instagram"_s},
    {ProfileField::Picture, u"picture"_s},
};
} // namespace

QJsonObject toJson(const MemberDraft &draft)
{
    QJsonObject json{{u"email"_s, draft.email}};
    auto put = [&json](const QString &key, const QString &value) {
        if (!value.isEmpty())
            json.insert(key, value);
    };
    for (const Key &key : TextKeys)
        put(key.key, *draft.text(key.field));
    put(u"roleId"_s, draft.roleId);
    put(u"roleName"_s, draft.roleName);
    if (!draft.groups.isEmpty())
        json.insert(u"groups"_s, QJsonArray::fromStringList(draft.groups));
    if (!draft.groupIds.isEmpty())
        json.insert(u"groupIds"_s, QJsonArray::fromStringList(draft.groupIds));
    if (draft.state)
        json.insert(u"state"_s, memberStatusId(*draft.state));
    return json;
}

QJsonObject ofEmail(const QString &email)
{
    MemberDraft draft;
    draft.email = email;
    return toJson(draft);
}

MemberDraft fromJson(const QJsonObject &json)
{
    MemberDraft draft;
    for (const Key &key : TextKeys)
        *draft.text(key.field) = json.value(key.key).toString();
    draft.roleId = json.value(u"roleId"_s).toString();
    draft.roleName = json.value(u"roleName"_s).toString();
    draft.groups = json.value(u"groups"_s).toVariant().toStringList();
    draft.groupIds = json.value(u"groupIds"_s).toVariant().toStringList();
    if (json.contains(u"state"_s))
        draft.state = memberStatusFromId(json.value(u"state"_s).toString());
    return draft;
}

NewMember newMember(const MemberDraft &draft, bool pending, bool introduce)
{
    NewMember member;
    member.email = draft.email;
    member.name = draft.name;
    member.firstName = draft.firstName;
    member.lastName = draft.lastName;
    member.roleId = draft.roleId;
    member.groupIds = draft.groupIds;
    member.bio = draft.bio;
    member.statusLine = draft.statusLine;
    member.linkedin = draft.linkedin;
    member.twitter = draft.twitter;
    member.instagram = draft.instagram;
    member.picture = draft.picture;
    member.pending = pending;
    member.introduce = introduce && !pending;
    // A bulk import syncs once at the end instead of reading each new member back.
    member.readBack = false;
    return member;
}

std::optional<MemberChanges> changes(const MemberDraft &draft, const MemberRecord &stored,
                                     const QList<ProfileField> &editable)
{
    MemberChanges wanted;
    for (const ProfileField field : editable) {
        const QString *value = draft.text(field);
        if (value && !value->isEmpty() && field != ProfileField::Email)
            *wanted.text(field) = *value;
    }
    if (editable.contains(ProfileField::Groups))
        wanted.addGroupIds = draft.groupIds;
    const MemberChanges changes = EffectiveChanges::against(wanted, stored);
    return changes.isEmpty() ? std::nullopt : std::optional(changes);
}

} // namespace DraftJson
