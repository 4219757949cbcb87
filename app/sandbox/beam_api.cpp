#include "beam_api.h"

#include "json_fields.h"
#include "link_registry.h"

using namespace Qt::StringLiterals;
using Access = RouteTable::Access;
using Input = RouteTable::Input;

namespace {
constexpr int MinimumPasswordLength = 8;
}

BeamApi::BeamApi(const Context &context) : ProviderApi(u"beam"_s, context)
{
    m_routes.add("POST", u"/users/retrieve"_s, Access::ApiKey, Input::JsonObject,
                 [this](const ApiRequest &r, const QStringList &) { return retrieveUser(r); });
    m_routes.add("POST", u"/users/create"_s, Access::ApiKey, Input::JsonObject,
                 [this](const ApiRequest &r, const QStringList &) { return createUser(r); });
    m_routes.add(
        "POST", u"/users/{id}"_s, Access::ApiKey, Input::JsonObject,
        [this](const ApiRequest &r, const QStringList &p) { return editUser(r, p.at(0)); });
    m_routes.add(
        "POST", u"/sso/{id}"_s, Access::ApiKey,
        [this](const ApiRequest &, const QStringList &p) { return createSsoUrl(p.at(0)); });
    m_routes.add("GET", u"/community/sso"_s, Access::Public,
                 [this](const ApiRequest &r, const QStringList &) { return openSsoUrl(r); });
}

QByteArray BeamApi::presentedKey(const ApiRequest &request) const
{
    return bearerToken(request);
}

QString BeamApi::unauthorizedMessage(const ApiRequest &) const
{
    return u"Unauthorized"_s;
}

ApiResponse BeamApi::error(int status, const QString &message) const
{
    return ApiResponse::json(
        status, QJsonObject{{u"error"_s, reasonPhrase(status)}, {u"message"_s, message}});
}

ApiResponse BeamApi::userResponse(int status, const BeamMember &member)
{
    return ApiResponse::json(status, QJsonObject{{u"user"_s, QJsonObject{
                                                                 {u"id"_s, member.id},
                                                                 {u"email"_s, member.email},
                                                                 {u"verified"_s, member.verified},
                                                                 {u"firstName"_s, member.firstName},
                                                                 {u"lastName"_s, member.lastName},
                                                                 {u"slug"_s, member.slug},
                                                             }}});
}

BeamMember *BeamApi::memberById(const QString &id) const
{
    // Only the canonical form names a member: not "01006", "+1006" or " 1006".
    return state().beam.byId(id);
}

ApiResponse BeamApi::retrieveUser(const ApiRequest &request) const
{
    FieldReader fields(request.json);
    const QString email = fields.requiredEmail(u"email"_s);
    if (!fields.ok())
        return error(400, fields.message());
    const BeamMember *member = state().beam.byEmail(email);
    if (!member)
        return error(404, u"User %1 not found"_s.arg(email));
    return userResponse(200, *member);
}

ApiResponse BeamApi::createUser(const ApiRequest &request)
{
    FieldReader fields(request.json);
    BeamMember member;
    member.email = fields.requiredEmail(u"email"_s);
    member.firstName = fields.requiredString(u"firstName"_s);
    member.lastName = fields.requiredString(u"lastName"_s);
    const QString password = fields.requiredString(u"password"_s, FieldReader::Whitespace::Keep);
    if (fields.ok() && password.size() < MinimumPasswordLength)
        fields.fail(u"password"_s,
                    u"password must be at least %1 characters long"_s.arg(MinimumPasswordLength));
    if (!fields.ok())
        return error(400, fields.message());
    if (state().beam.byEmail(member.email))
        return error(409, u"Email %1 is already registered"_s.arg(member.email));

    member.id = state().beamNextId++;
    member.slug = state().claimBeamSlug(member.firstName, member.lastName, member.id);
    member.createdAt = member.updatedAt = QDateTime::currentDateTimeUtc();
    const BeamMember &created = state().beam.insert(std::move(member));
    markChanged();
    return userResponse(200, created);
}

ApiResponse BeamApi::editUser(const ApiRequest &request, const QString &id)
{
    BeamMember *member = memberById(id);
    if (!member)
        return error(404, u"User %1 not found"_s.arg(id));
    FieldReader fields(request.json);
    const std::optional<QString> firstName = fields.optionalNonEmptyString(u"firstName"_s);
    const std::optional<QString> lastName = fields.optionalNonEmptyString(u"lastName"_s);
    if (!fields.ok())
        return error(400, fields.message());
    if (firstName)
        member->firstName = *firstName;
    if (lastName)
        member->lastName = *lastName;
    member->updatedAt = QDateTime::currentDateTimeUtc();
    markChanged();
    return userResponse(200, *member);
}

ApiResponse BeamApi::createSsoUrl(const QString &id)
{
    const BeamMember *member = memberById(id);
    if (!member)
        return error(404, u"User %1 not found"_s.arg(id));
    const QString token = links().issue(name(), member->idKey());
    return ApiResponse::json(
        200, QJsonObject{{u"url"_s, publicUrl(u"/community/sso?token="_s + token)}});
}

ApiResponse BeamApi::openSsoUrl(const ApiRequest &request)
{
    ApiResponse refusal;
    const std::optional<QString> memberId = redeemLink(request, u"token"_s, &refusal);
    BeamMember *member = memberId ? state().beam.byId(*memberId) : nullptr;
    if (!member)
        return refusal;
    if (!member->verified) {
        member->verified = true;
        member->updatedAt = QDateTime::currentDateTimeUtc();
        markChanged();
    }
    return ApiResponse::html(
        200, u"Welcome"_s,
        u"<p>Signed in to the community as %1 %2.</p>"_s.arg(member->firstName.toHtmlEscaped(),
                                                             member->lastName.toHtmlEscaped()));
}
