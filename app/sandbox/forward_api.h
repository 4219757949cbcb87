#pragma once

#include "provider_api.h"
#include "sandbox_state.h"

// Forward's account portal API (the login_url guide) under /forward, and the magic-link page its
// login URLs point at.
class ForwardApi : public ProviderApi
{
public:
    explicit ForwardApi(const Context &context);

    QByteArray presentedKey(const ApiRequest &request) const override;
    QString unauthorizedMessage(const ApiRequest &request) const override;
    ApiResponse error(int status, const QString &message) const override;

    static QString newUserId();

private:
    ApiResponse listUsers(const ApiRequest &request) const;
    ApiResponse getUser(const QString &id) const;
    ApiResponse createUser(const ApiRequest &request);
    ApiResponse updateUser(const ApiRequest &request, const QString &id);
    ApiResponse setStatus(const ApiRequest &request, const QString &id);
    ApiResponse createLoginUrl(const QString &id);
    ApiResponse openMagicLink(const ApiRequest &request);

    static QJsonObject userJson(const ForwardMember &member);
};
