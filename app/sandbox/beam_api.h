#pragma once

#include "provider_api.h"
#include "sandbox_state.h"

// Beam.gg's Users API under /beam, and the community page its SSO URLs point at.
class BeamApi : public ProviderApi
{
public:
    explicit BeamApi(const Context &context);

    QByteArray presentedKey(const ApiRequest &request) const override;
    QString unauthorizedMessage(const ApiRequest &request) const override;
    ApiResponse error(int status, const QString &message) const override;

private:
    ApiResponse retrieveUser(const ApiRequest &request) const;
    ApiResponse createUser(const ApiRequest &request);
    ApiResponse editUser(const ApiRequest &request, const QString &id);
    ApiResponse createSsoUrl(const QString &id);
    ApiResponse openSsoUrl(const ApiRequest &request);

    BeamMember *memberById(const QString &id) const;
    static ApiResponse userResponse(int status, const BeamMember &member);
};
