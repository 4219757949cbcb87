#include "beam_client.h"

#include "api_session.h"
#include "email_check.h"
#include "endpoint.h"
#include "provider_json.h"

#include <QRandomGenerator>
#include <array>

using namespace Qt::StringLiterals;

namespace {
// Beam's endpoints. The guide names paths only: POST is NOTES.md's reading for every call.
const Endpoint RetrieveUser{"POST", u"/users/retrieve", true}; // a read, though a POST
const Endpoint CreateUser{"POST", u"/users/create", false};
const Endpoint EditUser{"POST", u"/users/{id}", true}; // sets the names it is sent
const Endpoint CreateSsoUrl{"POST", u"/sso/{id}", false};

// Every answer about a member is {"user": {id: Number, email, verified, firstName, lastName,
// slug}}.
std::optional<RemoteMember> memberFrom(const QJsonValue &user)
{
    const QJsonObject o = user.toObject();
    RemoteMember member;
    member.id = ProviderJson::idText(o.value(u"id"_s));
    member.email = EmailCheck::normalized(o.value(u"email"_s).toString());
    if (member.id.isEmpty() || member.email.isEmpty())
        return std::nullopt;
    member.firstName = o.value(u"firstName"_s).toString();
    member.lastName = o.value(u"lastName"_s).toString();
    member.name = QString(member.firstName + u' ' + member.lastName).trimmed();
    member.status = MemberStatus::Active; // Beam has no other state
    const QJsonValue verified = o.value(u"verified"_s);
    if (verified.isBool())
        member.emailVerified = verified.toBool();
    return member;
}

QJsonValue userIn(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(u"user"_s);
}

// A password for Beam's create call, which requires one: 24 bytes from the system CSPRNG,
// base64url (32 characters). Members never use it: they sign in through SSO links.
QString newPassword()
{
    std::array<quint32, 6> words;
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), sizeof(words));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

BeamClient::BeamClient(ApiSession *session, const QUrl &baseUrl, QObject *parent)
    : MemberClient(session, parent), m_baseUrl(baseUrl)
{}

Capabilities BeamClient::capabilities() const
{
    return Capabilities::of(Provider::Beam, false);
}

RawHeaderList BeamClient::auth() const
{
    return {{"Authorization", QByteArray("Bearer "_ba + session()->apiKey())}};
}

void BeamClient::lookup(ApiTask *task, const QString &email, Done<std::optional<RemoteMember>> done)
{
    const QString wanted = EmailCheck::normalized(email);
    const QJsonObject body{{u"email"_s, email.trimmed()}};
    using Found = Result<std::optional<RemoteMember>>;
    task->run(RetrieveUser.call(m_baseUrl, auth(), {}, {}, body),
              [this, wanted, done](const HttpResult &r) {
                  if (isMemberNotFound(r))
                      return done({std::nullopt, {}});
                  if (r.error.isError())
                      return done(Found::failure(errorOf(r)));
                  const QJsonValue user = userIn(r.body);
                  if (user.isNull())
                      return done({std::nullopt, {}});
                  const std::optional<RemoteMember> member = memberFrom(user);
                  if (!member)
                      return done(Found::failure(badResponse(
                          r, QT_TRANSLATE_NOOP("MemberClient", "{\"user\": {id, email, ...}}"))));
                  if (member->email != wanted)
                      return done({std::nullopt, {}});
                  done({member, {}});
              });
}

ApiTask *BeamClient::streamMembers(ListingSink, Done<ListingEnd> done)
{
    return unsupported(MemberOperation::List, std::move(done));
}

ApiTask *BeamClient::createMember(const NewMember &member, Done<RemoteMember> done)
{
    const auto [firstName, lastName] = namePartsOf(member);
    UnsafeWrite<RemoteMember> write;
    write.call = [this, email = member.email.trimmed(), firstName = firstName,
                  lastName = lastName] {
        // A fresh password for each send; the redactor learns it before the job is made, so
        // that it can never reach a message even if Beam repeats it in an error.
        const QString password = newPassword();
        session()->redactor().addSecret(password.toUtf8());
        const QJsonObject body{{u"email"_s, email},
                               {u"firstName"_s, firstName},
                               {u"lastName"_s, lastName},
                               {u"password"_s, password}};
        return CreateUser.call(m_baseUrl, auth(), {}, {}, body);
    };
    write.answered = [this](ApiTask *, const HttpResult &r, Done<RemoteMember> next) {
        const std::optional<RemoteMember> created = memberFrom(userIn(r.body));
        if (!created)
            return next(Result<RemoteMember>::failure(badResponse(
                r, QT_TRANSLATE_NOOP("MemberClient", "the created {\"user\"} with its id"))));
        next({*created, {}});
    };
    write.landed = [this, email = member.email](ApiTask *task,
                                                Done<std::optional<RemoteMember>> next) {
        lookup(task, email, next);
    };
    return startTask<RemoteMember>(
        [this, write](ApiTask *task, Done<RemoteMember> report) {
            sendUnsafe(task, write, std::move(report));
        },
        std::move(done));
}

ApiTask *BeamClient::updateMember(const RemoteMember &member, const MemberChanges &changes,
                                  Done<RemoteMember> done)
{
    if (ApiTask *refused = refuseUneditable(changes, done))
        return refused;
    QJsonObject body;
    if (changes.firstName)
        body.insert(u"firstName"_s, *changes.firstName);
    if (changes.lastName)
        body.insert(u"lastName"_s, *changes.lastName);
    return startTask<RemoteMember>(
        [this, member, changes, body](ApiTask *task, Done<RemoteMember> report) {
            resolve(task, member,
                    [this, task, changes, body, report](const Result<RemoteMember> &resolved) {
                        if (!resolved.ok())
                            return report(resolved);
                        RemoteMember changed = resolved.value;
                        changed.firstName = changes.firstName.value_or(changed.firstName);
                        changed.lastName = changes.lastName.value_or(changed.lastName);
                        changed.name =
                            QString(changed.firstName + u' ' + changed.lastName).trimmed();
                        task->run(EditUser.call(m_baseUrl, auth(), {changed.id}, {}, body),
                                  [this, changed, report](const HttpResult &r) {
                                      if (r.error.isError())
                                          return report(Result<RemoteMember>::failure(errorOf(r)));
                                      const QJsonValue user = userIn(r.body);
                                      if (user.isUndefined() || user.isNull())
                                          return report({changed, {}});
                                      const std::optional<RemoteMember> updated = memberFrom(user);
                                      if (!updated || updated->id != changed.id)
                                          return report(Result<RemoteMember>::failure(badResponse(
                                              r, QT_TRANSLATE_NOOP("MemberClient",
                                                                   "the updated {\"user\"}"))));
                                      report({*updated, {}});
                                  });
                    });
        },
        std::move(done));
}

ApiTask *BeamClient::deactivate(const RemoteMember &, Done<RemoteMember> done)
{
    return unsupported(MemberOperation::Deactivate, std::move(done));
}

ApiTask *BeamClient::reactivate(const RemoteMember &, Done<RemoteMember> done)
{
    return unsupported(MemberOperation::Reactivate, std::move(done));
}

ApiTask *BeamClient::loginLink(const RemoteMember &member, Done<LoginLink> done)
{
    return startTask<LoginLink>(
        [this, member](ApiTask *task, Done<LoginLink> report) {
            resolve(task, member, [this, task, report](const Result<RemoteMember> &resolved) {
                if (!resolved.ok())
                    return report(Result<LoginLink>::failure(resolved.error));
                const RemoteMember target = resolved.value;
                UnsafeWrite<LoginLink> write;
                write.call = [this, id = target.id] {
                    return CreateSsoUrl.call(m_baseUrl, auth(), {id});
                };
                write.answered = [this](ApiTask *, const HttpResult &r, Done<LoginLink> next) {
                    const QUrl url(QJsonDocument::fromJson(r.body)[u"url"_s].toString(),
                                   QUrl::StrictMode);
                    session()->redactor().addSecret(url.toString().toUtf8());
                    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http"))
                        return next(Result<LoginLink>::failure(
                            badResponse(r, QT_TRANSLATE_NOOP("MemberClient", "{\"url\": ...}"))));
                    next({LoginLink{LoginLink::Kind::OneTime, url}, {}});
                };
                // A link issued and lost on the way just expires unused: ask again, once the
                // member is known to be still there.
                write.landed = [this, target](ApiTask *t, Done<std::optional<LoginLink>> next) {
                    lookup(t, target.email,
                           [target, next](const Result<std::optional<RemoteMember>> &found) {
                               if (found.ok() && found.value && found.value->id == target.id)
                                   return next({std::nullopt, {}});
                               next(Result<std::optional<LoginLink>>::failure(
                                   found.ok() ? ApiError::make(ApiErrorKind::NotFound, {}, 404)
                                              : found.error));
                           });
                };
                sendUnsafe(task, write, report);
            });
        },
        std::move(done));
}

ApiTask *BeamClient::listRoles(Done<QList<NamedRef>> done)
{
    return unsupported(MemberOperation::RolesAndGroups, std::move(done));
}

ApiTask *BeamClient::listGroups(Done<QList<NamedRef>> done)
{
    return unsupported(MemberOperation::RolesAndGroups, std::move(done));
}
