#include "forward_api.h"

#include "json_fields.h"
#include "link_registry.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using Access = RouteTable::Access;
using Input = RouteTable::Input;

namespace {
constexpr int DefaultPageSize = 100;
constexpr int MaxPageSize = 500;
const QStringList UserTypes = {u"BUSINESS"_s, u"INDIVIDUAL"_s};

std::optional<int> queryInt(const QUrlQuery &query, const QString &name, int fallback, int min,
                            int max)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const int value = query.queryItemValue(name).toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}
} // namespace

ForwardApi::ForwardApi(const Context &context) : ProviderApi(u"forward"_s, context)
{
    m_routes.add("GET", u"/users"_s, Access::ApiKey,
                 [this](const ApiRequest &r, const QStringList &) { return listUsers(r); });
    m_routes.add("GET", u"/users/{id}"_s, Access::ApiKey,
                 [this](const ApiRequest &, const QStringList &p) { return getUser(p.at(0)); });
    m_routes.add("POST", u"/users"_s, Access::ApiKey, Input::JsonObject,
                 [this](const ApiRequest &r, const QStringList &) { return createUser(r); });
    m_routes.add(
        "PUT", u"/users/{id}"_s, Access::ApiKey, Input::JsonObject,
        [this](const ApiRequest &r, const QStringList &p) { return updateUser(r, p.at(0)); });
    m_routes.add(
        "PUT", u"/users/{id}/status"_s, Access::ApiKey, Input::JsonObject,
        [this](const ApiRequest &r, const QStringList &p) { return setStatus(r, p.at(0)); });
    m_routes.add(
        "POST", u"/v1/users/{id}/login_url"_s, Access::ApiKey,
        [this](const ApiRequest &, const QStringList &p) { return createLoginUrl(p.at(0)); });
    m_routes.add("GET", u"/auth/magic-link"_s, Access::Public,
                 [this](const ApiRequest &r, const QStringList &) { return openMagicLink(r); });
}

QByteArray ForwardApi::presentedKey(const ApiRequest &request) const
{
    return request.header("x-api-key").trimmed();
}

QString ForwardApi::unauthorizedMessage(const ApiRequest &request) const
{
    return presentedKey(request).isEmpty() ? u"Missing x-api-key header"_s : u"Invalid API key"_s;
}

ApiResponse ForwardApi::error(int status, const QString &message) const
{
    return ApiResponse::json(status, QJsonObject{{u"statusCode"_s, status},
                                                 {u"error"_s, reasonPhrase(status)},
                                                 {u"message"_s, message}});
}

QString ForwardApi::newUserId()
{
    static constexpr char Alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString id = u"user_"_s;
    for (int i = 0; i < 12; ++i)
        id.append(QLatin1Char(Alphabet[QRandomGenerator::global()->bounded(36)]));
    return id;
}

QJsonObject ForwardApi::userJson(const ForwardMember &member)
{
    return QJsonObject{
        {u"id"_s, member.id},
        {u"email"_s, member.email},
        {u"type"_s, member.type},
        {u"first_name"_s, member.firstName},
        {u"last_name"_s, member.lastName},
        {u"status"_s, member.status},
    };
}

ApiResponse ForwardApi::listUsers(const ApiRequest &request) const
{
    const QUrlQuery &query = request.query;
    const QString email = normalizedEmail(query.queryItemValue(u"email"_s, QUrl::FullyDecoded));
    const QString businessId = query.queryItemValue(u"business_id"_s, QUrl::FullyDecoded);
    const QString type = query.queryItemValue(u"type"_s);
    if (email.isEmpty() && businessId.isEmpty())
        return error(400, u"Filter by email or business_id is required"_s);
    if (!type.isEmpty() && !UserTypes.contains(type))
        return error(400, u"type must be one of %1"_s.arg(UserTypes.join(u", "_s)));
    const std::optional<int> limit = queryInt(query, u"limit"_s, DefaultPageSize, 1, MaxPageSize);
    if (!limit)
        return error(400, u"limit must be a whole number from 1 to %1"_s.arg(MaxPageSize));
    const std::optional<int> offset = queryInt(query, u"offset"_s, 0, 0, INT_MAX);
    if (!offset)
        return error(400, u"offset must be a whole number of 0 or more"_s);

    auto matches = [&](const ForwardMember &member) {
        return (email.isEmpty() || member.email == email) &&
               (businessId.isEmpty() || member.businessId == businessId) &&
               (type.isEmpty() || member.type == type);
    };
    QJsonArray page;
    qsizetype total = 0;
    if (!email.isEmpty()) {
        const ForwardMember *member = state().forward.byEmail(email);
        if (member && matches(*member)) {
            total = 1;
            if (*offset == 0)
                page.append(userJson(*member));
        }
    } else {
        for (const ForwardMember &member : state().forward.rows()) {
            if (!matches(member))
                continue;
            if (total >= *offset && page.size() < *limit)
                page.append(userJson(member));
            ++total;
        }
    }
    return ApiResponse::json(200, QJsonObject{{u"data"_s, page},
                                              {u"total"_s, total},
                                              {u"limit"_s, *limit},
                                              {u"offset"_s, *offset}});
}

ApiResponse ForwardApi::getUser(const QString &id) const
{
    const ForwardMember *member = state().forward.byId(id);
    if (!member)
        return error(404, u"User %1 not found"_s.arg(id));
    return ApiResponse::json(200, userJson(*member));
}

ApiResponse ForwardApi::createUser(const ApiRequest &request)
{
    FieldReader fields(request.json);
    ForwardMember member;
    member.firstName = fields.requiredString(u"first_name"_s);
    member.lastName = fields.requiredString(u"last_name"_s);
    member.email = fields.requiredEmail(u"email"_s);
    if (!fields.ok())
        return error(400, fields.message());
    if (state().forward.byEmail(member.email))
        return error(409, u"A user with email %1 already exists"_s.arg(member.email));

    member.id = newUserId();
    while (state().forward.byId(member.id))
        member.id = newUserId();
    member.businessId = state().forwardBusinessId;
    member.createdAt = member.updatedAt = QDateTime::currentDateTimeUtc();
    const ForwardMember &created = state().forward.insert(std::move(member));
    markChanged();
    return ApiResponse::json(201, userJson(created));
}

ApiResponse ForwardApi::updateUser(const ApiRequest &request, const QString &id)
{
    ForwardMember *member = state().forward.byId(id);
    if (!member)
        return error(404, u"User %1 not found"_s.arg(id));
    FieldReader fields(request.json);
    const std::optional<QString> firstName = fields.optionalNonEmptyString(u"first_name"_s);
    const std::optional<QString> lastName = fields.optionalNonEmptyString(u"last_name"_s);
    const std::optional<QString> email = fields.optionalEmail(u"email"_s);
    if (!fields.ok())
        return error(400, fields.message());
    if (email && *email != member->email) {
        if (state().forward.byEmail(*email))
            return error(409, u"A user with email %1 already exists"_s.arg(*email));
        state().forward.changeEmail(*member, *email);
    }
    if (firstName)
        member->firstName = *firstName;
    if (lastName)
        member->lastName = *lastName;
    member->updatedAt = QDateTime::currentDateTimeUtc();
    markChanged();
    return ApiResponse::json(200, userJson(*member));
}

ApiResponse ForwardApi::setStatus(const ApiRequest &request, const QString &id)
{
    ForwardMember *member = state().forward.byId(id);
    if (!member)
        return error(404, u"User %1 not found"_s.arg(id));
    FieldReader fields(request.json);
    const QString status = fields.requiredString(u"status"_s);
    if (fields.ok() && status != u"ACTIVE" && status != u"INACTIVE")
        fields.fail(u"status"_s, u"status must be ACTIVE or INACTIVE"_s);
    if (!fields.ok())
        return error(400, fields.message());
    if (member->status != status) {
        member->status = status;
        member->updatedAt = QDateTime::currentDateTimeUtc();
        markChanged();
    }
    return ApiResponse::json(200, QJsonObject{{u"message"_s, u"User status updated successfully"_s},
                                              {u"id"_s, member->id},
                                              {u"status"_s, member->status}});
}

ApiResponse ForwardApi::createLoginUrl(const QString &id)
{
    const ForwardMember *member = state().forward.byId(id);
    if (!member)
        return error(404, u"User %1 not found"_s.arg(id));
    if (member->status != u"ACTIVE")
        return error(403, u"User %1 is not active"_s.arg(id));
    const QString code = links().issue(name(), member->id);
    return ApiResponse::json(
        200, QJsonObject{{u"login_url"_s, publicUrl(u"/auth/magic-link?code="_s + code)}});
}

ApiResponse ForwardApi::openMagicLink(const ApiRequest &request)
{
    ApiResponse refusal;
    const std::optional<QString> memberId = redeemLink(request, u"code"_s, &refusal);
    ForwardMember *member = memberId ? state().forward.byId(*memberId) : nullptr;
    if (!member)
        return refusal;
    if (member->status != u"ACTIVE")
        return ApiResponse::html(403, u"Account inactive"_s,
                                 u"<p>This account is not active.</p>"_s);
    member->lastLoginAt = QDateTime::currentDateTimeUtc();
    markChanged();
    return ApiResponse::html(
        200, u"Signed in"_s,
        u"<p>Signed in to the account portal as %1 %2.</p>"_s.arg(
            member->firstName.toHtmlEscaped(), member->lastName.toHtmlEscaped()));
}
