#pragma once

#include "member_client.h"

#include <QUrl>

// Beam.gg's experimental Users API, as its guide documents it: look up, create and edit a
// member, and get a one-time SSO link. Beam has no list, deactivation, roles or groups.
class BeamClient : public MemberClient
{
    Q_OBJECT
public:
    BeamClient(ApiSession *session, const QUrl &baseUrl, QObject *parent = nullptr);

    Provider provider() const override { return Provider::Beam; }
    Capabilities capabilities() const override;

    ApiTask *findByEmail(const QString &email, Done<std::optional<RemoteMember>> done) override;
    ApiTask *listMembers(Done<QList<RemoteMember>> done) override;
    // Beam requires a password: each create sends a strong random one that nobody ever uses
    // (members sign in through SSO links); it is never logged or stored. With first and last
    // names both empty, NewMember::name is split at its first space.
    ApiTask *createMember(const NewMember &member, Done<RemoteMember> done) override;
    // Beam changes first and last names only; other changes fail with Unsupported, unsent.
    ApiTask *updateMember(const RemoteMember &member, const MemberChanges &changes,
                          Done<RemoteMember> done) override;
    ApiTask *deactivate(const RemoteMember &member, Done<RemoteMember> done) override;
    ApiTask *reactivate(const RemoteMember &member, Done<RemoteMember> done) override;
    // A one-time SSO link (Kind::OneTime): a secret, added to the session's redactor.
    ApiTask *loginLink(const RemoteMember &member, Done<LoginLink> done) override;
    ApiTask *listRoles(Done<QList<NamedRef>> done) override;
    ApiTask *listGroups(Done<QList<NamedRef>> done) override;

protected:
    void lookup(ApiTask *task, const QString &email,
                Done<std::optional<RemoteMember>> done) override;

private:
    RawHeaderList auth() const;
    void create(ApiTask *task, const NewMember &member, int attempt, Done<RemoteMember> done);
    void requestLink(ApiTask *task, const RemoteMember &member, int attempt, Done<LoginLink> done);

    QUrl m_baseUrl;
};
