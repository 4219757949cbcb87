#pragma once

#include "member_client.h"

#include <QUrl>

// Forward's account portal API, as its login_url guide documents it. Members are listed by
// business, so listing needs the workspace's business id.
class ForwardClient : public MemberClient
{
    Q_OBJECT
public:
    ForwardClient(ApiSession *session, const QUrl &baseUrl, const QString &businessId,
                  QObject *parent = nullptr);

    Provider provider() const override { return Provider::Forward; }
    Capabilities capabilities() const override;

    ApiTask *findByEmail(const QString &email, Done<std::optional<RemoteMember>> done) override;
    ApiTask *listMembers(Done<QList<RemoteMember>> done) override;
    ApiTask *createMember(const NewMember &member, Done<RemoteMember> done) override;
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
    void create(ApiTask *task, const NewMember &member, int attempt, Done<RemoteMember> done);
    void fetchPage(ApiTask *task, int offset, QList<RemoteMember> gathered,
                   Done<QList<RemoteMember>> done);
    void requestLink(ApiTask *task, const RemoteMember &member, int attempt, Done<LoginLink> done);
    ApiTask *setStatus(const RemoteMember &member, MemberStatus status, Done<RemoteMember> done);

    QUrl m_baseUrl;
    QString m_businessId;
};
