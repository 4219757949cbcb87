#include "sandbox_state.h"

#include "body_stream.h"
#include "compact_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// Version 2 added lastLogin and introductionThread to Heartbeat members and parentGroupID to
// Heartbeat groups; a version 1 file reads with none of them.
constexpr int StateFormatVersion = 2;
constexpr int OldestReadableVersion = 1;

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(isoTime(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QDateTime parseTime(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

std::optional<HeartbeatMember::State> heartbeatStateFromName(const QString &name)
{
    if (name == u"pending")
        return HeartbeatMember::State::Pending;
    if (name == u"active")
        return HeartbeatMember::State::Active;
    if (name == u"deactivated")
        return HeartbeatMember::State::Deactivated;
    return std::nullopt;
}

QJsonObject heartbeatMemberToJson(const HeartbeatMember &m)
{
    return QJsonObject{
        {u"id"_s, m.id},
        {u"email"_s, m.email},
        {u"name"_s, m.name},
        {u"roleID"_s, m.roleId},
        {u"groupIDs"_s, toJsonArray(m.groupIds)},
        {u"bio"_s, m.bio},
        {u"status"_s, m.status},
        {u"linkedin"_s, m.linkedin},
        {u"twitter"_s, m.twitter},
        {u"instagram"_s, m.instagram},
        {u"profilePicture"_s, QString::fromLatin1(m.profilePicture.toBase64())},
        {u"accountStatus"_s, heartbeatStateName(m.state)},
        {u"everActive"_s, m.everActive},
        {u"introductionThread"_s, m.introductionThread},
        {u"createdAt"_s, isoTime(m.createdAt)},
        {u"updatedAt"_s, isoTime(m.updatedAt)},
        {u"lastLogin"_s, timeOrNull(m.lastLogin)},
    };
}

std::optional<HeartbeatMember> heartbeatMemberFromJson(const QJsonObject &o, QString *error)
{
    HeartbeatMember m;
    m.id = o.value(u"id"_s).toString();
    m.email = o.value(u"email"_s).toString();
    m.name = o.value(u"name"_s).toString();
    m.roleId = o.value(u"roleID"_s).toString();
    m.groupIds = toStringList(o.value(u"groupIDs"_s));
    m.bio = o.value(u"bio"_s).toString();
    m.status = o.value(u"status"_s).toString();
    m.linkedin = o.value(u"linkedin"_s).toString();
    m.twitter = o.value(u"twitter"_s).toString();
    m.instagram = o.value(u"instagram"_s).toString();
    m.profilePicture = QByteArray::fromBase64(o.value(u"profilePicture"_s).toString().toLatin1());
    m.everActive = o.value(u"everActive"_s).toBool();
    m.introductionThread = o.value(u"introductionThread"_s).toBool();
    m.createdAt = parseTime(o.value(u"createdAt"_s));
    m.updatedAt = parseTime(o.value(u"updatedAt"_s));
    m.lastLogin = parseTime(o.value(u"lastLogin"_s));
    const auto state = heartbeatStateFromName(o.value(u"accountStatus"_s).toString());
    if (m.id.isEmpty() || m.email.isEmpty() || !state) {
        *error = u"heartbeat member %1 needs an id, an email and an accountStatus of pending, "
                 u"active or deactivated"_s.arg(m.email.isEmpty() ? m.id : m.email);
        return std::nullopt;
    }
    m.state = *state;
    return m;
}

QJsonObject forwardMemberToJson(const ForwardMember &m)
{
    return QJsonObject{
        {u"id"_s, m.id},
        {u"email"_s, m.email},
        {u"type"_s, m.type},
        {u"first_name"_s, m.firstName},
        {u"last_name"_s, m.lastName},
        {u"status"_s, m.status},
        {u"business_id"_s, m.businessId},
        {u"created_at"_s, isoTime(m.createdAt)},
        {u"updated_at"_s, isoTime(m.updatedAt)},
        {u"last_login_at"_s, isoTime(m.lastLoginAt)},
    };
}

std::optional<ForwardMember> forwardMemberFromJson(const QJsonObject &o, QString *error)
{
    ForwardMember m;
    m.id = o.value(u"id"_s).toString();
    m.email = o.value(u"email"_s).toString();
    m.type = o.value(u"type"_s).toString(u"BUSINESS"_s);
    m.firstName = o.value(u"first_name"_s).toString();
    m.lastName = o.value(u"last_name"_s).toString();
    m.status = o.value(u"status"_s).toString(u"ACTIVE"_s).toUpper();
    m.businessId = o.value(u"business_id"_s).toString();
    m.createdAt = parseTime(o.value(u"created_at"_s));
    m.updatedAt = parseTime(o.value(u"updated_at"_s));
    m.lastLoginAt = parseTime(o.value(u"last_login_at"_s));
    if (m.id.isEmpty() || m.email.isEmpty() || (m.status != u"ACTIVE" && m.status != u"INACTIVE")) {
        *error =
            u"forward member %1 needs an id, an email and a status of ACTIVE or INACTIVE"_s.arg(
                m.email.isEmpty() ? m.id : m.email);
        return std::nullopt;
    }
    return m;
}

QJsonObject beamMemberToJson(const BeamMember &m)
{
    return QJsonObject{
        {u"id"_s, m.id},
        {u"email"_s, m.email},
        {u"verified"_s, m.verified},
        {u"firstName"_s, m.firstName},
        {u"lastName"_s, m.lastName},
        {u"slug"_s, m.slug},
        {u"createdAt"_s, isoTime(m.createdAt)},
        {u"updatedAt"_s, isoTime(m.updatedAt)},
    };
}

std::optional<BeamMember> beamMemberFromJson(const QJsonObject &o, QString *error)
{
    BeamMember m;
    m.id = o.value(u"id"_s).toInteger();
    m.email = o.value(u"email"_s).toString();
    m.verified = o.value(u"verified"_s).toBool();
    m.firstName = o.value(u"firstName"_s).toString();
    m.lastName = o.value(u"lastName"_s).toString();
    m.slug = o.value(u"slug"_s).toString();
    m.createdAt = parseTime(o.value(u"createdAt"_s));
    m.updatedAt = parseTime(o.value(u"updatedAt"_s));
    if (m.id <= 0 || m.email.isEmpty()) {
        *error = u"beam member %1 needs a positive numeric id and an email"_s.arg(m.email);
        return std::nullopt;
    }
    return m;
}

// The compact forms of heartbeatMemberToJson() and the others, written directly: keys sorted as
// QJsonObject keeps them.
void appendHeartbeatMember(const HeartbeatMember &m, QByteArray &out)
{
    using namespace CompactJson;
    out.append('{');
    appendKey(out, "accountStatus", true);
    appendString(out, heartbeatStateName(m.state));
    appendKey(out, "bio");
    appendString(out, m.bio);
    appendKey(out, "createdAt");
    appendIsoTime(out, m.createdAt);
    appendKey(out, "email");
    appendString(out, m.email);
    appendKey(out, "everActive");
    appendBool(out, m.everActive);
    appendKey(out, "groupIDs");
    out.append('[');
    for (qsizetype i = 0; i < m.groupIds.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendString(out, m.groupIds[i]);
    }
    out.append(']');
    appendKey(out, "id");
    appendString(out, m.id);
    appendKey(out, "instagram");
    appendString(out, m.instagram);
    appendKey(out, "introductionThread");
    appendBool(out, m.introductionThread);
    appendKey(out, "lastLogin");
    appendIsoTimeOrNull(out, m.lastLogin);
    appendKey(out, "linkedin");
    appendString(out, m.linkedin);
    appendKey(out, "name");
    appendString(out, m.name);
    appendKey(out, "profilePicture");
    out.append('"');
    out.append(m.profilePicture.toBase64());
    out.append('"');
    appendKey(out, "roleID");
    appendString(out, m.roleId);
    appendKey(out, "status");
    appendString(out, m.status);
    appendKey(out, "twitter");
    appendString(out, m.twitter);
    appendKey(out, "updatedAt");
    appendIsoTime(out, m.updatedAt);
    out.append('}');
}

void appendForwardMember(const ForwardMember &m, QByteArray &out)
{
    using namespace CompactJson;
    out.append('{');
    appendKey(out, "business_id", true);
    appendString(out, m.businessId);
    appendKey(out, "created_at");
    appendIsoTime(out, m.createdAt);
    appendKey(out, "email");
    appendString(out, m.email);
    appendKey(out, "first_name");
    appendString(out, m.firstName);
    appendKey(out, "id");
    appendString(out, m.id);
    appendKey(out, "last_login_at");
    appendIsoTime(out, m.lastLoginAt);
    appendKey(out, "last_name");
    appendString(out, m.lastName);
    appendKey(out, "status");
    appendString(out, m.status);
    appendKey(out, "type");
    appendString(out, m.type);
    appendKey(out, "updated_at");
    appendIsoTime(out, m.updatedAt);
    out.append('}');
}

void appendBeamMember(const BeamMember &m, QByteArray &out)
{
    using namespace CompactJson;
    out.append('{');
    appendKey(out, "createdAt", true);
    appendIsoTime(out, m.createdAt);
    appendKey(out, "email");
    appendString(out, m.email);
    appendKey(out, "firstName");
    appendString(out, m.firstName);
    appendKey(out, "id");
    out.append(QByteArray::number(m.id));
    appendKey(out, "lastName");
    appendString(out, m.lastName);
    appendKey(out, "slug");
    appendString(out, m.slug);
    appendKey(out, "updatedAt");
    appendIsoTime(out, m.updatedAt);
    appendKey(out, "verified");
    appendBool(out, m.verified);
    out.append('}');
}

template <typename Member, typename FromJson>
bool loadMembers(const QJsonValue &array, MemberTable<Member> &table, FromJson fromJson,
                 QString *error)
{
    const QJsonArray items = array.toArray();
    table.reserve(items.size());
    for (const QJsonValue &item : items) {
        std::optional<Member> member = fromJson(item.toObject(), error);
        if (!member)
            return false;
        member->email = member->email.trimmed().toLower();
        if (table.byId(member->idKey()) || table.byEmail(member->email)) {
            *error = u"duplicate member id or email: %1"_s.arg(member->email);
            return false;
        }
        table.insert(std::move(*member));
    }
    return true;
}

template <typename Member, typename ToJson>
QJsonArray membersToJson(const MemberTable<Member> &table, ToJson toJson)
{
    QJsonArray array;
    for (const Member &member : table.rows())
        array.append(toJson(member));
    return array;
}

QString asciiSlugPart(const QString &text)
{
    QString slug;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            slug.append(c.toLower());
        else if ((c.isSpace() || c == u'-') && !slug.isEmpty() && !slug.endsWith(u'-'))
            slug.append(u'-');
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}
} // namespace

QString heartbeatStateName(HeartbeatMember::State state)
{
    switch (state) {
    case HeartbeatMember::State::Pending:
        return u"pending"_s;
    case HeartbeatMember::State::Active:
        return u"active"_s;
    case HeartbeatMember::State::Deactivated:
        return u"deactivated"_s;
    }
    return {};
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

const HeartbeatRole *SandboxState::heartbeatRole(const QString &id) const
{
    for (const HeartbeatRole &role : heartbeatRoles) {
        if (role.id == id)
            return &role;
    }
    return nullptr;
}

const HeartbeatGroup *SandboxState::heartbeatGroup(const QString &id) const
{
    for (const HeartbeatGroup &group : heartbeatGroups) {
        if (group.id == id)
            return &group;
    }
    return nullptr;
}

bool SandboxState::isHeartbeatParentGroup(const QString &id) const
{
    return std::any_of(heartbeatGroups.cbegin(), heartbeatGroups.cend(),
                       [&id](const HeartbeatGroup &group) { return group.parentGroupId == id; });
}

QStringList SandboxState::heartbeatSiblingGroupIds(const QString &id) const
{
    const HeartbeatGroup *group = heartbeatGroup(id);
    QStringList siblings;
    if (!group || group->parentGroupId.isEmpty())
        return siblings;
    for (const HeartbeatGroup &other : heartbeatGroups) {
        if (other.parentGroupId == group->parentGroupId && other.id != id)
            siblings.append(other.id);
    }
    return siblings;
}

QString SandboxState::beamSlugBase(const QString &firstName, const QString &lastName)
{
    const QString slug = asciiSlugPart(firstName + u' ' + lastName);
    return slug.isEmpty() ? u"member"_s : slug;
}

QString SandboxState::claimBeamSlug(const QString &firstName, const QString &lastName, qint64 id)
{
    return claimBeamSlug(beamSlugBase(firstName, lastName), id);
}

QString SandboxState::claimBeamSlug(const QString &baseSlug, qint64 id)
{
    QString slug = baseSlug;
    if (beamSlugs.contains(slug))
        slug += u'-' + QString::number(id);
    beamSlugs.insert(slug);
    return slug;
}

QJsonArray SandboxState::rolesJson() const
{
    QJsonArray roles;
    for (const HeartbeatRole &role : heartbeatRoles)
        roles.append(
            QJsonObject{{u"id"_s, role.id}, {u"name"_s, role.name}, {u"isAdmin"_s, role.isAdmin}});
    return roles;
}

QJsonArray SandboxState::groupsJson() const
{
    QJsonArray groups;
    for (const HeartbeatGroup &group : heartbeatGroups)
        groups.append(QJsonObject{{u"id"_s, group.id},
                                  {u"name"_s, group.name},
                                  {u"description"_s, group.description},
                                  {u"parentGroupID"_s, textOrNull(group.parentGroupId)}});
    return groups;
}

QJsonObject SandboxState::toJson() const
{
    return QJsonObject{
        {u"version"_s, StateFormatVersion},
        {u"heartbeat"_s,
         QJsonObject{{u"roles"_s, rolesJson()},
                     {u"groups"_s, groupsJson()},
                     {u"members"_s, membersToJson(heartbeat, heartbeatMemberToJson)}}},
        {u"forward"_s, QJsonObject{{u"businessId"_s, forwardBusinessId},
                                   {u"members"_s, membersToJson(forward, forwardMemberToJson)}}},
        {u"beam"_s, QJsonObject{{u"nextId"_s, beamNextId},
                                {u"members"_s, membersToJson(beam, beamMemberToJson)}}},
    };
}

// The keys in QJsonObject's order (sorted), each member written on its own.
std::shared_ptr<BodyStream> SandboxState::toJsonStream() const
{
    const auto snapshot = std::make_shared<const SandboxState>(*this);
    auto members = [snapshot](const auto &table, auto append) {
        return [snapshot, &table, append](qsizetype index, QByteArray &out) {
            append(table.rows()[index], out);
        };
    };
    auto compact = [](const QJsonArray &array) {
        return QJsonDocument(array).toJson(QJsonDocument::Compact);
    };
    auto body = std::make_shared<BodyStream>();
    body->addText(QByteArrayLiteral("{\"beam\":{\"members\":"));
    body->addArray(snapshot->beam.size(), members(snapshot->beam, appendBeamMember));
    QByteArray text = ",\"nextId\":" + QByteArray::number(snapshot->beamNextId) +
                      "},\"forward\":{\"businessId\":";
    CompactJson::appendString(text, snapshot->forwardBusinessId);
    text.append(",\"members\":");
    body->addText(text);
    body->addArray(snapshot->forward.size(), members(snapshot->forward, appendForwardMember));
    body->addText("},\"heartbeat\":{\"groups\":" + compact(snapshot->groupsJson()) +
                  ",\"members\":");
    body->addArray(snapshot->heartbeat.size(), members(snapshot->heartbeat, appendHeartbeatMember));
    body->addText(",\"roles\":" + compact(snapshot->rolesJson()) +
                  "},\"version\":" + QByteArray::number(StateFormatVersion) + '}');
    return body;
}

std::optional<SandboxState> SandboxState::fromJson(const QJsonObject &json, QString *error)
{
    const int version = json.value(u"version"_s).toInt();
    if (version < OldestReadableVersion || version > StateFormatVersion) {
        *error = u"unsupported state format version %1 (expected %2 to %3)"_s.arg(
            QString::number(version), QString::number(OldestReadableVersion),
            QString::number(StateFormatVersion));
        return std::nullopt;
    }
    SandboxState state;
    const QJsonObject heartbeat = json.value(u"heartbeat"_s).toObject();
    for (const QJsonValue &role : heartbeat.value(u"roles"_s).toArray())
        state.heartbeatRoles.append(HeartbeatRole{
            role[u"id"_s].toString(), role[u"name"_s].toString(), role[u"isAdmin"_s].toBool()});
    for (const QJsonValue &group : heartbeat.value(u"groups"_s).toArray())
        state.heartbeatGroups.append(HeartbeatGroup{
            group[u"id"_s].toString(), group[u"name"_s].toString(),
            group[u"description"_s].toString(), group[u"parentGroupID"_s].toString()});
    const QJsonObject forward = json.value(u"forward"_s).toObject();
    state.forwardBusinessId = forward.value(u"businessId"_s).toString();
    const QJsonObject beam = json.value(u"beam"_s).toObject();
    state.beamNextId = beam.value(u"nextId"_s).toInteger(1001);

    if (!loadMembers(heartbeat.value(u"members"_s), state.heartbeat, heartbeatMemberFromJson,
                     error) ||
        !loadMembers(forward.value(u"members"_s), state.forward, forwardMemberFromJson, error) ||
        !loadMembers(beam.value(u"members"_s), state.beam, beamMemberFromJson, error))
        return std::nullopt;
    for (const BeamMember &member : state.beam.rows()) {
        state.beamSlugs.insert(member.slug);
        state.beamNextId = std::max(state.beamNextId, member.id + 1);
    }
    return state;
}

SandboxState SandboxState::withDefaults()
{
    SandboxState state;
    state.heartbeatRoles = {
        {u"role_admin"_s, u"Admin"_s, true},
        {u"role_moderator"_s, u"Moderator"_s, false},
        {u"role_member"_s, u"Member"_s, false},
        {u"role_guest"_s, u"Guest"_s, false},
    };
    state.heartbeatGroups = {
        {u"grp_welcome"_s, u"Welcome"_s, u"Say hello and introduce yourself"_s, {}},
        {u"grp_feedback"_s, u"Product feedback"_s, u"Ideas and bug reports"_s, {}},
        {u"grp_mentors"_s, u"Mentors"_s, u"Members who volunteer as mentors"_s, {}},
        {u"grp_chapters"_s, u"Local chapters"_s, u"The city chapters"_s, {}},
        {u"grp_berlin"_s, u"Berlin chapter"_s, u"Meet-ups in Berlin"_s, u"grp_chapters"_s},
        {u"grp_saopaulo"_s, u"São Paulo chapter"_s, u"Encontros em São Paulo"_s, u"grp_chapters"_s},
        {u"grp_tokyo"_s, u"Tokyo chapter"_s, u"東京のミートアップ"_s, u"grp_chapters"_s},
    };
    state.forwardBusinessId = u"biz_sandbox"_s;
    return state;
}
