// HeartbeatClient's group membership calls (NOTES.md: PUT and DELETE
// /groups/{id}/memberships, then GET /groups/{id} to learn who is in the group).
#include "email_check.h"
#include "endpoint.h"
#include "heartbeat_client.h"
#include "provider_json.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
// The addresses of a group's users: {id, name, archived, parentGroupID, users: [{id, name,
// email}]} (live), or that inside {"data"}; nothing when the answer is neither.
std::optional<QSet<QString>> memberEmailsOf(const QJsonDocument &answer)
{
    QJsonObject group = answer.object();
    if (group.value(u"data"_s).isObject())
        group = group.value(u"data"_s).toObject();
    const QJsonValue users = group.value(u"users"_s);
    if (!users.isArray())
        return std::nullopt;
    QSet<QString> emails;
    for (const QJsonValue &user : users.toArray())
        emails.insert(EmailCheck::normalized(
            user.isObject() ? user.toObject().value(u"email"_s).toString() : user.toString()));
    return emails;
}
} // namespace

ApiTask *HeartbeatClient::addToGroup(const QString &groupId, const QStringList &emails,
                                     Done<QStringList> done)
{
    return startTask<QStringList>(
        [this, groupId, emails](ApiTask *task, Done<QStringList> report) {
            changeMemberships(task, AddMemberships, groupId, emails, true, report);
        },
        std::move(done));
}

ApiTask *HeartbeatClient::removeFromGroup(const QString &groupId, const QStringList &emails,
                                          Done<QStringList> done)
{
    return startTask<QStringList>(
        [this, groupId, emails](ApiTask *task, Done<QStringList> report) {
            changeMemberships(task, RemoveMemberships, groupId, emails, false, report);
        },
        std::move(done));
}

void HeartbeatClient::changeMemberships(ApiTask *task, const Endpoint &endpoint,
                                        const QString &groupId, QStringList emails, bool adding,
                                        Done<QStringList> done)
{
    for (QString &email : emails)
        email = EmailCheck::normalized(email);
    // The function holds itself weakly (held strongly, it would never be freed), and the request
    // in flight holds it strongly until its answer comes.
    const auto sendFrom = std::make_shared<std::function<void(qsizetype)>>();
    *sendFrom = [this, task, &endpoint, groupId, emails, adding, done,
                 weakSendFrom = std::weak_ptr(sendFrom)](qsizetype from) {
        if (from >= emails.size()) {
            // Heartbeat says nothing of whom it skipped: the group read back tells.
            return task->run(
                GetGroup.call(m_baseUrl, auth(), {groupId}),
                [this, emails, adding, done](const HttpResult &r) {
                    if (r.error.isError())
                        return done(Result<QStringList>::failure(errorOf(r)));
                    const std::optional<QSet<QString>> members =
                        memberEmailsOf(QJsonDocument::fromJson(r.body));
                    if (!members)
                        return done(Result<QStringList>::failure(badResponse(
                            r, QT_TRANSLATE_NOOP("MemberClient", "a group with its users"))));
                    QStringList notAsAsked;
                    for (const QString &email : emails) {
                        if (members->contains(email) != adding)
                            notAsAsked << email;
                    }
                    done({notAsAsked, {}});
                });
        }
        QJsonObject body{
            {u"emails"_s, QJsonArray::fromStringList(emails.mid(from, MembershipBatch))}};
        if (adding)
            body.insert(u"shouldRemoveFromSiblingGroups"_s, false);
        task->run(endpoint.call(m_baseUrl, auth(), {groupId}, {}, body),
                  [this, from, done, sendFrom = weakSendFrom.lock()](const HttpResult &r) {
                      if (r.error.isError())
                          return done(Result<QStringList>::failure(errorOf(r)));
                      if (ProviderJson::refusesWrite(QJsonDocument::fromJson(r.body)))
                          return done(Result<QStringList>::failure(writeRefused(r)));
                      (*sendFrom)(from + MembershipBatch);
                  });
    };
    (*sendFrom)(0);
}

void HeartbeatClient::changeGroups(ApiTask *task, const RemoteMember &member, QStringList add,
                                   QStringList remove, Done<RemoteMember> done)
{
    if (add.isEmpty() && remove.isEmpty())
        return readBack(task, member, member.status, done);
    const bool adding = !add.isEmpty();
    const QString groupId = adding ? add.takeFirst() : remove.takeFirst();
    changeMemberships(
        task, adding ? AddMemberships : RemoveMemberships, groupId, {member.email}, adding,
        [this, task, member, add, remove, adding, groupId, done](const Result<QStringList> &r) {
            if (!r.ok())
                return done(Result<RemoteMember>::failure(r.error));
            if (!r.value.isEmpty())
                return done(Result<RemoteMember>::failure(
                    ApiError::make(ApiErrorKind::Validation,
                                   (adding ? tr("Heartbeat did not add %1 to the group %2.")
                                           : tr("Heartbeat did not remove %1 from the group %2."))
                                       .arg(member.email, groupId))));
            changeGroups(task, member, add, remove, done);
        });
}
