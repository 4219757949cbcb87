#pragma once

#include "member_client.h"

#include <QUrl>

class ForwardPaging;

// Forward's account portal API, as its login_url guide and the live evidence in NOTES.md
// describe it. Every listing and look-up names type=BUSINESS, and the workspace's business id
// when it has one (without it, every user the key reaches: a guess, docs/sandbox.md). Creates and
// link requests carry an x-idempotency-key, so that one whose answer was lost is resent as it was,
// not looked up (a create is looked up only when the answer to its last send was lost too).
class ForwardClient : public MemberClient
{
    Q_OBJECT
public:
    ForwardClient(ApiSession *session, const QUrl &baseUrl, const QString &businessId,
                  QObject *parent = nullptr);

    Provider provider() const override { return Provider::Forward; }
    Capabilities capabilities() const override;

    ApiTask *streamMembers(ListingSink sink, Done<ListingEnd> done) override;
    ApiTask *createMember(const NewMember &member, Done<RemoteMember> done) override;
    // Forward's PUT may replace the whole user: every field is sent, the unchanged ones as the
    // member has them now (looked up first when the caller does not know them).
    ApiTask *updateMember(const RemoteMember &member, const MemberChanges &changes,
                          Done<RemoteMember> done) override;
    ApiTask *deactivate(const RemoteMember &member, Done<RemoteMember> done) override;
    ApiTask *reactivate(const RemoteMember &member, Done<RemoteMember> done) override;
    ApiTask *loginLink(const RemoteMember &member, Done<LoginLink> done) override;
    ApiTask *listRoles(Done<QList<NamedRef>> done) override;
    ApiTask *listGroups(Done<QList<NamedRef>> done) override;

protected:
    void lookup(ApiTask *task, const QString &email,
                Done<std::optional<RemoteMember>> done) override;

private:
    RawHeaderList auth() const;
    QUrlQuery userQuery() const;
    void fetchPage(ApiTask *task, std::shared_ptr<ForwardPaging> paging,
                   std::shared_ptr<ListingProgress> progress, ListingSink sink,
                   Done<ListingEnd> done);
    void update(ApiTask *task, const RemoteMember &current, const MemberChanges &changes,
                Done<RemoteMember> done);
    ApiTask *setStatus(const RemoteMember &member, MemberStatus status, Done<RemoteMember> done);

    QUrl m_baseUrl;
    QString m_businessId;
};
