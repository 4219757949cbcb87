#pragma once

#include "member_client.h"

#include <QUrl>

struct Endpoint;

// Heartbeat's v0 API, as its SSO guide and NOTES.md document it. Members are addressed by email
// for every write. A create answers the new member's id at most, the other writes only
// success, and no answer carries an account state: after a write the client looks the member
// up by email to return it as Heartbeat now has it, with the state the write set. Heartbeat
// issues no login links; members ask for their own magic link on the community page.
class HeartbeatClient : public MemberClient
{
    Q_OBJECT
public:
    // `baseUrl` ends in /v0; `communityUrl` is the community's sign-in page, may be empty.
    HeartbeatClient(ApiSession *session, const QUrl &baseUrl, const QUrl &communityUrl,
                    QObject *parent = nullptr);

    Provider provider() const override { return Provider::Heartbeat; }
    Capabilities capabilities() const override;

    // Every member in one answer (no paging, live), with an Unknown state.
    ApiTask *streamMembers(ListingSink sink, Done<ListingEnd> done) override;
    // NewMember::pending chooses PUT /pendingUser over PUT /users. The member is then read back
    // by email; should that look-up fail after the create worked, the answer is still a
    // success: the member as sent, with the id Heartbeat answered, if any.
    ApiTask *createMember(const NewMember &member, Done<RemoteMember> done) override;
    // The profile fields in one POST /users (an empty string clears one), then the groups
    // joined and left through membership calls, then the member read back. Fields Heartbeat
    // cannot change (Capabilities::editableFields()) fail with Unsupported, unsent.
    ApiTask *updateMember(const RemoteMember &member, const MemberChanges &changes,
                          Done<RemoteMember> done) override;
    ApiTask *deactivate(const RemoteMember &member, Done<RemoteMember> done) override;
    ApiTask *reactivate(const RemoteMember &member, Done<RemoteMember> done) override;
    // No request: the community page (Kind::CommunityPage), or Unsupported when the workspace
    // has no community URL.
    ApiTask *loginLink(const RemoteMember &member, Done<LoginLink> done) override;
    ApiTask *listRoles(Done<QList<NamedRef>> done) override;
    ApiTask *listGroups(Done<QList<NamedRef>> done) override;
    // PUT /groups/{id}/memberships, MembershipBatch addresses a request, then the group read
    // back: the answer names the addresses Heartbeat did not add (it skips those that are no
    // members without a word).
    ApiTask *addToGroup(const QString &groupId, const QStringList &emails,
                        Done<QStringList> done) override;
    // DELETE /groups/{id}/memberships; the answer names those still in the group.
    ApiTask *removeFromGroup(const QString &groupId, const QStringList &emails,
                             Done<QStringList> done) override;

    // Addresses per membership request: Heartbeat documents no limit (a guess).
    static constexpr int MembershipBatch = 100;

protected:
    // GET /find/users answers one user object, or 404 "Could not find user" (live); a list of
    // users is read too.
    void lookup(ApiTask *task, const QString &email,
                Done<std::optional<RemoteMember>> done) override;

private:
    static const Endpoint GetGroup;
    static const Endpoint AddMemberships;
    static const Endpoint RemoveMemberships;

    RawHeaderList auth() const;
    void sendProfile(ApiTask *task, const RemoteMember &member, const MemberChanges &changes,
                     bool readBackAfter, Done<RemoteMember> done);
    // Steps of `task`: membership calls for `emails`, a batch at a time, then the group read
    // back; `done` gets the addresses whose membership is not as asked.
    void changeMemberships(ApiTask *task, const Endpoint &endpoint, const QString &groupId,
                           QStringList emails, bool adding, Done<QStringList> done);
    void changeGroups(ApiTask *task, const RemoteMember &member, QStringList add,
                      QStringList remove, Done<RemoteMember> done);
    void readBack(ApiTask *task, const RemoteMember &known, MemberStatus actionStatus,
                  Done<RemoteMember> done);
    // Sends a write addressed by email; after its success, reads the member back.
    ApiTask *write(const Endpoint &endpoint, const QJsonObject &body, const RemoteMember &changed,
                   MemberStatus actionStatus, Done<RemoteMember> done);
    ApiTask *listRefs(const Endpoint &endpoint, Done<QList<NamedRef>> done);

    QUrl m_baseUrl;
    QUrl m_communityUrl;
};
