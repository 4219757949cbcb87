// HeartbeatApi's public pages: the community login page that sends magic links, the links
// themselves, and the members' avatars.
#include "heartbeat_api.h"
#include "json_fields.h"
#include "link_registry.h"

using namespace Qt::StringLiterals;
using Access = RouteTable::Access;

namespace {
QString emailFromForm(const ApiRequest &request)
{
    if (request.header("content-type").contains("json")) {
        QString ignored;
        const auto object = JsonBody::parse(request.body, &ignored);
        return object ? object->value(u"email"_s).toString() : QString();
    }
    // In a form body '+' is a space and a real plus arrives as %2B: replace before decoding.
    QByteArray body = request.body;
    const QUrlQuery form(QString::fromUtf8(body.replace('+', "%20")));
    return form.queryItemValue(u"email"_s, QUrl::FullyDecoded).trimmed();
}

// The guide takes JPEG, PNG and GIF pictures.
QByteArray imageType(const QByteArray &image)
{
    if (image.startsWith("\xff\xd8\xff"))
        return QByteArrayLiteral("image/jpeg");
    if (image.startsWith("\x89PNG"))
        return QByteArrayLiteral("image/png");
    if (image.startsWith("GIF8"))
        return QByteArrayLiteral("image/gif");
    return QByteArrayLiteral("application/octet-stream");
}
} // namespace

void HeartbeatApi::addCommunityRoutes()
{
    m_routes.add("GET", u"/community"_s, Access::Public,
                 [this](const ApiRequest &, const QStringList &) { return communityPage(); });
    m_routes.add("POST", u"/community/magic-link"_s, Access::Public,
                 [this](const ApiRequest &r, const QStringList &) { return requestMagicLink(r); });
    m_routes.add("GET", u"/community/magic-link"_s, Access::Public,
                 [this](const ApiRequest &r, const QStringList &) { return openMagicLink(r); });
    m_routes.add("GET", u"/avatars/{userID}"_s, Access::Public,
                 [this](const ApiRequest &, const QStringList &p) { return avatar(p.at(0)); });
}

ApiResponse HeartbeatApi::communityPage() const
{
    return ApiResponse::html(200, u"Sign in to the community"_s,
                             u"<p>Enter your email and we will send you a magic link.</p>\n"
                             u"<form method=\"post\" action=\"%1\">"
                             u"<label>Email <input type=\"email\" name=\"email\" required></label> "
                             u"<button type=\"submit\">Send magic link</button></form>"_s.arg(
                                 publicUrl(u"/community/magic-link"_s)));
}

ApiResponse HeartbeatApi::requestMagicLink(const ApiRequest &request)
{
    const bool wantsJson = request.header("accept").contains("application/json");
    auto answer = [wantsJson](int status, const QString &message, const QString &link = {}) {
        if (wantsJson) {
            QJsonObject json{{u"message"_s, message}};
            if (!link.isEmpty())
                json.insert(u"magicLink"_s, link);
            return ApiResponse::json(status, json);
        }
        QString body = u"<p>%1</p>"_s.arg(message.toHtmlEscaped());
        if (!link.isEmpty())
            body += u"\n<p>Sandbox mailbox: <a id=\"magic-link\" href=\"%1\">%1</a></p>"_s.arg(
                link.toHtmlEscaped());
        return ApiResponse::html(status, u"Magic link"_s, body);
    };

    const QString email = normalizedEmail(emailFromForm(request));
    if (email.isEmpty())
        return answer(400, u"Please enter your email address."_s);
    const HeartbeatMember *member = state().heartbeat.byEmail(email);
    if (!member)
        return answer(404, u"There is no member with the email %1 in this community."_s.arg(email));
    if (member->state == HeartbeatMember::State::Deactivated)
        return answer(403, u"The account for %1 has been deactivated."_s.arg(email));
    const QString code = links().issue(name(), member->id);
    return answer(200, u"We sent a magic link to %1."_s.arg(email),
                  publicUrl(u"/community/magic-link?code="_s + code));
}

ApiResponse HeartbeatApi::openMagicLink(const ApiRequest &request)
{
    ApiResponse refusal;
    const std::optional<QString> memberId = redeemLink(request, u"code"_s, &refusal);
    HeartbeatMember *member = memberId ? state().heartbeat.byId(*memberId) : nullptr;
    if (!member)
        return refusal;
    if (member->state == HeartbeatMember::State::Deactivated)
        return ApiResponse::html(403, u"Account deactivated"_s,
                                 u"<p>This account has been deactivated.</p>"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    member->everActive = true;
    member->lastLogin = now;
    if (member->state == HeartbeatMember::State::Pending) {
        member->state = HeartbeatMember::State::Active;
        member->updatedAt = now;
    }
    markChanged();
    return ApiResponse::html(200, u"Welcome"_s,
                             u"<p>Signed in as %1.</p>"_s.arg(member->name.toHtmlEscaped()));
}

ApiResponse HeartbeatApi::avatar(const QString &id) const
{
    const HeartbeatMember *member = state().heartbeat.byId(id);
    if (!member || member->profilePicture.isEmpty())
        return error(404, u"No avatar"_s);
    ApiResponse response;
    response.contentType = imageType(member->profilePicture);
    response.body = member->profilePicture;
    return response;
}
