#include "beam_client.h"

#include "api_session.h"
#include "api_task.h"
#include "endpoint.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <array>

using namespace Qt::StringLiterals;

namespace {
// Beam's endpoints. The guide names paths only: POST is NOTES.md's reading for every call.
const Endpoint RetrieveUser{"POST", u"/users/retrieve", true}; // a read, though a POST
const Endpoint CreateUser{"POST", u"/users/create", false};
const Endpoint EditUser{"POST", u"/users/{id}", true}; // sets the names it is sent
const Endpoint CreateSsoUrl{"POST", u"/sso/{id}", false};

constexpr int MaxCreateAttempts = 3;

// Every answer about a member is {"user": {id: Number, email, verified, firstName, lastName,
// slug}}.
std::optional<RemoteMember> memberFrom(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object().value(u"user"_s).toObject();
    RemoteMember member;
    const QJsonValue id = o.value(u"id"_s);
    member.id = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
    member.email = o.value(u"email"_s).toString().trimmed().toLower();
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
    const QJsonObject body{{u"email"_s, email.trimmed()}};
    task->run(RetrieveUser.call(m_baseUrl, auth(), {}, {}, body),
              [this, done](const HttpResult &r) {
                  // 404 is Beam's answer for an address it does not know: not an error here.
                  if (r.status == 404)
                      return done({std::nullopt, {}});
                  if (r.error.isError())
                      return done(Result<std::optional<RemoteMember>>::failure(errorOf(r)));
                  const std::optional<RemoteMember> member = memberFrom(r.body);
                  if (!member)
                      return done(Result<std::optional<RemoteMember>>::failure(badResponse(
                          QT_TRANSLATE_NOOP("MemberClient", "a user without an id or email"))));
                  done({member, {}});
              });
}

ApiTask *BeamClient::findByEmail(const QString &email, Done<std::optional<RemoteMember>> done)
{
    auto *task = new ApiTask(session());
    lookup(task, email, [task, done](const Result<std::optional<RemoteMember>> &result) {
        done(result);
        task->finish();
    });
    return task;
}

ApiTask *BeamClient::listMembers(Done<QList<RemoteMember>> done)
{
    return unsupported(MemberOperation::List, done);
}

ApiTask *BeamClient::createMember(const NewMember &member, Done<RemoteMember> done)
{
    auto *task = new ApiTask(session());
    create(task, member, 1, [task, done](const Result<RemoteMember> &result) {
        done(result);
        task->finish();
    });
    return task;
}

void BeamClient::create(ApiTask *task, const NewMember &member, int attempt,
                        Done<RemoteMember> done)
{
    QString firstName = member.firstName.trimmed();
    QString lastName = member.lastName.trimmed();
    if (firstName.isEmpty() && lastName.isEmpty()) {
        const QString name = member.name.trimmed();
        const qsizetype space = name.indexOf(u' ');
        firstName = space < 0 ? name : name.left(space);
        lastName = space < 0 ? QString() : name.mid(space + 1).trimmed();
    }
    // A fresh password for each attempt; the redactor learns it before the job is made, so
    // that it can never reach a message even if Beam repeats it in an error.
    const QString password = newPassword();
    session()->redactor().addSecret(password.toUtf8());
    const QJsonObject body{{u"email"_s, member.email.trimmed()},
                           {u"firstName"_s, firstName},
                           {u"lastName"_s, lastName},
                           {u"password"_s, password}};
    HttpCall call = CreateUser.call(m_baseUrl, auth(), {}, {}, body);
    task->run(std::move(call), [this, task, member, attempt, done](const HttpResult &r) {
        if (!r.error.isError()) {
            const std::optional<RemoteMember> created = memberFrom(r.body);
            return created ? done({*created, {}})
                           : done(Result<RemoteMember>::failure(badResponse(QT_TRANSLATE_NOOP(
                                 "MemberClient", "a created user without an id"))));
        }
        // A cancel is the user's answer: never look and send again after it.
        if (!r.error.outcomeUnknown || task->isCancelled() || attempt >= MaxCreateAttempts)
            return done(Result<RemoteMember>::failure(errorOf(r)));
        // The create may have landed: look before sending it again.
        lookup(task, member.email,
               [this, task, member, attempt, done,
                r](const Result<std::optional<RemoteMember>> &found) {
                   if (found.ok() && found.value)
                       return done({*found.value, {}});
                   if (found.ok())
                       return create(task, member, attempt + 1, done);
                   done(Result<RemoteMember>::failure(errorOf(r)));
               });
    });
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
    auto *task = new ApiTask(session());
    auto report = [task, done](const Result<RemoteMember> &result) {
        done(result);
        task->finish();
    };
    resolve(task, member, [this, task, body, report](const Result<RemoteMember> &resolved) {
        if (!resolved.ok())
            return report(resolved);
        task->run(EditUser.call(m_baseUrl, auth(), {resolved.value.id}, {}, body),
                  [this, report](const HttpResult &r) {
                      if (r.error.isError())
                          return report(Result<RemoteMember>::failure(errorOf(r)));
                      const std::optional<RemoteMember> updated = memberFrom(r.body);
                      if (!updated)
                          return report(Result<RemoteMember>::failure(badResponse(
                              QT_TRANSLATE_NOOP("MemberClient", "an updated user without an id"))));
                      report({*updated, {}});
                  });
    });
    return task;
}

ApiTask *BeamClient::deactivate(const RemoteMember &, Done<RemoteMember> done)
{
    return unsupported(MemberOperation::Deactivate, done);
}

ApiTask *BeamClient::reactivate(const RemoteMember &, Done<RemoteMember> done)
{
    return unsupported(MemberOperation::Reactivate, done);
}

ApiTask *BeamClient::loginLink(const RemoteMember &member, Done<LoginLink> done)
{
    auto *task = new ApiTask(session());
    auto report = [task, done](const Result<LoginLink> &result) {
        done(result);
        task->finish();
    };
    resolve(task, member, [this, task, report](const Result<RemoteMember> &resolved) {
        if (!resolved.ok())
            return report(Result<LoginLink>::failure(resolved.error));
        requestLink(task, resolved.value, 1, report);
    });
    return task;
}

void BeamClient::requestLink(ApiTask *task, const RemoteMember &member, int attempt,
                             Done<LoginLink> done)
{
    HttpCall call = CreateSsoUrl.call(m_baseUrl, auth(), {member.id});
    task->run(std::move(call), [this, task, member, attempt, done](const HttpResult &r) {
        if (!r.error.isError()) {
            const QUrl url(QJsonDocument::fromJson(r.body)[u"url"_s].toString());
            if (!url.isValid() || url.scheme().isEmpty())
                return done(Result<LoginLink>::failure(badResponse(
                    QT_TRANSLATE_NOOP("MemberClient", "an SSO url that is not a URL"))));
            session()->redactor().addSecret(url.toString().toUtf8());
            return done({LoginLink{LoginLink::Kind::OneTime, url}, {}});
        }
        // A cancel is the user's answer: never look and send again after it.
        if (!r.error.outcomeUnknown || task->isCancelled() || attempt >= MaxCreateAttempts)
            return done(Result<LoginLink>::failure(errorOf(r)));
        // A link may have been issued and lost on the way: make sure the member is still there
        // before asking again. The lost link is never shown to anyone.
        lookup(task, member.email,
               [this, task, attempt, done, r](const Result<std::optional<RemoteMember>> &found) {
                   if (found.ok() && found.value)
                       return requestLink(task, *found.value, attempt + 1, done);
                   done(Result<LoginLink>::failure(errorOf(r)));
               });
    });
}

ApiTask *BeamClient::listRoles(Done<QList<NamedRef>> done)
{
    return unsupported(MemberOperation::RolesAndGroups, done);
}

ApiTask *BeamClient::listGroups(Done<QList<NamedRef>> done)
{
    return unsupported(MemberOperation::RolesAndGroups, done);
}
