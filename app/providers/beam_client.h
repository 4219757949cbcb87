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

    ApiTask *streamMembers(ListingSink sink, Done<ListingEnd> done) override;
    // Beam requires a password: each send of a create carries a strong random one that nobody
    // ever uses (members sign in through SSO links); it is never logged or stored.
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
    // An unknown address: 404, or {"user": null} (NOTES.md: either reading).
    void lookup(ApiTask *task, const QString &email,
                Done<std::optional<RemoteMember>> done) override;

private:
    RawHeaderList auth() const;

    QUrl m_baseUrl;
};
