#include "heartbeat_client.h"

#include "api_session.h"
#include "email_check.h"
#include "endpoint.h"
#include "heartbeat_profile.h"
#include "member_list_reader.h"
#include "provider_json.h"

#include <QTimer>

using namespace Qt::StringLiterals;
using HeartbeatProfile::memberFrom;
using ProviderJson::BareValue;

namespace {
// Heartbeat's endpoints (NOTES.md), under the workspace's .../v0 base URL.
const Endpoint ListUsers{"GET", u"/users", true};
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
} // namespace

// Group membership (heartbeat_groups.cpp): adding or removing again changes nothing.
const Endpoint HeartbeatClient::GetGroup{"GET", u"/groups/{groupID}", true};
const Endpoint HeartbeatClient::AddMemberships{"PUT", u"/groups/{groupID}/memberships", true};
const Endpoint HeartbeatClient::RemoveMemberships{"DELETE", u"/groups/{groupID}/memberships", true};

namespace {

// A listing that arrived inside an envelope counting more members than it holds was one page.
bool holdsLessThanItCounts(const QJsonObject &object, qint64 items)
{
    const QJsonValue total = object.value(u"meta"_s).toObject().value(u"total_count"_s);
    const QJsonValue count = total.isDouble() ? total : object.value(u"total"_s);
    return count.isDouble() && count.toInteger() > items;
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
    QUrlQuery query;
    query.addQueryItem(u"email"_s, QString::fromLatin1(QUrl::toPercentEncoding(email.trimmed())));
    using Found = Result<std::optional<RemoteMember>>;
    task->run(
        FindUsers.call(m_baseUrl, auth(), {}, query), [this, email, done](const HttpResult &r) {
            if (isMemberNotFound(r))
                return done({std::nullopt, {}});
            if (r.error.isError())
                return done(Found::failure(errorOf(r)));
            const QJsonDocument json = QJsonDocument::fromJson(r.body);
            const std::optional<QJsonArray> list = ProviderJson::listItems(json);
            if (!list && !json.isObject())
                return done(Found::failure(badResponse(
                    r, QT_TRANSLATE_NOOP("MemberClient", "a user object or a list of users"))));
            const QJsonArray users = list ? *list : QJsonArray{json.object()};
            done(memberWithEmail(r, users, email, memberFrom));
        });
}

ApiTask *HeartbeatClient::streamMembers(ListingSink sink, Done<ListingEnd> done)
{
    return startTask<ListingEnd>(
        [this, sink](ApiTask *task, Done<ListingEnd> report) {
            auto reader = std::make_shared<MemberListReader>(memberFrom, ListingBatch, sink.batch);
            auto progress = std::make_shared<ListingProgress>();
            task->run(ListUsers.call(m_baseUrl, auth()), listingBody(reader, progress, sink, true),
                      [this, reader, report](const HttpResult &r) {
                          const auto unreadable = [this, &r] {
                              return Result<ListingEnd>::failure(badResponse(
                                  r, QT_TRANSLATE_NOOP("MemberClient", "a list of users")));
                          };
                          if (reader->failed())
                              return report(unreadable());
                          if (r.error.isError())
                              return report(Result<ListingEnd>::failure(errorOf(r)));
                          if (!reader->finish())
                              return report(unreadable());
                          ListingEnd end;
                          end.members = reader->membersRead();
                          if (reader->unreadable() > 0)
                              end.whyIncomplete =
                                  tr("%n of the users Heartbeat listed had no id or email.",
                                     nullptr, reader->unreadable());
                          else if (holdsLessThanItCounts(reader->envelope(), reader->itemCount()))
                              end.whyIncomplete =
                                  tr("Heartbeat answered one page of a longer list of users.");
                          end.complete = end.whyIncomplete.isEmpty();
                          report({end, {}});
                      });
        },
        std::move(done));
}

ApiTask *HeartbeatClient::createMember(const NewMember &member, Done<RemoteMember> done)
{
    const MemberStatus created = member.pending ? MemberStatus::Pending : MemberStatus::Active;
    const QString name = fullNameOf(member);
    UnsafeWrite<RemoteMember> write;
    write.call = [this, member, name] {
        QJsonObject body{
            {u"email"_s, member.email.trimmed()}, {u"name"_s, name}, {u"roleID"_s, member.roleId}};
        HeartbeatProfile::addProfile(body, member);
        return (member.pending ? CreatePendingUser : CreateUser)
            .call(m_baseUrl, auth(), {}, {}, body);
    };
    write.answered = [this, member, name, created](ApiTask *task, const HttpResult &r,
                                                   Done<RemoteMember> next) {
        const QJsonDocument json = QJsonDocument::fromJson(r.body);
        if (ProviderJson::refusesWrite(json))
            return next(Result<RemoteMember>::failure(writeRefused(r)));
        RemoteMember known = HeartbeatProfile::memberFromNew(member, name);
        known.id = ProviderJson::idText(json.object().value(u"userID"_s));
        // A pending member's status line and links go in an update after the create.
        if (HeartbeatProfile::pendingCreateLeavesOut(member))
            return sendProfile(task, known, HeartbeatProfile::leftOutOfPendingCreate(member),
                               member.readBack, next);
        if (!member.readBack)
            return next({known, {}});
        const MemberChanges sent = HeartbeatProfile::leftOutOfPendingCreate(member);
        readBack(task, known, created, [sent, next](const Result<RemoteMember> &read) {
            next({HeartbeatProfile::withChanges(read.value, sent), {}});
        });
    };
    write.landed = [this, member, created](ApiTask *task, Done<std::optional<RemoteMember>> next) {
        lookup(task, member.email,
               [created, next](const Result<std::optional<RemoteMember>> &found) {
                   Result<std::optional<RemoteMember>> landed = found;
                   if (landed.ok() && landed.value && landed.value->status == MemberStatus::Unknown)
                       landed.value->status = created;
                   next(landed);
               });
    };
    return startTask<RemoteMember>(
        [this, write](ApiTask *task, Done<RemoteMember> report) {
            sendUnsafe(task, write, std::move(report));
        },
        std::move(done));
}

// After a write, which Heartbeat answers with no member: the member as Heartbeat now has it,
// with `actionStatus` when Heartbeat tells no account state. The write was carried out, so when
// the look-up fails or finds nothing (Heartbeat may not find every state by email) the answer is
// `known`, the member as the write left it.
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

ApiTask *HeartbeatClient::write(const Endpoint &endpoint, const QJsonObject &body,
                                const RemoteMember &changed, MemberStatus actionStatus,
                                Done<RemoteMember> done)
{
    return startTask<RemoteMember>(
        [this, &endpoint, body, changed, actionStatus](ApiTask *task, Done<RemoteMember> report) {
            task->run(endpoint.call(m_baseUrl, auth(), {}, {}, body),
                      [this, task, changed, actionStatus, report](const HttpResult &r) {
                          const bool already = actionStatus != MemberStatus::Unknown &&
                                               saysAlreadyIn(r, actionStatus);
                          if (r.error.isError() && !already)
                              return report(Result<RemoteMember>::failure(errorOf(r)));
                          if (ProviderJson::refusesWrite(QJsonDocument::fromJson(r.body)))
                              return report(Result<RemoteMember>::failure(writeRefused(r)));
                          const QString note = already ? alreadyInNote(actionStatus, r) : QString();
                          readBack(task, changed, changed.status,
                                   [report, note](const Result<RemoteMember> &read) {
                                       Result<RemoteMember> result = read;
                                       result.note = note;
                                       report(result);
                                   });
                      });
        },
        std::move(done));
}

ApiTask *HeartbeatClient::updateMember(const RemoteMember &member, const MemberChanges &changes,
                                       Done<RemoteMember> done)
{
    if (ApiTask *refused = refuseUneditable(changes, done))
        return refused;
    return startTask<RemoteMember>(
        [this, member, changes](ApiTask *task, Done<RemoteMember> report) {
            MemberChanges profile = changes;
            profile.addGroupIds.clear();
            profile.removeGroupIds.clear();
            const bool groups = !changes.addGroupIds.isEmpty() || !changes.removeGroupIds.isEmpty();
            const auto groupsThen = [this, task, changes, profile,
                                     report](const Result<RemoteMember> &r) {
                if (!r.ok())
                    return report(r);
                changeGroups(task, r.value, changes.addGroupIds, changes.removeGroupIds,
                             [profile, report](const Result<RemoteMember> &read) {
                                 Result<RemoteMember> result = read;
                                 if (read.ok())
                                     result.value =
                                         HeartbeatProfile::withChanges(read.value, profile);
                                 report(result);
                             });
            };
            if (profile.isEmpty())
                return groupsThen({member, {}});
            sendProfile(task, member, profile, !groups,
                        groups ? Done<RemoteMember>(groupsThen) : report);
        },
        std::move(done));
}

void HeartbeatClient::sendProfile(ApiTask *task, const RemoteMember &member,
                                  const MemberChanges &changes, bool readBackAfter,
                                  Done<RemoteMember> done)
{
    // Addressed by email; only the fields sent change, an empty string clears one.
    QJsonObject body{{u"email"_s, member.email.trimmed()}};
    HeartbeatProfile::addChanges(body, changes);
    task->run(UpdateUser.call(m_baseUrl, auth(), {}, {}, body),
              [this, task, member, changes, readBackAfter, done](const HttpResult &r) {
                  if (r.error.isError())
                      return done(Result<RemoteMember>::failure(errorOf(r)));
                  if (ProviderJson::refusesWrite(QJsonDocument::fromJson(r.body)))
                      return done(Result<RemoteMember>::failure(writeRefused(r)));
                  const RemoteMember sent = HeartbeatProfile::withChanges(member, changes);
                  if (!readBackAfter)
                      return done({sent, {}});
                  readBack(task, sent, member.status,
                           [changes, done](const Result<RemoteMember> &read) {
                               done({HeartbeatProfile::withChanges(read.value, changes), {}});
                           });
              });
}

ApiTask *HeartbeatClient::deactivate(const RemoteMember &member, Done<RemoteMember> done)
{
    RemoteMember changed = member;
    changed.status = MemberStatus::Deactivated;
    return write(DeactivateUser, {{u"email"_s, member.email.trimmed()}}, changed,
                 MemberStatus::Deactivated, std::move(done));
}

ApiTask *HeartbeatClient::reactivate(const RemoteMember &member, Done<RemoteMember> done)
{
    // "Already active" is said of a pending member too (guess): a pending member stays pending.
    RemoteMember changed = member;
    if (member.status != MemberStatus::Pending)
        changed.status = MemberStatus::Active;
    return write(ReactivateUser, {{u"email"_s, member.email.trimmed()}}, changed,
                 MemberStatus::Active, std::move(done));
}

ApiTask *HeartbeatClient::loginLink(const RemoteMember &, Done<LoginLink> done)
{
    // Heartbeat has no API that issues a login link: members ask for their own magic link on
    // the community page, so that page is the answer, without a request.
    if (m_communityUrl.isEmpty() || !m_communityUrl.isValid()) {
        const QString why = tr("Heartbeat has no API for login links: members ask for their own "
                               "magic link on the community page. Set the workspace's community "
                               "URL so that Roster can point members to it.");
        return failLater(ApiError::make(ApiErrorKind::Unsupported, why), std::move(done));
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
    return startTask<QList<NamedRef>>(
        [this, &endpoint](ApiTask *task, Done<QList<NamedRef>> report) {
            task->run(endpoint.call(m_baseUrl, auth()), [this, report](const HttpResult &r) {
                if (r.error.isError())
                    return report(Result<QList<NamedRef>>::failure(errorOf(r)));
                const std::optional<QJsonArray> items =
                    ProviderJson::listItems(QJsonDocument::fromJson(r.body));
                if (!items)
                    return report(Result<QList<NamedRef>>::failure(
                        badResponse(r, QT_TRANSLATE_NOOP("MemberClient", "a list of {id, name}"))));
                QList<NamedRef> refs;
                for (const QJsonValue &item : *items) {
                    const NamedRef ref = ProviderJson::ref(item, BareValue::IsId);
                    if (!ref.id.isEmpty())
                        refs.append(ref);
                }
                report({refs, {}});
            });
        },
        std::move(done));
}

ApiTask *HeartbeatClient::listRoles(Done<QList<NamedRef>> done)
{
    return listRefs(ListRoles, std::move(done));
}

ApiTask *HeartbeatClient::listGroups(Done<QList<NamedRef>> done)
{
    return listRefs(ListGroups, std::move(done));
}
