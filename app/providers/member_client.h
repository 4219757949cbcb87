#pragma once

#include "capabilities.h"
#include "http_job.h"
#include "remote_member.h"

#include <QObject>

class ApiSession;
class ApiTask;

// What an admin does to a member, whatever the provider. Every call is asynchronous: it answers
// a task the caller may cancel, and its callback runs once with the result. Operations a
// provider lacks (see capabilities()) fail with ApiErrorKind::Unsupported without a request.
class MemberClient : public QObject
{
    Q_OBJECT
public:
    explicit MemberClient(ApiSession *session, QObject *parent = nullptr);

    virtual Provider provider() const = 0;
    virtual Capabilities capabilities() const = 0;

    virtual ApiTask *findByEmail(const QString &email, Done<std::optional<RemoteMember>> done) = 0;
    virtual ApiTask *listMembers(Done<QList<RemoteMember>> done) = 0;
    virtual ApiTask *createMember(const NewMember &member, Done<RemoteMember> done) = 0;
    virtual ApiTask *updateMember(const RemoteMember &member, const MemberChanges &changes,
                                  Done<RemoteMember> done) = 0;
    virtual ApiTask *deactivate(const RemoteMember &member, Done<RemoteMember> done) = 0;
    virtual ApiTask *reactivate(const RemoteMember &member, Done<RemoteMember> done) = 0;
    virtual ApiTask *loginLink(const RemoteMember &member, Done<LoginLink> done) = 0;
    virtual ApiTask *listRoles(Done<QList<NamedRef>> done) = 0;
    virtual ApiTask *listGroups(Done<QList<NamedRef>> done) = 0;

    ApiSession *session() const { return m_session; }

protected:
    // Looks the member with `email` up as one step of `task`: nothing when the provider has no
    // such member.
    virtual void lookup(ApiTask *task, const QString &email,
                        Done<std::optional<RemoteMember>> done) = 0;
    // `member` with its provider id, looked up by email as a step of `task` when the caller
    // does not know it (NotFound when the provider has no such member).
    void resolve(ApiTask *task, const RemoteMember &member, Done<RemoteMember> next);
    // A task that fails at once (on the next turn of the event loop) without a request.
    template <typename T> ApiTask *unsupported(MemberOperation operation, Done<T> done);
    ApiTask *failLater(const ApiError &error, std::function<void(const ApiError &)> report);
    // Fails at once, without a request, when `changes` touches a field this provider cannot
    // edit (see Capabilities::editableFields()); nullptr when every change is possible.
    ApiTask *refuseUneditable(const MemberChanges &changes, const Done<RemoteMember> &done);
    // The error of a failed call, with the provider's own message in it.
    ApiError errorOf(const HttpResult &result) const;
    // `what` is an untranslated phrase such as "a created user without an id".
    ApiError badResponse(const char *what) const;

private:
    ApiSession *m_session;
};

template <typename T> ApiTask *MemberClient::unsupported(MemberOperation operation, Done<T> done)
{
    return failLater(ApiError::make(ApiErrorKind::Unsupported, capabilities().whyNot(operation)),
                     [done](const ApiError &error) { done(Result<T>::failure(error)); });
}
