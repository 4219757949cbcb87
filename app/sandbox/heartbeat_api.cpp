#include "heartbeat_api.h"

#include "json_fields.h"
#include "link_registry.h"

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

// Reads the optional profile fields of a create or update body into `member`.
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

QString emailFromForm(const ApiRequest &request)
{
    if (request.header("content-type").contains("json")) {
        QString ignored;
        const auto object = JsonBody::parse(request.body, &ignored);
        return object ? object->value(u"email"_s).toString() : QString();
    }
    // In a form body '+' is a space and a real plus arrives as %2B: replace before decoding.
    QByteArray body = request.body;
    const QUrlQuery form(QString::fromUtf8(body.replace('+', "%20")));
    return form.queryItemValue(u"email"_s, QUrl::FullyDecoded).trimmed();
}
} // namespace

HeartbeatApi::HeartbeatApi(const Context &context) : ProviderApi(u"heartbeat"_s, context)
{
    m_routes.add("GET", u"/v0/users"_s, Access::ApiKey,
                 [this](const ApiRequest &, const QStringList &) { return listUsers(); });
    m_routes.add("GET", u"/v0/users/{userID}"_s, Access::ApiKey,
                 [this](const ApiRequest &, const QStringList &p) { return getUser(p.at(0)); });
    m_routes.add("GET", u"/v0/find/users"_s, Access::ApiKey,
                 [this](const ApiRequest &r, const QStringList &) { return findUsers(r); });
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
    m_routes.add("GET", u"/v0/groups"_s, Access::ApiKey,
                 [this](const ApiRequest &, const QStringList &) { return listGroups(); });

    m_routes.add("GET", u"/community"_s, Access::Public,
                 [this](const ApiRequest &, const QStringList &) { return communityPage(); });
    m_routes.add("POST", u"/community/magic-link"_s, Access::Public,
                 [this](const ApiRequest &r, const QStringList &) { return requestMagicLink(r); });
    m_routes.add("GET", u"/community/magic-link"_s, Access::Public,
                 [this](const ApiRequest &r, const QStringList &) { return openMagicLink(r); });
    m_routes.add("GET", u"/avatars/{userID}"_s, Access::Public,
                 [this](const ApiRequest &, const QStringList &p) { return avatar(p.at(0)); });
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

QJsonObject HeartbeatApi::userJson(const HeartbeatMember &member) const
{
    const HeartbeatRole *role = state().heartbeatRole(member.roleId);
    QJsonArray groups;
    for (const QString &groupId : member.groupIds) {
        if (const HeartbeatGroup *group = state().heartbeatGroup(groupId))
            groups.append(QJsonObject{{u"id"_s, group->id}, {u"name"_s, group->name}});
    }
    return QJsonObject{
        {u"id"_s, member.id},
        {u"email"_s, member.email},
        {u"name"_s, member.name},
        {u"role"_s, role ? QJsonValue(QJsonObject{{u"id"_s, role->id}, {u"name"_s, role->name}})
                         : QJsonValue(QJsonValue::Null)},
        {u"isAdmin"_s, role && role->isAdmin},
        {u"groups"_s, groups},
        {u"bio"_s, member.bio},
        {u"avatar"_s,
         member.profilePicture.isEmpty() ? QString() : publicUrl(u"/avatars/"_s + member.id)},
        {u"status"_s, member.status},
        {u"linkedin"_s, member.linkedin},
        {u"twitter"_s, member.twitter},
        {u"instagram"_s, member.instagram},
        {u"accountStatus"_s, heartbeatStateName(member.state)},
    };
}

ApiResponse HeartbeatApi::listUsers() const
{
    QJsonArray users;
    for (const HeartbeatMember &member : state().heartbeat.rows())
        users.append(userJson(member));
    return ApiResponse::json(200, users);
}

ApiResponse HeartbeatApi::getUser(const QString &id) const
{
    const HeartbeatMember *member = state().heartbeat.byId(id);
    if (!member)
        return error(404, u"User %1 not found"_s.arg(id));
    return ApiResponse::json(200, userJson(*member));
}

ApiResponse HeartbeatApi::findUsers(const ApiRequest &request) const
{
    const QString email = request.query.queryItemValue(u"email"_s, QUrl::FullyDecoded).trimmed();
    if (email.isEmpty())
        return error(400, u"email query parameter is required"_s);
    QJsonArray users;
    if (const HeartbeatMember *member = state().heartbeat.byEmail(normalizedEmail(email)))
        users.append(userJson(*member));
    return ApiResponse::json(200, users);
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
    member.createdAt = member.updatedAt = QDateTime::currentDateTimeUtc();
    state().heartbeat.insert(std::move(member));
    markChanged();
    return ApiResponse::json(200, QJsonObject{});
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
    return ApiResponse::json(200, QJsonObject{});
}

HeartbeatMember *HeartbeatApi::memberForEmailBody(const ApiRequest &request, ApiResponse *failure)
{
    FieldReader fields(request.json);
    const QString email = fields.requiredEmail(u"email"_s);
    if (!fields.ok()) {
        *failure = error(400, fields.message());
        return nullptr;
    }
    HeartbeatMember *member = state().heartbeat.byEmail(email);
    if (!member)
        *failure = error(404, u"User with email %1 not found"_s.arg(email));
    return member;
}

ApiResponse HeartbeatApi::updateUser(const ApiRequest &request)
{
    ApiResponse failure;
    HeartbeatMember *member = memberForEmailBody(request, &failure);
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
    return ApiResponse::json(200, QJsonObject{});
}

ApiResponse HeartbeatApi::deactivateUser(const ApiRequest &request)
{
    ApiResponse failure;
    HeartbeatMember *member = memberForEmailBody(request, &failure);
    if (!member)
        return failure;
    if (member->state != HeartbeatMember::State::Deactivated) {
        member->state = HeartbeatMember::State::Deactivated;
        member->updatedAt = QDateTime::currentDateTimeUtc();
        markChanged();
    }
    return ApiResponse::json(200, QJsonObject{});
}

ApiResponse HeartbeatApi::reactivateUser(const ApiRequest &request)
{
    ApiResponse failure;
    HeartbeatMember *member = memberForEmailBody(request, &failure);
    if (!member)
        return failure;
    if (member->state == HeartbeatMember::State::Deactivated) {
        // A pending member deactivated before their first login is pending again.
        member->state =
            member->everActive ? HeartbeatMember::State::Active : HeartbeatMember::State::Pending;
        member->updatedAt = QDateTime::currentDateTimeUtc();
        markChanged();
    }
    return ApiResponse::json(200, QJsonObject{});
}

ApiResponse HeartbeatApi::listRoles() const
{
    QJsonArray roles;
    for (const HeartbeatRole &role : state().heartbeatRoles)
        roles.append(QJsonObject{{u"id"_s, role.id}, {u"name"_s, role.name}});
    return ApiResponse::json(200, roles);
}

ApiResponse HeartbeatApi::listGroups() const
{
    QJsonArray groups;
    for (const HeartbeatGroup &group : state().heartbeatGroups)
        groups.append(QJsonObject{
            {u"id"_s, group.id}, {u"name"_s, group.name}, {u"description"_s, group.description}});
    return ApiResponse::json(200, groups);
}

ApiResponse HeartbeatApi::communityPage() const
{
    return ApiResponse::html(200, u"Sign in to the community"_s,
                             u"<p>Enter your email and we will send you a magic link.</p>\n"
                             u"<form method=\"post\" action=\"%1\">"
                             u"<label>Email <input type=\"email\" name=\"email\" required></label> "
                             u"<button type=\"submit\">Send magic link</button></form>"_s.arg(
                                 publicUrl(u"/community/magic-link"_s)));
}

ApiResponse HeartbeatApi::requestMagicLink(const ApiRequest &request)
{
    const bool wantsJson = request.header("accept").contains("application/json");
    auto answer = [wantsJson](int status, const QString &message, const QString &link = {}) {
        if (wantsJson) {
            QJsonObject json{{u"message"_s, message}};
            if (!link.isEmpty())
                json.insert(u"magicLink"_s, link);
            return ApiResponse::json(status, json);
        }
        QString body = u"<p>%1</p>"_s.arg(message.toHtmlEscaped());
        if (!link.isEmpty())
            body += u"\n<p>Sandbox mailbox: <a id=\"magic-link\" href=\"%1\">%1</a></p>"_s.arg(
                link.toHtmlEscaped());
        return ApiResponse::html(status, u"Magic link"_s, body);
    };

    const QString email = normalizedEmail(emailFromForm(request));
    if (email.isEmpty())
        return answer(400, u"Please enter your email address."_s);
    const HeartbeatMember *member = state().heartbeat.byEmail(email);
    if (!member)
        return answer(404, u"There is no member with the email %1 in this community."_s.arg(email));
    if (member->state == HeartbeatMember::State::Deactivated)
        return answer(403, u"The account for %1 has been deactivated."_s.arg(email));
    const QString code = links().issue(name(), member->id);
    return answer(200, u"We sent a magic link to %1."_s.arg(email),
                  publicUrl(u"/community/magic-link?code="_s + code));
}

ApiResponse HeartbeatApi::openMagicLink(const ApiRequest &request)
{
    ApiResponse refusal;
    const std::optional<QString> memberId = redeemLink(request, u"code"_s, &refusal);
    HeartbeatMember *member = memberId ? state().heartbeat.byId(*memberId) : nullptr;
    if (!member)
        return refusal;
    if (member->state == HeartbeatMember::State::Deactivated)
        return ApiResponse::html(403, u"Account deactivated"_s,
                                 u"<p>This account has been deactivated.</p>"_s);
    member->everActive = true;
    if (member->state == HeartbeatMember::State::Pending) {
        member->state = HeartbeatMember::State::Active;
        member->updatedAt = QDateTime::currentDateTimeUtc();
    }
    markChanged();
    return ApiResponse::html(200, u"Welcome"_s,
                             u"<p>Signed in as %1.</p>"_s.arg(member->name.toHtmlEscaped()));
}

ApiResponse HeartbeatApi::avatar(const QString &id) const
{
    const HeartbeatMember *member = state().heartbeat.byId(id);
    if (!member || member->profilePicture.isEmpty())
        return error(404, u"No avatar"_s);
    ApiResponse response;
    response.contentType = QByteArrayLiteral("application/octet-stream");
    response.body = member->profilePicture;
    return response;
}
