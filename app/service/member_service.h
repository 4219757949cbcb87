#pragma once

#include "audit_log.h"
#include "member_client.h"
#include "member_record.h"
#include "workspace.h"

#include <QObject>
#include <memory>

class ApiSession;
class MemberRepository;
class RosterDatabase;

struct SyncSummary
{
    qint64 members = 0; // as the provider listed them
    qint64 added = 0;
    qint64 changed = 0;
    qint64 unchanged = 0;
    // Members the complete listing lacked, now marked Unlisted (never deleted).
    qint64 unlisted = 0;
    // An incomplete listing updates the members it brought and marks nobody; why, for people.
    bool complete = false;
    QString whyIncomplete;

    // "214 members listed: 3 new, 1 changed, 210 unchanged, 0 no longer listed.", and why an
    // incomplete listing marked nobody.
    QString text() const;
};

// What an admin does to the members of one workspace: each operation goes to the provider
// through the workspace's member client and, once the provider answers, brings the local roster
// up to date and writes the audit log (which never holds a key or a link). Every operation
// answers a task the caller may cancel; its callback runs once. Members are addressed by email;
// the provider id comes from the local roster when it is known, else the client looks it up.
//
// The provider's answer decides success: when the provider did something but the local roster
// cannot be written, the operation still succeeds and storeFailed() says why.
class MemberService : public QObject
{
    Q_OBJECT
public:
    // `session` and `db` are not owned and must outlive the service.
    MemberService(const Workspace &workspace, ApiSession *session, RosterDatabase &db,
                  QObject *parent = nullptr);
    ~MemberService() override;

    const Workspace &workspace() const { return m_workspace; }
    Capabilities capabilities() const { return m_client->capabilities(); }
    ApiSession *session() const { return m_session; }
    RosterDatabase &database() const { return m_db; }

    // A cheap call that proves the address and the key: a look-up of an address nobody has.
    ApiTask *testConnection(Done<bool> done);
    // The provider's listing brought into the local roster (Unsupported where it cannot list):
    // only what changed is written; members a complete listing lacks are kept as Unlisted, each
    // with an audit entry; an incomplete listing marks nobody. The listing is read as it
    // arrives and written batch by batch on a worker thread (SyncWriter), all in one
    // transaction: a sync that is cancelled or fails changes nothing. syncProgress() tells how
    // far it is; `done` runs after the roster is written.
    ApiTask *sync(Done<SyncSummary> done);
    // A sync is running: until it ends, its transaction holds the roster database's write lock
    // (one for every workspace in the file), so any other write would wait and then fail.
    bool isSyncing() const { return m_syncsRunning > 0; }
    // The member as the provider has it now, kept in the local roster; nothing when unknown.
    ApiTask *lookup(const QString &email, Done<std::optional<MemberRecord>> done);
    ApiTask *create(const NewMember &member, Done<MemberRecord> done);
    ApiTask *update(const QString &email, const MemberChanges &changes, Done<MemberRecord> done);
    ApiTask *deactivate(const QString &email, Done<MemberRecord> done);
    ApiTask *reactivate(const QString &email, Done<MemberRecord> done);
    // Heartbeat: adds the members with `emails` to `group` (one request a hundred of them,
    // then the group read back); `done` gets the addresses the provider did not add. Each
    // member's groups in the local roster and the audit log follow.
    ApiTask *addToGroup(const NamedRef &group, const QStringList &emails, Done<QStringList> done);
    // `done` gets the addresses the provider still lists in the group.
    ApiTask *removeFromGroup(const NamedRef &group, const QStringList &emails,
                             Done<QStringList> done);
    // The link is the caller's to show once: it is never stored, logged or audited.
    ApiTask *loginLink(const QString &email, Done<LoginLink> done);
    // Heartbeat's roles and groups, asked once per service and then answered from memory.
    ApiTask *roles(Done<QList<NamedRef>> done);
    ApiTask *groups(Done<QList<NamedRef>> done);

    // The stored member with this email, for a caller that shows it; nothing when not stored.
    std::optional<MemberRecord> storedMember(const QString &email, QString *error) const;

    // Where the operations started from now on come from, for the audit log (AuditSource:
    // dialog by default, cli, bulk-action, import-run-N). Each operation keeps the source it
    // started with. See AuditSourceScope.
    void setAuditSource(const QString &source) { m_source = source; }
    const QString &auditSource() const { return m_source; }
    // The OS user the audit log names as the actor (AuditSource::currentActor()).
    void setAuditActor(const QString &actor) { m_actor = actor; }

Q_SIGNALS:
    void memberStored(const MemberRecord &member);
    void rosterSynced(const SyncSummary &summary);
    // How far the running sync has read the provider's listing.
    void syncProgress(const ListingProgress &progress);
    // isSyncing() changed: a sync began, or ended however it ended (before its `done` runs).
    void syncingChanged(bool syncing);
    void auditRecorded(const AuditEntry &entry);
    void storeFailed(const QString &message);

private:
    RemoteMember addressOf(const QString &email) const;
    std::optional<MemberRecord> keep(const RemoteMember &member);
    // `source` is the one the operation started with (auditSource() then).
    void audit(const QString &source, const QString &action, const QString &email,
               const ApiError &error, const QString &detail = {}, const QString &changes = {});
    QString describe(const MemberChanges &changes, const QString &email) const;
    void auditSync(const QString &source, const SyncSummary &summary, const QStringList &unlisted);
    void keepMemberships(const NamedRef &group, const QStringList &emails,
                         const Result<QStringList> &notAsAsked, bool adding, const QString &source);
    ApiTask *changeMember(const QString &action, const QString &email,
                          std::function<ApiTask *(const RemoteMember &, Done<RemoteMember>)> call,
                          Done<MemberRecord> done);
    ApiTask *cachedRefs(std::optional<QList<NamedRef>> &cache,
                        ApiTask *(MemberClient::*list)(Done<QList<NamedRef>>),
                        Done<QList<NamedRef>> done);

    Workspace m_workspace;
    ApiSession *m_session;
    RosterDatabase &m_db;
    std::unique_ptr<MemberClient> m_client;
    std::unique_ptr<MemberRepository> m_members;
    std::unique_ptr<AuditLog> m_audit;
    std::optional<QList<NamedRef>> m_roles;
    std::optional<QList<NamedRef>> m_groups;
    QString m_source;
    QString m_actor;
    int m_syncsRunning = 0;
};

// Operations started on `service` while the scope lives record `source` in the audit log.
class AuditSourceScope
{
public:
    AuditSourceScope(MemberService &service, const QString &source)
        : m_service(service), m_previous(service.auditSource())
    {
        service.setAuditSource(source);
    }
    ~AuditSourceScope() { m_service.setAuditSource(m_previous); }
    AuditSourceScope(const AuditSourceScope &) = delete;
    AuditSourceScope &operator=(const AuditSourceScope &) = delete;

private:
    MemberService &m_service;
    QString m_previous;
};

Q_DECLARE_METATYPE(SyncSummary)
Q_DECLARE_METATYPE(ListingProgress)
