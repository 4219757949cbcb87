#include "heartbeat_api.h"

#include "body_stream.h"
#include "heartbeat_user_json.h"
#include "json_fields.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;
using Access = RouteTable::Access;
using Input = RouteTable::Input;

namespace {
// The documented optional text fields that both creation and update accept.
const QStringList ProfileTextFields = {u"bio"_s, u"status"_s, u"linkedin"_s, u"twitter"_s,
                                       u"instagram"_s};

QString *profileField(HeartbeatMember &member, const QString &name)
{
    if (name == u"bio")
        return &member.bio;
    if (name == u"status")
        return &member.status;
    if (name == u"linkedin")
        return &member.linkedin;
    if (name == u"twitter")
        return &member.twitter;
    if (name == u"instagram")
        return &member.instagram;
    return nullptr;
}

// Reads the optional profile fields of a create or update body into `member`; an empty string
// clears a field.
bool readProfile(FieldReader &fields, HeartbeatMember &member)
{
    for (const QString &name : ProfileTextFields) {
        if (const std::optional<QString> value = fields.optionalString(name))
            *profileField(member, name) = *value;
    }
    if (const std::optional<QByteArray> picture = fields.optionalBase64(u"profilePicture"_s))
        member.profilePicture = *picture;
    return fields.ok();
}

// Live for DELETE /users: this 404 carries no "error" key; reactivation is guessed to match.
ApiResponse accountChangeUserNotFound()
{
    return ApiResponse::json(404, QJsonObject{{u"message"_s, u"Could not find user"_s}});
}

ApiResponse validationError(const QString &message)
{
    return ApiResponse::json(
        400, QJsonObject{{u"code"_s, u"VALIDATION_ERROR"_s}, {u"message"_s, message}});
}
} // namespace

HeartbeatApi::HeartbeatApi(const Context &context, bool listsInactiveMembers)
    : ProviderApi(u"heartbeat"_s, context), m_listsInactiveMembers(listsInactiveMembers)
{
    addUserRoutes();
    addGroupRoutes();
    addCommunityRoutes();
}

void HeartbeatApi::addUserRoutes()
{
    m_routes.add("GET", u"/v0/users"_s, Access::ApiKey,
                 [this](const ApiRequest &, const QStringList &) { return listUsers(); });
    m_routes.add("GET", u"/v0/users/{userID}"_s, Access::ApiKey,
                 [this](const ApiRequest &, const QStringList &p) { return getUser(p.at(0)); });
    m_routes.add("GET", u"/v0/find/users"_s, Access::ApiKey,
                 [this](const ApiRequest &r, const QStringList &) { return findUser(r); });
    m_routes.add("PUT", u"/v0/users"_s, Access::ApiKey, Input::JsonObject,
                 [this](const ApiRequest &r, const QStringList &) { return createUser(r); });
    m_routes.add("PUT", u"/v0/pendingUser"_s, Access::ApiKey, Input::JsonObject,
                 [this](const ApiRequest &r, const QStringList &) { return createPendingUser(r); });
    m_routes.add("POST", u"/v0/users"_s, Access::ApiKey, Input::JsonObject,
                 [this](const ApiRequest &r, const QStringList &) { return updateUser(r); });
    m_routes.add("DELETE", u"/v0/users"_s, Access::ApiKey, Input::JsonObject,
                 [this](const ApiRequest &r, const QStringList &) { return deactivateUser(r); });
    m_routes.add("POST", u"/v0/users/reactivate"_s, Access::ApiKey, Input::JsonObject,
                 [this](const ApiRequest &r, const QStringList &) { return reactivateUser(r); });
    m_routes.add("GET", u"/v0/roles"_s, Access::ApiKey,
                 [this](const ApiRequest &, const QStringList &) { return listRoles(); });
}

QByteArray HeartbeatApi::presentedKey(const ApiRequest &request) const
{
    return bearerToken(request);
}

QString HeartbeatApi::unauthorizedMessage(const ApiRequest &) const
{
    return u"Invalid API Key"_s;
}

ApiResponse HeartbeatApi::error(int status, const QString &message) const
{
    return ApiResponse::json(status, QJsonObject{{u"error"_s, true}, {u"message"_s, message}});
}

ApiResponse HeartbeatApi::userNotFound() const
{
    return error(404, u"Could not find user"_s);
}

ApiResponse HeartbeatApi::success()
{
    return ApiResponse::json(200, QJsonObject{{u"success"_s, true}});
}

HeartbeatUserJson HeartbeatApi::userJson() const
{
    return HeartbeatUserJson(state(), publicUrl(u"/avatars/"_s));
}

bool HeartbeatApi::isListed(const HeartbeatMember &member) const
{
    return m_listsInactiveMembers || member.state == HeartbeatMember::State::Active;
}

// A bare array of every member, however many: streamed from a snapshot of the state (its
// containers are shared, not copied, until a write changes the live state).
ApiResponse HeartbeatApi::listUsers() const
{
    auto snapshot = std::make_shared<const SandboxState>(state());
    auto json = std::make_shared<const HeartbeatUserJson>(*snapshot, publicUrl(u"/avatars/"_s));
    QList<qsizetype> listed;
    if (!m_listsInactiveMembers) {
        const QList<HeartbeatMember> &rows = snapshot->heartbeat.rows();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (isListed(rows[i]))
                listed.append(i);
        }
    }
    const qsizetype count = m_listsInactiveMembers ? snapshot->heartbeat.size() : listed.size();
    auto body = std::make_shared<BodyStream>();
    body->addArray(count, [snapshot, json, listed](qsizetype index, QByteArray &out) {
        const qsizetype row = listed.isEmpty() ? index : listed[index];
        json->appendCompact(snapshot->heartbeat.rows()[row], out);
    });
    return ApiResponse::streamed(200, std::move(body));
}

ApiResponse HeartbeatApi::getUser(const QString &id) const
{
    const HeartbeatMember *member = state().heartbeat.byId(id);
    if (!member)
        return userNotFound();
    return ApiResponse::json(200, userJson().user(*member));
}

ApiResponse HeartbeatApi::findUser(const ApiRequest &request) const
{
    const QString email = request.query.queryItemValue(u"email"_s, QUrl::FullyDecoded).trimmed();
    if (email.isEmpty())
        return error(400, u"email query parameter is required"_s);
    const HeartbeatMember *member = state().heartbeat.byEmail(normalizedEmail(email));
    if (!member)
        return userNotFound();
    return ApiResponse::json(200, userJson().user(*member));
}

bool HeartbeatApi::validRoleAndGroups(const QString &roleId, const QStringList &groupIds,
                                      ApiResponse *failure) const
{
    if (!state().heartbeatRole(roleId)) {
        *failure = error(400, u"roleID %1 is not a role of this community"_s.arg(roleId));
        return false;
    }
    for (const QString &groupId : groupIds) {
        if (!state().heartbeatGroup(groupId)) {
            *failure = error(400, u"groupIDs: %1 is not a group of this community"_s.arg(groupId));
            return false;
        }
    }
    return true;
}

ApiResponse HeartbeatApi::createUser(const ApiRequest &request)
{
    FieldReader fields(request.json);
    HeartbeatMember member;
    member.email = fields.requiredEmail(u"email"_s);
    member.name = fields.requiredString(u"name"_s);
    member.roleId = fields.requiredString(u"roleID"_s);
    member.groupIds = fields.optionalStringList(u"groupIDs"_s).value_or(QStringList());
    const bool introduce = fields.optionalBool(u"createIntroductionThread"_s).value_or(false);
    if (!readProfile(fields, member))
        return error(400, fields.message());
    ApiResponse failure;
    if (!validRoleAndGroups(member.roleId, member.groupIds, &failure))
        return failure;
    if (state().heartbeat.byEmail(member.email))
        return error(409, u"A user with email %1 already exists"_s.arg(member.email));

    member.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    member.state = HeartbeatMember::State::Active;
    member.everActive = true;
    member.introductionThread = introduce && !member.bio.isEmpty();
    member.createdAt = member.updatedAt = QDateTime::currentDateTimeUtc();
    const HeartbeatMember &created = state().heartbeat.insert(std::move(member));
    markChanged();
    return ApiResponse::json(200, QJsonObject{{u"userID"_s, created.id}});
}

ApiResponse HeartbeatApi::createPendingUser(const ApiRequest &request)
{
    FieldReader fields(request.json);
    const QString email = fields.requiredEmail(u"email"_s);
    const QString name = fields.requiredString(u"name"_s);
    const QString roleId = fields.requiredString(u"roleID"_s);
    const std::optional<QStringList> groupIds = fields.optionalStringList(u"groupIDs"_s);
    const std::optional<QString> bio = fields.optionalString(u"bio"_s);
    const std::optional<QByteArray> picture = fields.optionalBase64(u"profilePicture"_s);
    if (!fields.ok())
        return error(400, fields.message());
    ApiResponse failure;
    if (!validRoleAndGroups(roleId, groupIds.value_or(QStringList()), &failure))
        return failure;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    HeartbeatMember *existing = state().heartbeat.byEmail(email);
    if (existing && existing->state != HeartbeatMember::State::Pending)
        return error(409, u"User with email %1 is already a member of this community"_s.arg(email));
    HeartbeatMember *member = existing;
    if (!member) {
        HeartbeatMember fresh;
        fresh.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        fresh.email = email;
        fresh.state = HeartbeatMember::State::Pending;
        fresh.createdAt = now;
        member = &state().heartbeat.insert(std::move(fresh));
    }
    member->name = name;
    member->roleId = roleId;
    if (groupIds)
        member->groupIds = *groupIds;
    if (bio)
        member->bio = *bio;
    if (picture)
        member->profilePicture = *picture;
    member->updatedAt = now;
    markChanged();
    return success();
}

HeartbeatMember *HeartbeatApi::memberForEmailBody(const ApiRequest &request,
                                                  const ApiResponse &whenUnknown,
                                                  ApiResponse *failure)
{
    FieldReader fields(request.json);
    const QString email = fields.requiredEmail(u"email"_s);
    if (!fields.ok()) {
        *failure = error(400, fields.message());
        return nullptr;
    }
    HeartbeatMember *member = state().heartbeat.byEmail(email);
    if (!member)
        *failure = whenUnknown;
    return member;
}

ApiResponse HeartbeatApi::updateUser(const ApiRequest &request)
{
    ApiResponse failure;
    HeartbeatMember *member = memberForEmailBody(request, userNotFound(), &failure);
    if (!member)
        return failure;
    FieldReader fields(request.json);
    const std::optional<QString> name = fields.optionalNonEmptyString(u"name"_s);
    HeartbeatMember updated = *member;
    if (!readProfile(fields, updated))
        return error(400, fields.message());
    if (name)
        updated.name = *name;
    updated.updatedAt = QDateTime::currentDateTimeUtc();
    *member = std::move(updated);
    markChanged();
    return success();
}

ApiResponse HeartbeatApi::deactivateUser(const ApiRequest &request)
{
    ApiResponse failure;
    HeartbeatMember *member = memberForEmailBody(request, accountChangeUserNotFound(), &failure);
    if (!member)
        return failure;
    if (member->state != HeartbeatMember::State::Deactivated) {
        member->state = HeartbeatMember::State::Deactivated;
        member->updatedAt = QDateTime::currentDateTimeUtc();
        markChanged();
    }
    return success();
}

ApiResponse HeartbeatApi::reactivateUser(const ApiRequest &request)
{
    ApiResponse failure;
    HeartbeatMember *member = memberForEmailBody(request, accountChangeUserNotFound(), &failure);
    if (!member)
        return failure;
    if (member->state != HeartbeatMember::State::Deactivated)
        return validationError(u"This user is already active"_s);
    // A pending member deactivated before their first login is pending again.
    member->state =
        member->everActive ? HeartbeatMember::State::Active : HeartbeatMember::State::Pending;
    member->updatedAt = QDateTime::currentDateTimeUtc();
    markChanged();
    return success();
}

ApiResponse HeartbeatApi::listRoles() const
{
    QJsonArray roles;
    for (const HeartbeatRole &role : state().heartbeatRoles)
        roles.append(QJsonObject{{u"id"_s, role.id}, {u"name"_s, role.name}});
    return ApiResponse::json(200, roles);
}
