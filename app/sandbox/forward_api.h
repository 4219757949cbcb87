#pragma once

#include "idempotency_keys.h"
#include "provider_api.h"
#include "sandbox_state.h"

#include <QRandomGenerator>

// Forward's account portal API (the login_url guide) under /forward and again under
// /forward/v1, and the magic-link page its login URLs point at.
class ForwardApi : public ProviderApi
{
public:
    // firstPage: the number of the first page of GET /users, 0 or 1 (the live one is unknown).
    ForwardApi(const Context &context, int firstPage);

    QByteArray presentedKey(const ApiRequest &request) const override;
    QString unauthorizedMessage(const ApiRequest &request) const override;
    ApiResponse error(int status, const QString &message) const override;
    void addStats(QJsonObject &stats) const override;

    // An id in Forward's form, "user_" and twelve letters or digits, drawn from `random`.
    static QString newUserId(QRandomGenerator *random = QRandomGenerator::global());

private:
    using Write = std::function<ApiResponse(const ApiRequest &, const QStringList &)>;
    void addRoutes(const QString &prefix);
    void addWrite(QByteArrayView method, const QString &pattern, RouteTable::Input input,
                  Write write);
    ApiResponse idempotent(const ApiRequest &request, const QStringList &params,
                           const Write &write);

    ApiResponse listUsers(const ApiRequest &request) const;
    ApiResponse getUser(const QString &id) const;
    ApiResponse createUser(const ApiRequest &request);
    ApiResponse updateUser(const ApiRequest &request, const QString &id);
    ApiResponse setStatus(const ApiRequest &request, const QString &id);
    ApiResponse createLoginUrl(const QString &id);
    ApiResponse openMagicLink(const ApiRequest &request);

    static QJsonObject userJson(const ForwardMember &member);
    static ApiResponse emailTaken(const QString &email);

    int m_firstPage;
    IdempotencyKeys m_idempotencyKeys;
};
