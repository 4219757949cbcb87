#include "forward_client.h"

#include "api_session.h"
#include "api_task.h"
#include "endpoint.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
// Forward's endpoints, exactly as the guide documents them (note /v1 on the login link only).
const Endpoint FindUsers{"GET", u"/users", true};
const Endpoint CreateUser{"POST", u"/users", false};
const Endpoint UpdateUser{"PUT", u"/users/{id}", true};
const Endpoint SetUserStatus{"PUT", u"/users/{id}/status", true};
const Endpoint CreateLoginUrl{"POST", u"/v1/users/{id}/login_url", false};

constexpr int PageSize = 500;
constexpr int MaxCreateAttempts = 3;

std::optional<RemoteMember> memberFrom(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    RemoteMember member;
    member.id = o.value(u"id"_s).toString();
    member.email = o.value(u"email"_s).toString().trimmed().toLower();
    if (member.id.isEmpty() || member.email.isEmpty())
        return std::nullopt;
    member.firstName = o.value(u"first_name"_s).toString();
    member.lastName = o.value(u"last_name"_s).toString();
    member.name = QString(member.firstName + u' ' + member.lastName).trimmed();
    const QString status = o.value(u"status"_s).toString();
    member.status = status == u"ACTIVE"     ? MemberStatus::Active
                    : status == u"INACTIVE" ? MemberStatus::Deactivated
                                            : MemberStatus::Unknown;
    return member;
}
} // namespace

ForwardClient::ForwardClient(ApiSession *session, const QUrl &baseUrl, const QString &businessId,
                             QObject *parent)
    : MemberClient(session, parent), m_baseUrl(baseUrl), m_businessId(businessId)
{}

Capabilities ForwardClient::capabilities() const
{
    return Capabilities::of(Provider::Forward, !m_businessId.isEmpty());
}

RawHeaderList ForwardClient::auth() const
{
    return {{"x-api-key", session()->apiKey()}};
}

void ForwardClient::lookup(ApiTask *task, const QString &email,
                           Done<std::optional<RemoteMember>> done)
{
    QUrlQuery query;
    query.addQueryItem(u"email"_s, QString::fromLatin1(QUrl::toPercentEncoding(email.trimmed())));
    task->run(FindUsers.call(m_baseUrl, auth(), {}, query), [this, done](const HttpResult &r) {
        if (!r.error.isError()) {
            const QJsonValue data = QJsonDocument::fromJson(r.body)[u"data"_s];
            if (!data.isArray())
                return done(Result<std::optional<RemoteMember>>::failure(
                    badResponse(QT_TRANSLATE_NOOP("MemberClient", "a user list without data"))));
            const QJsonArray users = data.toArray();
            return done({users.isEmpty() ? std::nullopt : memberFrom(users.first()), {}});
        }
        done(Result<std::optional<RemoteMember>>::failure(errorOf(r)));
    });
}

ApiTask *ForwardClient::findByEmail(const QString &email, Done<std::optional<RemoteMember>> done)
{
    auto *task = new ApiTask(session());
    lookup(task, email, [task, done](const Result<std::optional<RemoteMember>> &result) {
        done(result);
        task->finish();
    });
    return task;
}

ApiTask *ForwardClient::listMembers(Done<QList<RemoteMember>> done)
{
    if (m_businessId.isEmpty())
        return unsupported(MemberOperation::List, done);
    auto *task = new ApiTask(session());
    fetchPage(task, 0, {}, [task, done](const Result<QList<RemoteMember>> &result) {
        done(result);
        task->finish();
    });
    return task;
}

void ForwardClient::fetchPage(ApiTask *task, int offset, QList<RemoteMember> gathered,
                              Done<QList<RemoteMember>> done)
{
    QUrlQuery query;
    query.addQueryItem(u"business_id"_s, m_businessId);
    query.addQueryItem(u"limit"_s, QString::number(PageSize));
    query.addQueryItem(u"offset"_s, QString::number(offset));
    task->run(FindUsers.call(m_baseUrl, auth(), {}, query),
              [this, task, offset, gathered, done](const HttpResult &r) mutable {
                  if (r.error.isError())
                      return done(Result<QList<RemoteMember>>::failure(errorOf(r)));
                  const QJsonObject page = QJsonDocument::fromJson(r.body).object();
                  const QJsonArray users = page.value(u"data"_s).toArray();
                  for (const QJsonValue &user : users) {
                      if (std::optional<RemoteMember> member = memberFrom(user))
                          gathered.append(*member);
                  }
                  const int total = page.value(u"total"_s).toInt();
                  const int next = offset + int(users.size());
                  if (users.isEmpty() || next >= total)
                      return done({gathered, {}});
                  fetchPage(task, next, std::move(gathered), done);
              });
}

ApiTask *ForwardClient::createMember(const NewMember &member, Done<RemoteMember> done)
{
    auto *task = new ApiTask(session());
    create(task, member, 1, [task, done](const Result<RemoteMember> &result) {
        done(result);
        task->finish();
    });
    return task;
}

void ForwardClient::create(ApiTask *task, const NewMember &member, int attempt,
                           Done<RemoteMember> done)
{
    const QJsonObject body{{u"first_name"_s, member.firstName},
                           {u"last_name"_s, member.lastName},
                           {u"email"_s, member.email.trimmed()}};
    task->run(CreateUser.call(m_baseUrl, auth(), {}, {}, body), [this, task, member, attempt,
                                                                 done](const HttpResult &r) {
        if (!r.error.isError()) {
            const std::optional<RemoteMember> created =
                memberFrom(QJsonDocument::fromJson(r.body).object());
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

ApiTask *ForwardClient::updateMember(const RemoteMember &member, const MemberChanges &changes,
                                     Done<RemoteMember> done)
{
    if (ApiTask *refused = refuseUneditable(changes, done))
        return refused;
    QJsonObject body;
    if (changes.firstName)
        body.insert(u"first_name"_s, *changes.firstName);
    if (changes.lastName)
        body.insert(u"last_name"_s, *changes.lastName);
    if (changes.email)
        body.insert(u"email"_s, changes.email->trimmed());
    auto *task = new ApiTask(session());
    auto report = [task, done](const Result<RemoteMember> &result) {
        done(result);
        task->finish();
    };
    resolve(task, member, [this, task, body, report](const Result<RemoteMember> &resolved) {
        if (!resolved.ok())
            return report(resolved);
        task->run(UpdateUser.call(m_baseUrl, auth(), {resolved.value.id}, {}, body),
                  [this, report](const HttpResult &r) {
                      if (r.error.isError())
                          return report(Result<RemoteMember>::failure(errorOf(r)));
                      const std::optional<RemoteMember> updated =
                          memberFrom(QJsonDocument::fromJson(r.body).object());
                      if (!updated)
                          return report(Result<RemoteMember>::failure(
                              badResponse(QT_TRANSLATE_NOOP("MemberClient", "an updated user"))));
                      report({*updated, {}});
                  });
    });
    return task;
}

ApiTask *ForwardClient::setStatus(const RemoteMember &member, MemberStatus status,
                                  Done<RemoteMember> done)
{
    const QJsonObject body{
        {u"status"_s, status == MemberStatus::Active ? u"ACTIVE"_s : u"INACTIVE"_s}};
    auto *task = new ApiTask(session());
    auto report = [task, done](const Result<RemoteMember> &result) {
        done(result);
        task->finish();
    };
    resolve(task, member, [this, task, body, status, report](const Result<RemoteMember> &known) {
        if (!known.ok())
            return report(known);
        task->run(SetUserStatus.call(m_baseUrl, auth(), {known.value.id}, {}, body),
                  [this, known, status, report](const HttpResult &r) {
                      if (r.error.isError())
                          return report(Result<RemoteMember>::failure(errorOf(r)));
                      RemoteMember changed = known.value;
                      changed.status = status;
                      report({changed, {}});
                  });
    });
    return task;
}

ApiTask *ForwardClient::deactivate(const RemoteMember &member, Done<RemoteMember> done)
{
    return setStatus(member, MemberStatus::Deactivated, std::move(done));
}

ApiTask *ForwardClient::reactivate(const RemoteMember &member, Done<RemoteMember> done)
{
    return setStatus(member, MemberStatus::Active, std::move(done));
}

ApiTask *ForwardClient::loginLink(const RemoteMember &member, Done<LoginLink> done)
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

void ForwardClient::requestLink(ApiTask *task, const RemoteMember &member, int attempt,
                                Done<LoginLink> done)
{
    task->run(CreateLoginUrl.call(m_baseUrl, auth(), {member.id}), [this, task, member, attempt,
                                                                    done](const HttpResult &r) {
        if (!r.error.isError()) {
            const QUrl url(QJsonDocument::fromJson(r.body)[u"login_url"_s].toString());
            if (!url.isValid() || url.scheme().isEmpty())
                return done(Result<LoginLink>::failure(badResponse(
                    QT_TRANSLATE_NOOP("MemberClient", "a login_url that is not a URL"))));
            session()->redactor().addSecret(url.toString().toUtf8());
            return done({LoginLink{LoginLink::Kind::OneTime, url}, {}});
        }
        if (!r.error.outcomeUnknown || task->isCancelled() || attempt >= MaxCreateAttempts)
            return done(Result<LoginLink>::failure(errorOf(r)));
        // A link may have been issued and lost on the way: make sure the member is
        // still there and active before asking again. The lost link just expires.
        lookup(task, member.email,
               [this, task, attempt, done, r](const Result<std::optional<RemoteMember>> &found) {
                   if (found.ok() && found.value && found.value->status == MemberStatus::Active)
                       return requestLink(task, *found.value, attempt + 1, done);
                   done(Result<LoginLink>::failure(errorOf(r)));
               });
    });
}

ApiTask *ForwardClient::listRoles(Done<QList<NamedRef>> done)
{
    return unsupported(MemberOperation::RolesAndGroups, done);
}

ApiTask *ForwardClient::listGroups(Done<QList<NamedRef>> done)
{
    return unsupported(MemberOperation::RolesAndGroups, done);
}
