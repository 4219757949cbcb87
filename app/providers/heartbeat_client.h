#pragma once

#include "member_client.h"

#include <QUrl>

struct Endpoint;

// Heartbeat's v0 API, as its SSO guide and NOTES.md document it. Members are addressed by email
// for every write, and the writes answer no member: after a write the client looks the member up
// by email to return it as Heartbeat now has it. Heartbeat issues no login links; members ask
// for their own magic link on the community page.
class HeartbeatClient : public MemberClient
{
    Q_OBJECT
public:
    // `baseUrl` ends in /v0; `communityUrl` is the community's sign-in page, may be empty.
    HeartbeatClient(ApiSession *session, const QUrl &baseUrl, const QUrl &communityUrl,
                    QObject *parent = nullptr);

    Provider provider() const override { return Provider::Heartbeat; }
    Capabilities capabilities() const override;

    ApiTask *findByEmail(const QString &email, Done<std::optional<RemoteMember>> done) override;
    ApiTask *listMembers(Done<QList<RemoteMember>> done) override;
    // NewMember::pending chooses PUT /pendingUser over PUT /users. The name is NewMember::name,
    // or the first and last names joined when it is empty. The member is then read back by
    // email for its id; should that look-up fail after the create worked, the answer is still a
    // success: the member as sent, with an empty id.
    ApiTask *createMember(const NewMember &member, Done<RemoteMember> done) override;
    // Heartbeat changes name and bio only; other changes fail with Unsupported, unsent.
    ApiTask *updateMember(const RemoteMember &member, const MemberChanges &changes,
                          Done<RemoteMember> done) override;
    ApiTask *deactivate(const RemoteMember &member, Done<RemoteMember> done) override;
    ApiTask *reactivate(const RemoteMember &member, Done<RemoteMember> done) override;
    // No request: the community page (Kind::CommunityPage), or Unsupported when the workspace
    // has no community URL.
    ApiTask *loginLink(const RemoteMember &member, Done<LoginLink> done) override;
    ApiTask *listRoles(Done<QList<NamedRef>> done) override;
    ApiTask *listGroups(Done<QList<NamedRef>> done) override;

protected:
    void lookup(ApiTask *task, const QString &email,
                Done<std::optional<RemoteMember>> done) override;

private:
    RawHeaderList auth() const;
    void create(ApiTask *task, const NewMember &member, int attempt, Done<RemoteMember> done);
    void readBack(ApiTask *task, const RemoteMember &known, MemberStatus actionStatus,
                  Done<RemoteMember> done);
    ApiTask *setState(const RemoteMember &member, MemberStatus status, Done<RemoteMember> done);
    ApiTask *listRefs(const Endpoint &endpoint, Done<QList<NamedRef>> done);

    QUrl m_baseUrl;
    QUrl m_communityUrl;
};
