#pragma once

#include "provider_api.h"
#include "sandbox_state.h"

// Heartbeat's API under /heartbeat/v0 and the community login page members use to get their
// magic link (Heartbeat issues no login links by API).
class HeartbeatApi : public ProviderApi
{
public:
    explicit HeartbeatApi(const Context &context);

    QByteArray presentedKey(const ApiRequest &request) const override;
    QString unauthorizedMessage(const ApiRequest &request) const override;
    ApiResponse error(int status, const QString &message) const override;

private:
    ApiResponse listUsers() const;
    ApiResponse getUser(const QString &id) const;
    ApiResponse findUsers(const ApiRequest &request) const;
    ApiResponse createUser(const ApiRequest &request);
    ApiResponse createPendingUser(const ApiRequest &request);
    ApiResponse updateUser(const ApiRequest &request);
    ApiResponse deactivateUser(const ApiRequest &request);
    ApiResponse reactivateUser(const ApiRequest &request);
    ApiResponse listRoles() const;
    ApiResponse listGroups() const;

    ApiResponse communityPage() const;
    ApiResponse requestMagicLink(const ApiRequest &request);
    ApiResponse openMagicLink(const ApiRequest &request);
    ApiResponse avatar(const QString &id) const;

    QJsonObject userJson(const HeartbeatMember &member) const;
    HeartbeatMember *memberForEmailBody(const ApiRequest &request, ApiResponse *failure);
    bool validRoleAndGroups(const QString &roleId, const QStringList &groupIds,
                            ApiResponse *failure) const;
};
