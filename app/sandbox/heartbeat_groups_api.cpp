// HeartbeatApi's groups: listing them with their members, and adding and removing members.
#include "heartbeat_api.h"
#include "heartbeat_user_json.h"
#include "json_fields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using Access = RouteTable::Access;
using Input = RouteTable::Input;

namespace {
QJsonObject groupJson(const HeartbeatGroup &group, const QJsonArray &users)
{
    return QJsonObject{
        {u"id"_s, group.id},
        {u"name"_s, group.name},
        {u"archived"_s, false},
        {u"parentGroupID"_s, group.parentGroupId.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                           : QJsonValue(group.parentGroupId)},
        {u"users"_s, users},
    };
}

ApiResponse groupNotFound()
{
    return ApiResponse::json(
        404, QJsonObject{{u"error"_s, true}, {u"message"_s, u"Could not find group"_s}});
}
} // namespace

void HeartbeatApi::addGroupRoutes()
{
    m_routes.add("GET", u"/v0/groups"_s, Access::ApiKey,
                 [this](const ApiRequest &, const QStringList &) { return listGroups(); });
    m_routes.add("GET", u"/v0/groups/{groupID}"_s, Access::ApiKey,
                 [this](const ApiRequest &, const QStringList &p) { return getGroup(p.at(0)); });
    m_routes.add(
        "PUT", u"/v0/groups/{groupID}/memberships"_s, Access::ApiKey, Input::JsonObject,
        [this](const ApiRequest &r, const QStringList &p) { return addMemberships(r, p.at(0)); });
    m_routes.add("DELETE", u"/v0/groups/{groupID}/memberships"_s, Access::ApiKey, Input::JsonObject,
                 [this](const ApiRequest &r, const QStringList &p) {
                     return removeMemberships(r, p.at(0));
                 });
}

ApiResponse HeartbeatApi::listGroups() const
{
    QHash<QString, QJsonArray> usersByGroup;
    for (const HeartbeatMember &member : state().heartbeat.rows()) {
        if (!isListed(member))
            continue;
        for (const QString &groupId : member.groupIds)
            usersByGroup[groupId].append(HeartbeatUserJson::groupMember(member));
    }
    QJsonArray groups;
    for (const HeartbeatGroup &group : state().heartbeatGroups)
        groups.append(groupJson(group, usersByGroup.value(group.id)));
    return ApiResponse::json(200, groups);
}

ApiResponse HeartbeatApi::getGroup(const QString &id) const
{
    const HeartbeatGroup *group = state().heartbeatGroup(id);
    if (!group)
        return groupNotFound();
    QJsonArray users;
    for (const HeartbeatMember &member : state().heartbeat.rows()) {
        if (isListed(member) && member.groupIds.contains(id))
            users.append(HeartbeatUserJson::groupMember(member));
    }
    return ApiResponse::json(200, groupJson(*group, users));
}

ApiResponse HeartbeatApi::addMemberships(const ApiRequest &request, const QString &groupId)
{
    if (!state().heartbeatGroup(groupId))
        return groupNotFound();
    FieldReader fields(request.json);
    const QStringList emails = fields.requiredStringList(u"emails"_s);
    const bool leaveSiblings =
        fields.optionalBool(u"shouldRemoveFromSiblingGroups"_s).value_or(false);
    if (!fields.ok())
        return error(400, fields.message());

    const QStringList siblings =
        leaveSiblings ? state().heartbeatSiblingGroupIds(groupId) : QStringList();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool changed = false;
    for (const QString &email : emails) {
        // Live: an address that is no member is skipped without a word.
        HeartbeatMember *member = state().heartbeat.byEmail(normalizedEmail(email));
        if (!member)
            continue;
        const QStringList before = member->groupIds;
        if (!member->groupIds.contains(groupId))
            member->groupIds.append(groupId);
        for (const QString &sibling : siblings)
            member->groupIds.removeAll(sibling);
        if (member->groupIds != before) {
            member->updatedAt = now;
            changed = true;
        }
    }
    if (changed)
        markChanged();
    return success();
}

ApiResponse HeartbeatApi::removeMemberships(const ApiRequest &request, const QString &groupId)
{
    if (!state().heartbeatGroup(groupId))
        return groupNotFound();
    FieldReader fields(request.json);
    const QStringList emails = fields.requiredStringList(u"emails"_s);
    if (!fields.ok())
        return error(400, fields.message());

    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool changed = false;
    for (const QString &email : emails) {
        HeartbeatMember *member = state().heartbeat.byEmail(normalizedEmail(email));
        if (member && member->groupIds.removeAll(groupId) > 0) {
            member->updatedAt = now;
            changed = true;
        }
    }
    if (changed)
        markChanged();
    return success();
}
