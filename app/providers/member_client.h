#pragma once

#include "api_task.h"
#include "capabilities.h"
#include "http_job.h"
#include "remote_member.h"

#include <QObject>

class ApiSession;

// What an admin does to a member, whatever the provider. Every call is asynchronous: it answers
// a task the caller may cancel, and its callback runs once with the result. Operations a
// provider lacks (see capabilities()) fail with ApiErrorKind::Unsupported without a request.
//
// A provider's answer Roster cannot read is never taken for success or for "not found": it
// fails with BadResponse, naming the endpoint, what was expected and what came (redacted).
class MemberClient : public QObject
{
    Q_OBJECT
public:
    // The most times one create or one link request is sent within one operation: the first
    // send, and a resend after each answer that was lost, as long as the provider can tell that
    // the write did not land (see UnsafeWrite). Retries happen at this one level: HttpJob
    // resends only what is idempotent or provably never left, and the import sends each row
    // through one operation (after a crash, it looks the row's member up first).
    static constexpr int MaxWriteSends = 3;

    explicit MemberClient(ApiSession *session, QObject *parent = nullptr);

    virtual Provider provider() const = 0;
    virtual Capabilities capabilities() const = 0;

    virtual ApiTask *findByEmail(const QString &email, Done<std::optional<RemoteMember>> done);
    // Members handed on per ListingSink::batch while a listing is read.
    static constexpr qsizetype ListingBatch = 2000;
    // Every member, handed to `sink` in batches as the answer arrives (memory stays bounded by
    // a batch); `done` then says whether the listing is complete. A malformed answer fails
    // with BadResponse, after the batches read before the fault: the caller drops them.
    virtual ApiTask *streamMembers(ListingSink sink, Done<ListingEnd> done) = 0;
    // The same, collected into one list, for callers that want it whole.
    ApiTask *listMembers(Done<MemberListing> done);
    virtual ApiTask *createMember(const NewMember &member, Done<RemoteMember> done) = 0;
    virtual ApiTask *updateMember(const RemoteMember &member, const MemberChanges &changes,
                                  Done<RemoteMember> done) = 0;
    virtual ApiTask *deactivate(const RemoteMember &member, Done<RemoteMember> done) = 0;
    // A member who is active already is a success, with Result::note saying so.
    virtual ApiTask *reactivate(const RemoteMember &member, Done<RemoteMember> done) = 0;
    virtual ApiTask *loginLink(const RemoteMember &member, Done<LoginLink> done) = 0;
    virtual ApiTask *listRoles(Done<QList<NamedRef>> done) = 0;
    virtual ApiTask *listGroups(Done<QList<NamedRef>> done) = 0;
    // Adds the members with `emails` to a group (Heartbeat); the answer names the addresses the
    // provider did not add. Unsupported elsewhere.
    virtual ApiTask *addToGroup(const QString &groupId, const QStringList &emails,
                                Done<QStringList> done);
    // Removes them; the answer names those still in the group.
    virtual ApiTask *removeFromGroup(const QString &groupId, const QStringList &emails,
                                     Done<QStringList> done);

    ApiSession *session() const { return m_session; }

protected:
    // Looks the member with `email` up as one step of `task`: nothing when the provider has no
    // member with exactly that address (compared with EmailCheck::normalized).
    virtual void lookup(ApiTask *task, const QString &email,
                        Done<std::optional<RemoteMember>> done) = 0;
    // `member` with its provider id, looked up by email as a step of `task` when the caller
    // does not know it (NotFound when the provider has no such member).
    void resolve(ApiTask *task, const RemoteMember &member, Done<RemoteMember> next);

    // A write that must not be carried out twice: a create, a link request.
    template <typename T> struct UnsafeWrite
    {
        // The request, made anew for each send (Beam's create sends a fresh password).
        std::function<HttpCall()> call;
        // Reads an answer that came, as a step of the task.
        std::function<void(ApiTask *, const HttpResult &, Done<T>)> answered;
        // Whether the write landed after all (its result), or nothing when it did not: asked
        // before a resend, and once more after the last send's answer was lost, so that the
        // outcome is known where it can be. Unset: the outcome stays unknown.
        std::function<void(ApiTask *, Done<std::optional<T>>)> landed;
        // The call carries an idempotency key the provider honours (Forward): a resend answers
        // the first send's result, so it needs no `landed` first.
        bool resendsSafely = false;
    };
    // Sends `write` at most MaxWriteSends times, as a step of `task`.
    template <typename T> void sendUnsafe(ApiTask *task, UnsafeWrite<T> write, Done<T> done);

    // A task running `work`; `done` runs once with its result, and the task then finishes.
    template <typename T>
    ApiTask *startTask(std::function<void(ApiTask *, Done<T>)> work, Done<T> done);
    // A task that fails at once (on the next turn of the event loop) without a request.
    template <typename T> ApiTask *unsupported(MemberOperation operation, Done<T> done);
    template <typename T> ApiTask *failLater(const ApiError &error, Done<T> done);
    // Fails at once, without a request, when `changes` touches a field this provider cannot
    // edit (see Capabilities::editableFields()); nullptr when every change is possible.
    ApiTask *refuseUneditable(const MemberChanges &changes, const Done<RemoteMember> &done);

    // The error of a failed call, with the provider's own message and the fields it names
    // (Forward's argument_errors) in it. A refusal (400, 422) that says the member is there
    // already ("already registered", "has already been taken") is a Conflict, as a 409 is.
    ApiError errorOf(const HttpResult &result) const;
    static bool saysAlreadyThere(const QString &said);
    // An answer Roster cannot read: `expected` is an untranslated phrase such as "a user object
    // or a list of users"; the message names the endpoint and quotes what came, redacted.
    ApiError badResponse(const HttpResult &result, const char *expected) const;
    // The user with the address `email` (EmailCheck::normalized) among `users`, read by `parse`:
    // nothing when none has that very address (a provider's filter may be loose); an
    // unreadable answer of `result` when none matched and one could not be read.
    using MemberParser = std::function<std::optional<RemoteMember>(const QJsonValue &)>;
    Result<std::optional<RemoteMember>> memberWithEmail(const HttpResult &result,
                                                        const QJsonArray &users,
                                                        const QString &email,
                                                        const MemberParser &parse) const;
    // A 2xx answer that says the write failed ({"success": false}).
    ApiError writeRefused(const HttpResult &result) const;
    // A 404 whose JSON message is about a member ("Could not find user"), rather than about an
    // address with no such endpoint: only that is "no such member".
    static bool isMemberNotFound(const HttpResult &result);
    // A refusal that leaves the member as the caller wanted: "This user is already active"
    // (Heartbeat, live) when reactivating, "already deactivated" or "inactive" the other way.
    static bool saysAlreadyIn(const HttpResult &result, MemberStatus status);
    // Result::note for a member who already was in `status`; none when the request had been
    // sent before (an earlier send, whose answer was lost, made the change).
    static QString alreadyInNote(MemberStatus status, const HttpResult &result);

    // The member's full name: NewMember::name, else the first and last names joined.
    static QString fullNameOf(const NewMember &member);
    // First and last name: as given, else NewMember::name split (NameSplit).
    static std::pair<QString, QString> namePartsOf(const NewMember &member);

private:
    template <typename T>
    void sendUnsafeAttempt(ApiTask *task, UnsafeWrite<T> write, Done<T> done, int sent);
    ApiTask *failTask(const ApiError &error, std::function<void(const ApiError &)> report);

    ApiSession *m_session;
};

template <typename T>
ApiTask *MemberClient::startTask(std::function<void(ApiTask *, Done<T>)> work, Done<T> done)
{
    auto *task = new ApiTask(m_session);
    work(task, [task, done = std::move(done)](const Result<T> &result) {
        done(result);
        task->finish();
    });
    return task;
}

template <typename T> ApiTask *MemberClient::failLater(const ApiError &error, Done<T> done)
{
    return failTask(error, [done](const ApiError &e) { done(Result<T>::failure(e)); });
}

template <typename T> ApiTask *MemberClient::unsupported(MemberOperation operation, Done<T> done)
{
    return failLater(ApiError::make(ApiErrorKind::Unsupported, capabilities().whyNot(operation)),
                     std::move(done));
}

template <typename T>
void MemberClient::sendUnsafe(ApiTask *task, UnsafeWrite<T> write, Done<T> done)
{
    sendUnsafeAttempt(task, std::move(write), std::move(done), 0);
}

template <typename T>
void MemberClient::sendUnsafeAttempt(ApiTask *task, UnsafeWrite<T> write, Done<T> done, int sent)
{
    ++sent;
    HttpCall call = write.call();
    task->run(std::move(call), [this, task, write, done, sent](const HttpResult &r) {
        if (!r.error.isError())
            return write.answered(task, r, done);
        // A cancel is the user's answer: never look and send again after it.
        if (!r.error.outcomeUnknown || task->isCancelled())
            return done(Result<T>::failure(errorOf(r)));
        const bool mayResend = sent < MaxWriteSends;
        if (mayResend && write.resendsSafely)
            return sendUnsafeAttempt(task, write, done, sent);
        if (!write.landed)
            return done(Result<T>::failure(errorOf(r)));
        write.landed(
            task, [this, task, write, done, sent, mayResend, r](const Result<std::optional<T>> &f) {
                if (!f.ok())
                    return done(Result<T>::failure(errorOf(r)));
                if (f.value)
                    return done({*f.value, {}});
                if (!mayResend)
                    return done(Result<T>::failure(errorOf(r)));
                sendUnsafeAttempt(task, write, done, sent);
            });
    });
}
