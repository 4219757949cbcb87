#include "forward_api.h"

#include "forward_errors.h"
#include "forward_user_query.h"
#include "json_fields.h"
#include "link_registry.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using Access = RouteTable::Access;
using Input = RouteTable::Input;

namespace {
const QStringList Statuses = {u"ACTIVE"_s, u"INACTIVE"_s};
constexpr QByteArrayView IdempotencyHeader = "x-idempotency-key";
} // namespace

ForwardApi::ForwardApi(const Context &context, int firstPage)
    : ProviderApi(u"forward"_s, context), m_firstPage(firstPage)
{
    // The guide's host serves the API at its root; a live client's base URL ends in /v1.
    addRoutes(QString());
    addRoutes(u"/v1"_s);
    addWrite("POST", u"/v1/users/{id}/login_url"_s, Input::None,
             [this](const ApiRequest &, const QStringList &p) { return createLoginUrl(p.at(0)); });
    m_routes.add("GET", u"/auth/magic-link"_s, Access::Public,
                 [this](const ApiRequest &r, const QStringList &) { return openMagicLink(r); });
}

void ForwardApi::addRoutes(const QString &prefix)
{
    m_routes.add("GET", prefix + u"/users"_s, Access::ApiKey,
                 [this](const ApiRequest &r, const QStringList &) { return listUsers(r); });
    m_routes.add("GET", prefix + u"/users/{id}"_s, Access::ApiKey,
                 [this](const ApiRequest &, const QStringList &p) { return getUser(p.at(0)); });
    addWrite("POST", prefix + u"/users"_s, Input::JsonObject,
             [this](const ApiRequest &r, const QStringList &) { return createUser(r); });
    addWrite("PUT", prefix + u"/users/{id}"_s, Input::JsonObject,
             [this](const ApiRequest &r, const QStringList &p) { return updateUser(r, p.at(0)); });
    addWrite("PUT", prefix + u"/users/{id}/status"_s, Input::JsonObject,
             [this](const ApiRequest &r, const QStringList &p) { return setStatus(r, p.at(0)); });
}

void ForwardApi::addWrite(QByteArrayView method, const QString &pattern, Input input, Write write)
{
    m_routes.add(method, pattern, Access::ApiKey, input,
                 [this, write = std::move(write)](const ApiRequest &r, const QStringList &p) {
                     return idempotent(r, p, write);
                 });
}

ApiResponse ForwardApi::idempotent(const ApiRequest &request, const QStringList &params,
                                   const Write &write)
{
    if (!request.hasHeader(IdempotencyHeader))
        return write(request, params);
    const QString key = QString::fromUtf8(request.header(IdempotencyHeader).trimmed());
    const QString header = QString::fromLatin1(IdempotencyHeader);
    if (key.size() < IdempotencyKeys::MinimumLength || key.size() > IdempotencyKeys::MaximumLength)
        return ForwardErrors::invalidRequest(
            {{header, u"size must be between %1 and %2"_s.arg(IdempotencyKeys::MinimumLength)
                          .arg(IdempotencyKeys::MaximumLength)}});

    const QByteArray apiKey = presentedKey(request);
    const IdempotencyKeys::Lookup earlier =
        m_idempotencyKeys.find(apiKey, key, request.method, request.path);
    switch (earlier.outcome) {
    case IdempotencyKeys::Outcome::Replay:
        return earlier.response;
    case IdempotencyKeys::Outcome::Conflict:
        return ForwardErrors::error(
            422, u"idempotency_key_reused"_s,
            u"This idempotency key was already used for %1"_s.arg(earlier.firstRequest),
            {{header, u"was already used for another request"_s}});
    case IdempotencyKeys::Outcome::New:
        break;
    }
    const ApiResponse response = write(request, params);
    m_idempotencyKeys.remember(apiKey, key, request.method, request.path, response);
    return response;
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
    return ForwardErrors::error(status, message);
}

void ForwardApi::addStats(QJsonObject &stats) const
{
    stats.insert(u"idempotentReplays"_s, m_idempotencyKeys.replays());
}

QString ForwardApi::newUserId(QRandomGenerator *random)
{
    static constexpr char Alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString id = u"user_"_s;
    for (int i = 0; i < 12; ++i)
        id.append(QLatin1Char(Alphabet[random->bounded(36)]));
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

ApiResponse ForwardApi::emailTaken(const QString &email)
{
    return ForwardErrors::error(409, u"user_already_exists"_s,
                                u"A user with email %1 already exists"_s.arg(email),
                                {{u"email"_s, u"already exists"_s}});
}

ApiResponse ForwardApi::listUsers(const ApiRequest &request) const
{
    QJsonObject argumentErrors;
    const std::optional<ForwardUserQuery> query =
        ForwardUserQuery::parse(request.query, m_firstPage, &argumentErrors);
    if (!query)
        return ForwardErrors::invalidRequest(argumentErrors);

    const qint64 offset = query->offset(m_firstPage);
    QJsonArray page;
    qint64 total = 0;
    auto consider = [&](const ForwardMember &member) {
        if (!query->matches(member))
            return;
        if (total >= offset && page.size() < query->size)
            page.append(userJson(member));
        ++total;
    };
    if (query->email) {
        if (const ForwardMember *member = state().forward.byEmail(*query->email))
            consider(*member);
    } else {
        for (const ForwardMember &member : state().forward.rows())
            consider(member);
    }
    const QJsonObject meta{
        {u"page"_s, query->page}, {u"size"_s, query->size}, {u"total_count"_s, total}};
    return ApiResponse::json(200, QJsonObject{{u"data"_s, page}, {u"meta"_s, meta}});
}

ApiResponse ForwardApi::getUser(const QString &id) const
{
    const ForwardMember *member = state().forward.byId(id);
    if (!member)
        return ForwardErrors::userNotFound(id);
    return ApiResponse::json(200, userJson(*member));
}

ApiResponse ForwardApi::createUser(const ApiRequest &request)
{
    FieldReader fields(request.json);
    ForwardMember member;
    member.firstName = fields.requiredString(u"first_name"_s);
    member.lastName = fields.requiredString(u"last_name"_s);
    member.email = fields.requiredEmail(u"email"_s);
    const std::optional<QString> businessId = fields.optionalNonEmptyString(u"business_id"_s);
    if (!fields.ok())
        return ForwardErrors::invalidRequest(fields);
    if (state().forward.byEmail(member.email))
        return emailTaken(member.email);

    member.id = newUserId();
    while (state().forward.byId(member.id))
        member.id = newUserId();
    member.businessId = businessId.value_or(state().forwardBusinessId);
    member.createdAt = member.updatedAt = QDateTime::currentDateTimeUtc();
    const ForwardMember &created = state().forward.insert(std::move(member));
    markChanged();
    return ApiResponse::json(201, userJson(created));
}

ApiResponse ForwardApi::updateUser(const ApiRequest &request, const QString &id)
{
    ForwardMember *member = state().forward.byId(id);
    if (!member)
        return ForwardErrors::userNotFound(id);
    // A PUT replaces the whole user, so every field is required.
    FieldReader fields(request.json);
    const QString firstName = fields.requiredString(u"first_name"_s);
    const QString lastName = fields.requiredString(u"last_name"_s);
    const QString email = fields.requiredEmail(u"email"_s);
    const std::optional<QString> businessId = fields.optionalNonEmptyString(u"business_id"_s);
    if (!fields.ok())
        return ForwardErrors::invalidRequest(fields);
    if (email != member->email) {
        if (state().forward.byEmail(email))
            return emailTaken(email);
        state().forward.changeEmail(*member, email);
    }
    member->firstName = firstName;
    member->lastName = lastName;
    if (businessId)
        member->businessId = *businessId;
    member->updatedAt = QDateTime::currentDateTimeUtc();
    markChanged();
    return ApiResponse::json(200, userJson(*member));
}

ApiResponse ForwardApi::setStatus(const ApiRequest &request, const QString &id)
{
    ForwardMember *member = state().forward.byId(id);
    if (!member)
        return ForwardErrors::userNotFound(id);
    FieldReader fields(request.json);
    const QString status = fields.requiredString(u"status"_s).toUpper();
    if (fields.ok() && !Statuses.contains(status))
        fields.fail(u"status"_s, u"must be one of %1"_s.arg(Statuses.join(u", "_s)));
    if (!fields.ok())
        return ForwardErrors::invalidRequest(fields);
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
        return ForwardErrors::userNotFound(id);
    if (member->status != u"ACTIVE")
        return ForwardErrors::error(403, u"user_inactive"_s, u"User %1 is not active"_s.arg(id),
                                    {});
    const QString code = links().issue(name(), member->id);
    return ApiResponse::json(
        200, QJsonObject{{u"id"_s, member->id},
                         {u"login_url"_s, publicUrl(u"/auth/magic-link?code="_s + code)}});
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
