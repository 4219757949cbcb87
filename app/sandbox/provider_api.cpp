#include "provider_api.h"

#include "link_registry.h"

using namespace Qt::StringLiterals;

std::optional<QString> ProviderApi::redeemLink(const ApiRequest &request, const QString &parameter,
                                               ApiResponse *refusal) const
{
    const LinkRegistry::Redemption redemption =
        links().redeem(m_name, request.query.queryItemValue(parameter));
    switch (redemption.outcome) {
    case LinkRegistry::Outcome::Redeemed:
        return redemption.memberId;
    case LinkRegistry::Outcome::Gone:
        *refusal = ApiResponse::html(410, u"Link expired"_s,
                                     u"<p>This link was already used or has expired.</p>"_s);
        return std::nullopt;
    case LinkRegistry::Outcome::Unknown:
        break;
    }
    *refusal = ApiResponse::html(404, u"Link not found"_s, u"<p>This link is not valid.</p>"_s);
    return std::nullopt;
}

QByteArray bearerToken(const ApiRequest &request)
{
    const QByteArray authorization = request.header("authorization").trimmed();
    const qsizetype space = authorization.indexOf(' ');
    if (space <= 0 || authorization.left(space).compare("bearer", Qt::CaseInsensitive) != 0)
        return {};
    return authorization.mid(space + 1).trimmed();
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 405:
        return u"Method Not Allowed"_s;
    case 409:
        return u"Conflict"_s;
    case 410:
        return u"Gone"_s;
    case 429:
        return u"Too Many Requests"_s;
    case 500:
        return u"Internal Server Error"_s;
    case 503:
        return u"Service Unavailable"_s;
    default:
        return u"Error"_s;
    }
}
