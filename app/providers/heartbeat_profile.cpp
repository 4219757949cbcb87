#include "heartbeat_profile.h"

#include "email_check.h"
#include "provider_json.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using ProviderJson::BareValue;

namespace HeartbeatProfile {

namespace {
// The body key of each profile field Heartbeat takes as a string.
QString keyOf(ProfileField field)
{
    switch (field) {
    case ProfileField::Name:
        return u"name"_s;
    case ProfileField::Bio:
        return u"bio"_s;
    case ProfileField::StatusLine:
        return u"status"_s;
    case ProfileField::LinkedIn:
        return u"linkedin"_s;
    case ProfileField::Twitter:
        return u"twitter"_s;
    case ProfileField::Instagram:
        return u"instagram"_s;
    case ProfileField::Picture:
        return u"profilePicture"_s;
    default:
        return {};
    }
}

// socialLinks as the live object has it ({} for none): a key naming the network, in any case
// ("linkedin", "linkedIn", "linkedinUrl"; "twitter" or "x"). Unset when there is no such object,
// so that a link Roster knew is kept.
std::optional<QString> socialLink(const QJsonValue &links, const QStringList &names)
{
    if (!links.isObject())
        return std::nullopt;
    const QJsonObject object = links.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key().toLower();
        for (const QString &name : names) {
            if (key == name || (key.startsWith(name) && name.size() > 1))
                return it.value().toString();
        }
    }
    return QString();
}

void put(QJsonObject &body, ProfileField field, const QString &value)
{
    if (!value.isEmpty())
        body.insert(keyOf(field), value);
}
} // namespace

std::optional<RemoteMember> memberFrom(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    RemoteMember member;
    member.id = ProviderJson::idText(o.value(u"id"_s));
    member.email = EmailCheck::normalized(o.value(u"email"_s).toString());
    if (member.id.isEmpty() || member.email.isEmpty())
        return std::nullopt;
    member.name = o.value(u"name"_s).toString();
    member.firstName = o.value(u"firstName"_s).toString();
    member.lastName = o.value(u"lastName"_s).toString();
    member.bio = o.value(u"bio"_s).toString();
    member.role = ProviderJson::ref(o.value(u"role"_s), BareValue::IsName);
    const QJsonArray groups = o.value(u"groups"_s).toArray();
    for (const QJsonValue &group : groups) {
        const NamedRef ref = ProviderJson::ref(group, BareValue::IsId);
        if (!ref.id.isEmpty())
            member.groups.append(ref);
    }
    member.createdAt = ProviderJson::time(o.value(u"createdAt"_s));
    const QJsonValue lastLogin = o.value(u"lastLogin"_s);
    member.neverSignedIn = lastLogin.isNull();
    member.lastSignIn = ProviderJson::time(lastLogin);
    member.status = MemberStatus::Unknown;
    member.avatarUrl = o.value(u"avatar"_s).toString();
    member.isAdmin = o.value(u"isAdmin"_s).toBool();
    if (o.value(u"status"_s).isString())
        member.statusLine = o.value(u"status"_s).toString();
    const QJsonValue links = o.value(u"socialLinks"_s);
    member.linkedin = socialLink(links, {u"linkedin"_s});
    member.twitter = socialLink(links, {u"twitter"_s, u"x"_s});
    member.instagram = socialLink(links, {u"instagram"_s});
    return member;
}

RemoteMember memberFromNew(const NewMember &member, const QString &name)
{
    RemoteMember known;
    known.email = EmailCheck::normalized(member.email);
    known.name = name;
    known.firstName = member.firstName;
    known.lastName = member.lastName;
    known.role = NamedRef{member.roleId, {}};
    for (const QString &groupId : member.groupIds)
        known.groups.append(NamedRef{groupId, {}});
    known.bio = member.bio;
    known.statusLine = member.statusLine;
    known.linkedin = member.linkedin;
    known.twitter = member.twitter;
    known.instagram = member.instagram;
    known.status = member.pending ? MemberStatus::Pending : MemberStatus::Active;
    known.neverSignedIn = true;
    return known;
}

void addProfile(QJsonObject &body, const NewMember &member)
{
    if (!member.groupIds.isEmpty())
        body.insert(u"groupIDs"_s, QJsonArray::fromStringList(member.groupIds));
    put(body, ProfileField::Bio, member.bio);
    put(body, ProfileField::Picture, member.picture);
    if (member.pending)
        return;
    put(body, ProfileField::StatusLine, member.statusLine);
    put(body, ProfileField::LinkedIn, member.linkedin);
    put(body, ProfileField::Twitter, member.twitter);
    put(body, ProfileField::Instagram, member.instagram);
    if (member.introduce && !member.bio.trimmed().isEmpty())
        body.insert(u"createIntroductionThread"_s, true);
}

void addChanges(QJsonObject &body, const MemberChanges &changes)
{
    for (const ProfileField field : changes.fields()) {
        if (const std::optional<QString> *change = changes.text(field);
            change && !keyOf(field).isEmpty())
            body.insert(keyOf(field), **change);
    }
}

MemberChanges leftOutOfPendingCreate(const NewMember &member)
{
    MemberChanges changes;
    const auto take = [](const QString &value, std::optional<QString> &change) {
        if (!value.isEmpty())
            change = value;
    };
    take(member.statusLine, changes.statusLine);
    take(member.linkedin, changes.linkedin);
    take(member.twitter, changes.twitter);
    take(member.instagram, changes.instagram);
    return changes;
}

bool pendingCreateLeavesOut(const NewMember &member)
{
    return member.pending && !leftOutOfPendingCreate(member).isEmpty();
}

RemoteMember withChanges(RemoteMember read, const MemberChanges &changes)
{
    if (changes.name)
        read.name = *changes.name;
    if (changes.bio)
        read.bio = *changes.bio;
    if (changes.statusLine)
        read.statusLine = *changes.statusLine;
    if (changes.linkedin)
        read.linkedin = *changes.linkedin;
    if (changes.twitter)
        read.twitter = *changes.twitter;
    if (changes.instagram)
        read.instagram = *changes.instagram;
    return read;
}

} // namespace HeartbeatProfile
