#include "heartbeat_user_json.h"

#include "compact_json.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
QJsonObject socialLinks(const HeartbeatMember &member)
{
    QJsonObject links;
    const std::pair<QString, QString> fields[] = {{u"linkedin"_s, member.linkedin},
                                                  {u"twitter"_s, member.twitter},
                                                  {u"instagram"_s, member.instagram}};
    for (const auto &[key, value] : fields) {
        if (!value.isEmpty())
            links.insert(key, value);
    }
    return links;
}
} // namespace

HeartbeatUserJson::HeartbeatUserJson(const SandboxState &state, const QString &avatarBaseUrl)
    : m_state(state), m_avatarBaseUrl(avatarBaseUrl)
{}

QJsonObject HeartbeatUserJson::user(const HeartbeatMember &member) const
{
    const HeartbeatRole *role = m_state.heartbeatRole(member.roleId);
    QJsonArray groups;
    for (const QString &groupId : member.groupIds) {
        if (const HeartbeatGroup *group = m_state.heartbeatGroup(groupId))
            groups.append(QJsonObject{{u"name"_s, group->name}, {u"id"_s, group->id}});
    }
    const PersonName name = splitAtFirstSpace(member.name);
    const QString avatar = member.profilePicture.isEmpty() ? PlaceholderAvatar.toString()
                                                           : m_avatarBaseUrl + member.id;
    return QJsonObject{
        {u"id"_s, member.id},
        {u"email"_s, member.email},
        {u"name"_s, member.name},
        {u"firstName"_s, name.first},
        {u"lastName"_s, name.last},
        {u"bio"_s, member.bio},
        {u"createdAt"_s, isoTime(member.createdAt)},
        {u"lastLogin"_s, member.lastLogin.isValid() ? QJsonValue(isoTime(member.lastLogin))
                                                    : QJsonValue(QJsonValue::Null)},
        {u"role"_s, role ? QJsonValue(role->name) : QJsonValue(QJsonValue::Null)},
        {u"isAdmin"_s, role && role->isAdmin},
        {u"groups"_s, groups},
        {u"avatar"_s, avatar},
        {u"linkedInSummary"_s, u""_s},
        {u"linkedInData"_s, QJsonValue(QJsonValue::Null)},
        {u"socialLinks"_s, socialLinks(member)},
        {u"onboardingResponses"_s, QJsonArray()},
    };
}

void HeartbeatUserJson::appendCompact(const HeartbeatMember &member, QByteArray &out) const
{
    using namespace CompactJson;
    const HeartbeatRole *role = m_state.heartbeatRole(member.roleId);
    const PersonName name = splitAtFirstSpace(member.name);
    out.append('{');
    appendKey(out, "avatar", true);
    if (member.profilePicture.isEmpty())
        appendString(out, PlaceholderAvatar);
    else
        appendString(out, QString(m_avatarBaseUrl + member.id));
    appendKey(out, "bio");
    appendString(out, member.bio);
    appendKey(out, "createdAt");
    appendIsoTime(out, member.createdAt);
    appendKey(out, "email");
    appendString(out, member.email);
    appendKey(out, "firstName");
    appendString(out, name.first);
    appendKey(out, "groups");
    out.append('[');
    bool firstGroup = true;
    for (const QString &groupId : member.groupIds) {
        const HeartbeatGroup *group = m_state.heartbeatGroup(groupId);
        if (!group)
            continue;
        if (!firstGroup)
            out.append(',');
        firstGroup = false;
        out.append('{');
        appendKey(out, "id", true);
        appendString(out, group->id);
        appendKey(out, "name");
        appendString(out, group->name);
        out.append('}');
    }
    out.append(']');
    appendKey(out, "id");
    appendString(out, member.id);
    appendKey(out, "isAdmin");
    appendBool(out, role && role->isAdmin);
    appendKey(out, "lastLogin");
    appendIsoTimeOrNull(out, member.lastLogin);
    appendKey(out, "lastName");
    appendString(out, name.last);
    appendKey(out, "linkedInData");
    out.append("null");
    appendKey(out, "linkedInSummary");
    out.append("\"\"");
    appendKey(out, "name");
    appendString(out, member.name);
    appendKey(out, "onboardingResponses");
    out.append("[]");
    appendKey(out, "role");
    if (role)
        appendString(out, role->name);
    else
        out.append("null");
    appendKey(out, "socialLinks");
    out.append('{');
    bool firstLink = true;
    const std::pair<const char *, const QString *> links[] = {{"instagram", &member.instagram},
                                                              {"linkedin", &member.linkedin},
                                                              {"twitter", &member.twitter}};
    for (const auto &[key, value] : links) {
        if (value->isEmpty())
            continue;
        appendKey(out, key, firstLink);
        firstLink = false;
        appendString(out, *value);
    }
    out.append("}}");
}

QJsonObject HeartbeatUserJson::groupMember(const HeartbeatMember &member)
{
    return QJsonObject{{u"id"_s, member.id}, {u"name"_s, member.name}, {u"email"_s, member.email}};
}

PersonName splitAtFirstSpace(const QString &name)
{
    const QString trimmed = name.trimmed();
    const qsizetype space = trimmed.indexOf(u' ');
    if (space < 0)
        return PersonName{trimmed, QString()};
    return PersonName{trimmed.left(space), trimmed.mid(space + 1).trimmed()};
}
