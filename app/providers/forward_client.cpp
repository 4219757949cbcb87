#include "forward_client.h"

#include "api_session.h"
#include "email_check.h"
#include "endpoint.h"
#include "forward_paging.h"
#include "idempotency_key.h"
#include "member_list_reader.h"
#include "provider_json.h"

using namespace Qt::StringLiterals;

namespace {
// Forward's endpoints (NOTES.md). The guide puts /v1 on the login link only, under the host;
// a live client configures a base URL that already ends in /v1 and calls the link under it.
const Endpoint FindUsers{"GET", u"/users", true};
const Endpoint CreateUser{"POST", u"/users", false};
const Endpoint UpdateUser{"PUT", u"/users/{id}", true};
const Endpoint SetUserStatus{"PUT", u"/users/{id}/status", true};
const Endpoint CreateLoginUrl{"POST", u"/v1/users/{id}/login_url", false};
const Endpoint CreateLoginUrlUnderV1{"POST", u"/users/{id}/login_url", false};

const QString UserType = u"BUSINESS"_s; // required on every listing (live)
constexpr int RequestedPageSize = 100;  // Forward may answer fewer: meta.size says
constexpr QByteArrayView IdempotencyHeader = "x-idempotency-key";

// The bare user object (live), or one inside {"data"} or {"user"}.
QJsonObject userObject(const QJsonDocument &answer)
{
    const QJsonObject object = answer.object();
    for (const QString &key : {u"data"_s, u"user"_s}) {
        if (object.value(key).isObject())
            return object.value(key).toObject();
    }
    return object;
}

std::optional<RemoteMember> memberFrom(const QJsonObject &o)
{
    RemoteMember member;
    member.id = ProviderJson::idText(o.value(u"id"_s));
    member.email = EmailCheck::normalized(o.value(u"email"_s).toString());
    if (member.id.isEmpty() || member.email.isEmpty())
        return std::nullopt;
    member.firstName = o.value(u"first_name"_s).toString();
    member.lastName = o.value(u"last_name"_s).toString();
    member.name = QString(member.firstName + u' ' + member.lastName).trimmed();
    member.status = ProviderJson::status(o.value(u"status"_s));
    member.createdAt = ProviderJson::time(o.value(u"created_at"_s));
    return member;
}

HttpCall withIdempotencyKey(HttpCall call, const QString &key)
{
    call.headers.append({IdempotencyHeader.toByteArray(), key.toLatin1()});
    return call;
}
} // namespace

ForwardClient::ForwardClient(ApiSession *session, const QUrl &baseUrl, const QString &businessId,
                             QObject *parent)
    : MemberClient(session, parent), m_baseUrl(baseUrl), m_businessId(businessId)
{}

Capabilities ForwardClient::capabilities() const
{
    return Capabilities::of(Provider::Forward, true);
}

RawHeaderList ForwardClient::auth() const
{
    return {{"x-api-key", session()->apiKey()}};
}

QUrlQuery ForwardClient::userQuery() const
{
    QUrlQuery query;
    query.addQueryItem(u"type"_s, UserType);
    if (!m_businessId.isEmpty())
        query.addQueryItem(u"business_id"_s,
                           QString::fromLatin1(QUrl::toPercentEncoding(m_businessId)));
    return query;
}

void ForwardClient::lookup(ApiTask *task, const QString &email,
                           Done<std::optional<RemoteMember>> done)
{
    QUrlQuery query = userQuery();
    query.addQueryItem(u"email"_s, QString::fromLatin1(QUrl::toPercentEncoding(email.trimmed())));
    using Found = Result<std::optional<RemoteMember>>;
    task->run(FindUsers.call(m_baseUrl, auth(), {}, query), [this, email,
                                                             done](const HttpResult &r) {
        if (isMemberNotFound(r))
            return done({std::nullopt, {}});
        if (r.error.isError())
            return done(Found::failure(errorOf(r)));
        const std::optional<QJsonArray> users =
            ProviderJson::listItems(QJsonDocument::fromJson(r.body));
        if (!users)
            return done(Found::failure(
                badResponse(r, QT_TRANSLATE_NOOP("MemberClient", "a list of users {data, meta}"))));
        // The email filter's exactness is not known: only this very address counts.
        done(memberWithEmail(r, *users, email,
                             [](const QJsonValue &user) { return memberFrom(user.toObject()); }));
    });
}

ApiTask *ForwardClient::streamMembers(ListingSink sink, Done<ListingEnd> done)
{
    return startTask<ListingEnd>(
        [this, sink](ApiTask *task, Done<ListingEnd> report) {
            fetchPage(task, std::make_shared<ForwardPaging>(RequestedPageSize),
                      std::make_shared<ListingProgress>(), sink, report);
        },
        std::move(done));
}

void ForwardClient::fetchPage(ApiTask *task, std::shared_ptr<ForwardPaging> paging,
                              std::shared_ptr<ListingProgress> progress, ListingSink sink,
                              Done<ListingEnd> done)
{
    QUrlQuery query = userQuery();
    query.addQueryItem(u"page"_s, QString::number(paging->nextPage()));
    query.addQueryItem(u"size"_s, QString::number(paging->requestedSize()));
    // A page is judged whole (its number, its members seen before) before it is handed on.
    auto page = std::make_shared<QList<RemoteMember>>();
    auto reader = std::make_shared<MemberListReader>(
        [](const QJsonValue &user) { return memberFrom(user.toObject()); },
        std::numeric_limits<qsizetype>::max(),
        [page](QList<RemoteMember> batch) { page->append(std::move(batch)); });
    task->run(FindUsers.call(m_baseUrl, auth(), {}, query),
              listingBody(reader, progress, sink, false),
              [this, task, paging, progress, sink, page, reader, done](const HttpResult &r) {
                  const auto unreadable = [this, &r] {
                      return Result<ListingEnd>::failure(badResponse(
                          r, QT_TRANSLATE_NOOP("MemberClient", "a list of users {data, meta}")));
                  };
                  if (reader->failed())
                      return done(unreadable());
                  if (r.error.kind == ApiErrorKind::Validation && paging->retryFromOne())
                      return fetchPage(task, paging, progress, sink, done);
                  if (r.error.isError())
                      return done(Result<ListingEnd>::failure(errorOf(r)));
                  if (!reader->finish())
                      return done(unreadable());
                  const ForwardPaging::Next next =
                      paging->take(reader->envelope(), *page, reader->unreadable());
                  progress->membersRead = paging->membersRead();
                  progress->membersExpected = paging->total().value_or(-1);
                  if (!page->isEmpty())
                      sink.batch(std::move(*page));
                  if (sink.progress)
                      sink.progress(*progress);
                  if (next == ForwardPaging::Next::Ask)
                      return fetchPage(task, paging, progress, sink, done);
                  done({paging->end(), {}});
              });
}

ApiTask *ForwardClient::createMember(const NewMember &member, Done<RemoteMember> done)
{
    const QString key =
        member.idempotencyKey.isEmpty() ? newIdempotencyKey() : member.idempotencyKey;
    const auto [firstName, lastName] = namePartsOf(member);
    QJsonObject body{{u"first_name"_s, firstName},
                     {u"last_name"_s, lastName},
                     {u"email"_s, member.email.trimmed()}};
    if (!m_businessId.isEmpty())
        body.insert(u"business_id"_s, m_businessId);
    UnsafeWrite<RemoteMember> write;
    write.call = [this, body, key] {
        return withIdempotencyKey(CreateUser.call(m_baseUrl, auth(), {}, {}, body), key);
    };
    write.resendsSafely = true;
    // Only when the last send's answer was lost too: did the user come to be after all?
    write.landed = [this, email = member.email](ApiTask *task,
                                                Done<std::optional<RemoteMember>> next) {
        lookup(task, email, next);
    };
    write.answered = [this](ApiTask *, const HttpResult &r, Done<RemoteMember> next) {
        std::optional<RemoteMember> created =
            memberFrom(userObject(QJsonDocument::fromJson(r.body)));
        if (!created)
            return next(Result<RemoteMember>::failure(
                badResponse(r, QT_TRANSLATE_NOOP("MemberClient", "the created user with its id"))));
        if (created->status == MemberStatus::Unknown)
            created->status = MemberStatus::Active;
        next({*created, {}});
    };
    return startTask<RemoteMember>(
        [this, write](ApiTask *task, Done<RemoteMember> report) {
            sendUnsafe(task, write, std::move(report));
        },
        std::move(done));
}

ApiTask *ForwardClient::updateMember(const RemoteMember &member, const MemberChanges &changes,
                                     Done<RemoteMember> done)
{
    if (ApiTask *refused = refuseUneditable(changes, done))
        return refused;
    const bool knowsEveryField =
        !member.id.isEmpty() && !member.firstName.isEmpty() && !member.lastName.isEmpty();
    return startTask<RemoteMember>(
        [this, member, changes, knowsEveryField](ApiTask *task, Done<RemoteMember> report) {
            if (knowsEveryField)
                return update(task, member, changes, report);
            RemoteMember unknown = member;
            unknown.id.clear();
            resolve(task, unknown, [this, task, changes, report](const Result<RemoteMember> &now) {
                if (!now.ok())
                    return report(now);
                update(task, now.value, changes, report);
            });
        },
        std::move(done));
}

void ForwardClient::update(ApiTask *task, const RemoteMember &current, const MemberChanges &changes,
                           Done<RemoteMember> done)
{
    RemoteMember changed = current;
    changed.firstName = changes.firstName.value_or(current.firstName);
    changed.lastName = changes.lastName.value_or(current.lastName);
    changed.email = EmailCheck::normalized(changes.email.value_or(current.email));
    changed.name = QString(changed.firstName + u' ' + changed.lastName).trimmed();
    QJsonObject body{{u"first_name"_s, changed.firstName},
                     {u"last_name"_s, changed.lastName},
                     {u"email"_s, changes.email ? changes.email->trimmed() : current.email}};
    // A PUT that replaces the whole user must not drop the user out of the business.
    if (!m_businessId.isEmpty())
        body.insert(u"business_id"_s, m_businessId);
    task->run(UpdateUser.call(m_baseUrl, auth(), {current.id}, {}, body),
              [this, changed, done](const HttpResult &r) {
                  if (r.error.isError())
                      return done(Result<RemoteMember>::failure(errorOf(r)));
                  const QJsonDocument json = QJsonDocument::fromJson(r.body);
                  if (ProviderJson::refusesWrite(json))
                      return done(Result<RemoteMember>::failure(writeRefused(r)));
                  // The answer is not shown in the guide: the user, or only a confirmation.
                  std::optional<RemoteMember> updated = memberFrom(userObject(json));
                  if (!updated)
                      return done({changed, {}});
                  if (updated->id != changed.id)
                      return done(Result<RemoteMember>::failure(badResponse(
                          r, QT_TRANSLATE_NOOP("MemberClient", "the updated user, with its id"))));
                  if (updated->status == MemberStatus::Unknown)
                      updated->status = changed.status;
                  done({*updated, {}});
              });
}

ApiTask *ForwardClient::setStatus(const RemoteMember &member, MemberStatus status,
                                  Done<RemoteMember> done)
{
    const QJsonObject body{
        {u"status"_s, status == MemberStatus::Active ? u"ACTIVE"_s : u"INACTIVE"_s}};
    return startTask<RemoteMember>(
        [this, member, body, status](ApiTask *task, Done<RemoteMember> report) {
            resolve(task, member,
                    [this, task, body, status, report](const Result<RemoteMember> &known) {
                        if (!known.ok())
                            return report(known);
                        task->run(
                            SetUserStatus.call(m_baseUrl, auth(), {known.value.id}, {}, body),
                            [this, known, status, report](const HttpResult &r) {
                                const bool already = saysAlreadyIn(r, status);
                                if (r.error.isError() && !already)
                                    return report(Result<RemoteMember>::failure(errorOf(r)));
                                if (ProviderJson::refusesWrite(QJsonDocument::fromJson(r.body)))
                                    return report(Result<RemoteMember>::failure(writeRefused(r)));
                                Result<RemoteMember> result{known.value, {}};
                                result.value.status = status;
                                if (already)
                                    result.note = alreadyInNote(status, r);
                                report(result);
                            });
                    });
        },
        std::move(done));
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
    const bool baseEndsInV1 =
        m_baseUrl.path().endsWith(u"/v1"_s) || m_baseUrl.path().endsWith(u"/v1/"_s);
    const Endpoint &endpoint = baseEndsInV1 ? CreateLoginUrlUnderV1 : CreateLoginUrl;
    const QString key = newIdempotencyKey();
    return startTask<LoginLink>(
        [this, member, &endpoint, key](ApiTask *task, Done<LoginLink> report) {
            resolve(
                task, member,
                [this, task, &endpoint, key, report](const Result<RemoteMember> &resolved) {
                    if (!resolved.ok())
                        return report(Result<LoginLink>::failure(resolved.error));
                    const QString id = resolved.value.id;
                    UnsafeWrite<LoginLink> write;
                    write.call = [this, &endpoint, id, key] {
                        return withIdempotencyKey(endpoint.call(m_baseUrl, auth(), {id}), key);
                    };
                    write.resendsSafely = true;
                    write.answered = [this, id](ApiTask *, const HttpResult &r,
                                                Done<LoginLink> next) {
                        const QJsonObject answer = userObject(QJsonDocument::fromJson(r.body));
                        const QString answeredId = ProviderJson::idText(answer.value(u"id"_s));
                        const QUrl url(answer.value(u"login_url"_s).toString(), QUrl::StrictMode);
                        session()->redactor().addSecret(url.toString().toUtf8());
                        // A link for another user must never reach the clipboard.
                        if (!answeredId.isEmpty() && answeredId != id)
                            return next(Result<LoginLink>::failure(
                                badResponse(r, QT_TRANSLATE_NOOP("MemberClient",
                                                                 "a login_url for this user"))));
                        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http"))
                            return next(Result<LoginLink>::failure(
                                badResponse(r, QT_TRANSLATE_NOOP("MemberClient", "a login_url"))));
                        next({LoginLink{LoginLink::Kind::OneTime, url}, {}});
                    };
                    sendUnsafe(task, write, report);
                });
        },
        std::move(done));
}

ApiTask *ForwardClient::listRoles(Done<QList<NamedRef>> done)
{
    return unsupported(MemberOperation::RolesAndGroups, std::move(done));
}

ApiTask *ForwardClient::listGroups(Done<QList<NamedRef>> done)
{
    return unsupported(MemberOperation::RolesAndGroups, std::move(done));
}
