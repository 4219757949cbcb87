#pragma once

#include "provider_api.h"
#include "sandbox_state.h"

class HeartbeatUserJson;

// Heartbeat's API under /heartbeat/v0 and the community login page members use to get their
// magic link (Heartbeat issues no login links by API). The handlers of users and roles are in
// heartbeat_api.cpp, of groups in heartbeat_groups_api.cpp, of the community page and avatars in
// heartbeat_community_api.cpp.
class HeartbeatApi : public ProviderApi
{
public:
    // listsInactiveMembers: whether GET /v0/users (and a group's users) include pending and
    // deactivated members; the live behaviour is unknown.
    HeartbeatApi(const Context &context, bool listsInactiveMembers);

    QByteArray presentedKey(const ApiRequest &request) const override;
    QString unauthorizedMessage(const ApiRequest &request) const override;
    ApiResponse error(int status, const QString &message) const override;

private:
    void addUserRoutes();
    void addGroupRoutes();
    void addCommunityRoutes();

    ApiResponse listUsers() const;
    ApiResponse getUser(const QString &id) const;
    ApiResponse findUser(const ApiRequest &request) const;
    ApiResponse createUser(const ApiRequest &request);
    ApiResponse createPendingUser(const ApiRequest &request);
    ApiResponse updateUser(const ApiRequest &request);
    ApiResponse deactivateUser(const ApiRequest &request);
    ApiResponse reactivateUser(const ApiRequest &request);
    ApiResponse listRoles() const;

    ApiResponse listGroups() const;
    ApiResponse getGroup(const QString &id) const;
    ApiResponse addMemberships(const ApiRequest &request, const QString &groupId);
    ApiResponse removeMemberships(const ApiRequest &request, const QString &groupId);

    ApiResponse communityPage() const;
    ApiResponse requestMagicLink(const ApiRequest &request);
    ApiResponse openMagicLink(const ApiRequest &request);
    ApiResponse avatar(const QString &id) const;

    HeartbeatUserJson userJson() const;
    bool isListed(const HeartbeatMember &member) const;
    ApiResponse userNotFound() const;
    static ApiResponse success();
    HeartbeatMember *memberForEmailBody(const ApiRequest &request, const ApiResponse &whenUnknown,
                                        ApiResponse *failure);
    bool validRoleAndGroups(const QString &roleId, const QStringList &groupIds,
                            ApiResponse *failure) const;

    bool m_listsInactiveMembers;
};
