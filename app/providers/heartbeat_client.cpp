#include "heartbeat_client.h"

#include "api_session.h"
#include "api_task.h"
#include "endpoint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// Heartbeat's endpoints (NOTES.md), under the workspace's .../v0 base URL.
const Endpoint ListUsers{"GET", u"/users", true};
// Not needed by any operation (every write and look-up goes by email); kept for completeness.
[[maybe_unused]] const Endpoint GetUser{"GET", u"/users/{userID}", true};
const Endpoint FindUsers{"GET", u"/find/users", true};
// A create that landed answers 409 when sent again: never resent without looking first.
const Endpoint CreateUser{"PUT", u"/users", false};
// Sent again for a still-pending email this updates that member with the same fields, so a
// repeat is harmless as long as the member stays pending. But the member may sign in between
// the two sends, and the repeat then fails with 409 and hides the create that worked. So it is
// treated like any create: after an unknown outcome, look the member up before sending again.
const Endpoint CreatePendingUser{"PUT", u"/pendingUser", false};
const Endpoint UpdateUser{"POST", u"/users", true};       // sets the fields it is sent
const Endpoint DeactivateUser{"DELETE", u"/users", true}; // sets a state
const Endpoint ReactivateUser{"POST", u"/users/reactivate", true};
const Endpoint ListRoles{"GET", u"/roles", true};
const Endpoint ListGroups{"GET", u"/groups", true};

constexpr int MaxCreateAttempts = 3;

// Ids are text in Heartbeat's answers; accept a number as well.
QString idText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

// {id, name}, or a bare id.
NamedRef refFrom(const QJsonValue &value)
{
    if (!value.isObject())
        return NamedRef{idText(value), {}};
    const QJsonObject o = value.toObject();
    return NamedRef{idText(o.value(u"id"_s)), o.value(u"name"_s).toString()};
}

std::optional<RemoteMember> memberFrom(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    RemoteMember member;
    member.id = idText(o.value(u"id"_s));
    member.email = o.value(u"email"_s).toString().trimmed().toLower();
    if (member.id.isEmpty() || member.email.isEmpty())
        return std::nullopt;
    member.name = o.value(u"name"_s).toString();
    member.bio = o.value(u"bio"_s).toString();
    const QJsonValue role = o.value(u"role"_s);
    if (!role.isNull() && !role.isUndefined())
        member.role = refFrom(role);
    const QJsonArray groups = o.value(u"groups"_s).toArray();
    for (const QJsonValue &group : groups) {
        const NamedRef ref = refFrom(group);
        if (!ref.id.isEmpty())
            member.groups.append(ref);
    }
    // Heartbeat documents no account state; the sandbox sends accountStatus. Without it the
    // status is Unknown.
    member.status = memberStatusFromId(o.value(u"accountStatus"_s).toString().toLower())
                        .value_or(MemberStatus::Unknown);
    return member;
}

QString nameOf(const NewMember &member)
{
    const QString name = member.name.trimmed();
    if (!name.isEmpty())
        return name;
    return QString(member.firstName.trimmed() + u' ' + member.lastName.trimmed()).trimmed();
}

// The member as a create leaves it, for when Heartbeat cannot be asked.
RemoteMember memberFromNew(const NewMember &member)
{
    RemoteMember known;
    known.email = member.email.trimmed().toLower();
    known.name = nameOf(member);
    known.firstName = member.firstName;
    known.lastName = member.lastName;
    known.role = NamedRef{member.roleId, {}};
    for (const QString &groupId : member.groupIds)
        known.groups.append(NamedRef{groupId, {}});
    known.bio = member.bio;
    known.status = member.pending ? MemberStatus::Pending : MemberStatus::Active;
    return known;
}
} // namespace

HeartbeatClient::HeartbeatClient(ApiSession *session, const QUrl &baseUrl, const QUrl &communityUrl,
                                 QObject *parent)
    : MemberClient(session, parent), m_baseUrl(baseUrl), m_communityUrl(communityUrl)
{}

Capabilities HeartbeatClient::capabilities() const
{
    return Capabilities::of(Provider::Heartbeat, true);
}

RawHeaderList HeartbeatClient::auth() const
{
    return {{"Authorization", QByteArray("Bearer "_ba + session()->apiKey())}};
}

void HeartbeatClient::lookup(ApiTask *task, const QString &email,
                             Done<std::optional<RemoteMember>> done)
{
    const QString wanted = email.trimmed().toLower();
    QUrlQuery query;
    query.addQueryItem(u"email"_s, QString::fromLatin1(QUrl::toPercentEncoding(email.trimmed())));
    task->run(
        FindUsers.call(m_baseUrl, auth(), {}, query), [this, wanted, done](const HttpResult &r) {
            if (r.error.isError())
                return done(Result<std::optional<RemoteMember>>::failure(errorOf(r)));
            const QJsonDocument json = QJsonDocument::fromJson(r.body);
            if (!json.isArray())
                return done(Result<std::optional<RemoteMember>>::failure(badResponse(
                    QT_TRANSLATE_NOOP("MemberClient", "a member search that is not a list"))));
            // Documented as "0 or more users": take the one with this very address.
            const QJsonArray users = json.array();
            for (const QJsonValue &user : users) {
                const std::optional<RemoteMember> member = memberFrom(user);
                if (member && member->email == wanted)
                    return done({member, {}});
            }
            done({std::nullopt, {}});
        });
}

ApiTask *HeartbeatClient::findByEmail(const QString &email, Done<std::optional<RemoteMember>> done)
{
    auto *task = new ApiTask(session());
    lookup(task, email, [task, done](const Result<std::optional<RemoteMember>> &result) {
        done(result);
        task->finish();
    });
    return task;
}

ApiTask *HeartbeatClient::listMembers(Done<QList<RemoteMember>> done)
{
    auto *task = new ApiTask(session());
    task->run(ListUsers.call(m_baseUrl, auth()), [this, task, done](const HttpResult &r) {
        const QJsonDocument json = QJsonDocument::fromJson(r.body);
        if (r.error.isError()) {
            done(Result<QList<RemoteMember>>::failure(errorOf(r)));
        } else if (!json.isArray()) {
            done(Result<QList<RemoteMember>>::failure(badResponse(
                QT_TRANSLATE_NOOP("MemberClient", "a member list that is not a list"))));
        } else {
            QList<RemoteMember> members;
            const QJsonArray users = json.array();
            for (const QJsonValue &user : users) {
                if (std::optional<RemoteMember> member = memberFrom(user))
                    members.append(*member);
            }
            done({members, {}});
        }
        task->finish();
    });
    return task;
}

ApiTask *HeartbeatClient::createMember(const NewMember &member, Done<RemoteMember> done)
{
    auto *task = new ApiTask(session());
    create(task, member, 1, [task, done](const Result<RemoteMember> &result) {
        done(result);
        task->finish();
    });
    return task;
}

void HeartbeatClient::create(ApiTask *task, const NewMember &member, int attempt,
                             Done<RemoteMember> done)
{
    QJsonObject body{{u"email"_s, member.email.trimmed()},
                     {u"name"_s, nameOf(member)},
                     {u"roleID"_s, member.roleId}};
    if (!member.groupIds.isEmpty())
        body.insert(u"groupIDs"_s, QJsonArray::fromStringList(member.groupIds));
    if (!member.bio.isEmpty())
        body.insert(u"bio"_s, member.bio);
    const Endpoint &endpoint = member.pending ? CreatePendingUser : CreateUser;
    const MemberStatus created = member.pending ? MemberStatus::Pending : MemberStatus::Active;
    HttpCall call = endpoint.call(m_baseUrl, auth(), {}, {}, body);
    task->run(std::move(call), [this, task, member, attempt, created, done](const HttpResult &r) {
        // Heartbeat answers no member: read it back, which also tells its id.
        if (!r.error.isError() && !member.readBack)
            return done({memberFromNew(member), {}});
        if (!r.error.isError())
            return readBack(task, memberFromNew(member), created, done);
        // A cancel is the user's answer: never look and send again after it.
        if (!r.error.outcomeUnknown || task->isCancelled() || attempt >= MaxCreateAttempts)
            return done(Result<RemoteMember>::failure(errorOf(r)));
        // The create may have landed: look before sending it again.
        lookup(task, member.email,
               [this, task, member, attempt, created, done,
                r](const Result<std::optional<RemoteMember>> &found) {
                   if (found.ok() && found.value) {
                       RemoteMember existing = *found.value;
                       if (existing.status == MemberStatus::Unknown)
                           existing.status = created;
                       return done({existing, {}});
                   }
                   if (found.ok())
                       return create(task, member, attempt + 1, done);
                   done(Result<RemoteMember>::failure(errorOf(r)));
               });
    });
}

// After a write, which Heartbeat answers with no member: the member as Heartbeat now has it,
// with `actionStatus` when Heartbeat tells no account state. The write was carried out, so when
// the look-up fails or finds nothing (Heartbeat may not find every state by email) the answer is
// `known`, the member as the write left it; after a create its id is then empty.
void HeartbeatClient::readBack(ApiTask *task, const RemoteMember &known, MemberStatus actionStatus,
                               Done<RemoteMember> done)
{
    lookup(task, known.email,
           [known, actionStatus, done](const Result<std::optional<RemoteMember>> &found) {
               RemoteMember member = found.ok() && found.value ? *found.value : known;
               if (member.status == MemberStatus::Unknown)
                   member.status = actionStatus;
               done({member, {}});
           });
}

ApiTask *HeartbeatClient::updateMember(const RemoteMember &member, const MemberChanges &changes,
                                       Done<RemoteMember> done)
{
    if (ApiTask *refused = refuseUneditable(changes, done))
        return refused;

    // Addressed by email; only the fields sent change.
    QJsonObject body{{u"email"_s, member.email.trimmed()}};
    RemoteMember changed = member;
    if (changes.name) {
        body.insert(u"name"_s, *changes.name);
        changed.name = *changes.name;
    }
    if (changes.bio) {
        body.insert(u"bio"_s, *changes.bio);
        changed.bio = *changes.bio;
    }
    auto *task = new ApiTask(session());
    task->run(UpdateUser.call(m_baseUrl, auth(), {}, {}, body),
              [this, task, changed, done](const HttpResult &r) {
                  auto report = [task, done](const Result<RemoteMember> &result) {
                      done(result);
                      task->finish();
                  };
                  if (r.error.isError())
                      return report(Result<RemoteMember>::failure(errorOf(r)));
                  readBack(task, changed, MemberStatus::Unknown, report);
              });
    return task;
}

ApiTask *HeartbeatClient::setState(const RemoteMember &member, MemberStatus status,
                                   Done<RemoteMember> done)
{
    const Endpoint &endpoint =
        status == MemberStatus::Deactivated ? DeactivateUser : ReactivateUser;
    const QJsonObject body{{u"email"_s, member.email.trimmed()}};
    auto *task = new ApiTask(session());
    task->run(endpoint.call(m_baseUrl, auth(), {}, {}, body),
              [this, task, member, status, done](const HttpResult &r) {
                  auto report = [task, done](const Result<RemoteMember> &result) {
                      done(result);
                      task->finish();
                  };
                  if (r.error.isError())
                      return report(Result<RemoteMember>::failure(errorOf(r)));
                  RemoteMember changed = member;
                  changed.status = status;
                  // A reactivated member who never signed in is pending again: Heartbeat's
                  // answer to the look-up tells, when it has an account state.
                  readBack(task, changed, status, report);
              });
    return task;
}

ApiTask *HeartbeatClient::deactivate(const RemoteMember &member, Done<RemoteMember> done)
{
    return setState(member, MemberStatus::Deactivated, std::move(done));
}

ApiTask *HeartbeatClient::reactivate(const RemoteMember &member, Done<RemoteMember> done)
{
    return setState(member, MemberStatus::Active, std::move(done));
}

ApiTask *HeartbeatClient::loginLink(const RemoteMember &, Done<LoginLink> done)
{
    // Heartbeat has no API that issues a login link: members ask for their own magic link on
    // the community page, so that page is the answer, without a request.
    if (m_communityUrl.isEmpty() || !m_communityUrl.isValid()) {
        const QString why = tr("Heartbeat has no API for login links: members ask for their own "
                               "magic link on the community page. Set the workspace's community "
                               "URL so that Roster can point members to it.");
        return failLater(
            ApiError::make(ApiErrorKind::Unsupported, why),
            [done](const ApiError &error) { done(Result<LoginLink>::failure(error)); });
    }
    auto *task = new ApiTask(session());
    // Answer on the next turn of the event loop, like every other operation.
    QTimer::singleShot(0, task, [task, done, url = m_communityUrl] {
        done({LoginLink{LoginLink::Kind::CommunityPage, url}, {}});
        task->finish();
    });
    return task;
}

ApiTask *HeartbeatClient::listRefs(const Endpoint &endpoint, Done<QList<NamedRef>> done)
{
    auto *task = new ApiTask(session());
    task->run(endpoint.call(m_baseUrl, auth()), [this, task, done](const HttpResult &r) {
        const QJsonDocument json = QJsonDocument::fromJson(r.body);
        if (r.error.isError()) {
            done(Result<QList<NamedRef>>::failure(errorOf(r)));
        } else if (!json.isArray()) {
            done(Result<QList<NamedRef>>::failure(
                badResponse(QT_TRANSLATE_NOOP("MemberClient", "a list that is not a list"))));
        } else {
            QList<NamedRef> refs;
            const QJsonArray items = json.array();
            for (const QJsonValue &item : items) {
                const NamedRef ref = refFrom(item);
                if (!ref.id.isEmpty())
                    refs.append(ref);
            }
            done({refs, {}});
        }
        task->finish();
    });
    return task;
}

ApiTask *HeartbeatClient::listRoles(Done<QList<NamedRef>> done)
{
    return listRefs(ListRoles, std::move(done));
}

ApiTask *HeartbeatClient::listGroups(Done<QList<NamedRef>> done)
{
    return listRefs(ListGroups, std::move(done));
}
