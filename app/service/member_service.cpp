#include "member_service.h"

#include "api_session.h"
#include "api_task.h"
#include "audit_source.h"
#include "change_text.h"
#include "client_factory.h"
#include "email_check.h"
#include "member_conversion.h"
#include "member_merge.h"
#include "member_repository.h"
#include "roster_database.h"
#include "sync_writer.h"

#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// A syntactically valid address on a reserved domain that no community has.
const QString ConnectionProbeEmail = u"roster-connection-check@example.invalid"_s;
} // namespace

MemberService::MemberService(const Workspace &workspace, ApiSession *session, RosterDatabase &db,
                             QObject *parent)
    : QObject(parent), m_workspace(workspace), m_session(session), m_db(db),
      m_client(makeMemberClient(workspace, session)),
      m_members(std::make_unique<MemberRepository>(db)), m_audit(std::make_unique<AuditLog>(db)),
      m_source(AuditSource::dialog()), m_actor(AuditSource::currentActor())
{}

MemberService::~MemberService() = default;

std::optional<MemberRecord> MemberService::storedMember(const QString &email, QString *error) const
{
    MemberRecord record;
    if (m_members->findByEmail(m_workspace.id, email, &record, error) ==
        MemberRepository::Lookup::Found)
        return record;
    return std::nullopt;
}

RemoteMember MemberService::addressOf(const QString &email) const
{
    QString ignored;
    if (const std::optional<MemberRecord> stored = storedMember(email, &ignored))
        return MemberConversion::toRemote(*stored);
    RemoteMember member;
    member.email = EmailCheck::normalized(email);
    return member;
}

std::optional<MemberRecord> MemberService::keep(const RemoteMember &member)
{
    const MemberRecord fresh = MemberConversion::toRecord(member, m_workspace.id);
    QString error;
    MemberRecord before;
    const bool known = m_members->findByProviderId(m_workspace.id, fresh.providerMemberId, &before,
                                                   &error) == MemberRepository::Lookup::Found ||
                       m_members->findByEmail(m_workspace.id, fresh.email, &before, &error) ==
                           MemberRepository::Lookup::Found;
    MemberRecord record =
        MemberMerge::withStored(fresh, known ? std::optional(before) : std::nullopt);
    record.lastSyncedAt = fresh.lastSyncedAt;
    if (!m_members->upsert(record, &error)) {
        Q_EMIT storeFailed(error);
        return record;
    }
    // Read back what the roster now holds: an upsert keeps a stored id the provider did not
    // repeat (Heartbeat's writes answer no member).
    if (const std::optional<MemberRecord> stored = storedMember(record.email, &error))
        record = *stored;
    Q_EMIT memberStored(record);
    return record;
}

void MemberService::audit(const QString &source, const QString &action, const QString &email,
                          const ApiError &error, const QString &detail, const QString &changes)
{
    // Nothing was tried at the provider: there is nothing to account for.
    if (error.kind == ApiErrorKind::Unsupported)
        return;
    AuditEntry entry;
    entry.workspaceId = m_workspace.id;
    entry.memberEmail = email.isEmpty() ? QString() : EmailCheck::normalized(email);
    entry.action = action;
    entry.outcome = error.isError() ? AuditOutcome::Failed : AuditOutcome::Ok;
    entry.detail = error.isError() ? error.message : detail;
    entry.actor = m_actor;
    entry.source = source;
    entry.changes = changes;
    QString failure;
    if (!m_audit->append(entry, &failure)) {
        Q_EMIT storeFailed(failure);
        return;
    }
    Q_EMIT auditRecorded(entry);
}

ApiTask *MemberService::testConnection(Done<bool> done)
{
    QPointer<MemberService> self(this);
    return m_client->findByEmail(
        ConnectionProbeEmail,
        [self, done, source = m_source](const Result<std::optional<RemoteMember>> &result) {
            if (self)
                self->audit(source, u"workspace-test"_s, {}, result.error, tr("key accepted"));
            done(result.ok() ? Result<bool>{true, {}} : Result<bool>::failure(result.error));
        });
}

void MemberService::auditSync(const QString &source, const SyncSummary &summary,
                              const QStringList &unlisted)
{
    const QString provider = providerDisplayName(m_workspace.provider);
    for (const QString &email : unlisted)
        audit(source, u"unlisted"_s, email, {},
              tr("not in %1's complete list of members: deactivated or removed outside Roster")
                  .arg(provider));
    audit(source, u"sync"_s, {}, {}, summary.text());
}

QString SyncSummary::text() const
{
    QString text = MemberService::tr("%n members listed: %1 new, %2 changed, %3 unchanged, %4 no "
                                     "longer listed.",
                                     nullptr, int(members))
                       .arg(QString::number(added), QString::number(changed),
                            QString::number(unchanged), QString::number(unlisted));
    if (!complete)
        text += u' ' + MemberService::tr("The list was incomplete, so nobody was marked as no "
                                         "longer listed: %1")
                           .arg(whyIncomplete);
    return text;
}

ApiTask *MemberService::sync(Done<SyncSummary> done)
{
    QPointer<MemberService> self(this);
    ++m_syncsRunning;
    Q_EMIT syncingChanged(true);
    done = [self, done = std::move(done)](const Result<SyncSummary> &synced) {
        if (self && --self->m_syncsRunning == 0)
            Q_EMIT self->syncingChanged(false);
        done(synced);
    };
    // Owned by the service, so that closing the workspace mid-sync abandons what it wrote.
    auto *writer = new SyncWriter(m_db.path(), m_workspace.id, m_workspace.name, this);
    ListingSink sink;
    sink.batch = [writer](QList<RemoteMember> batch) { writer->add(std::move(batch)); };
    sink.ready = [writer] { return writer->hasRoom(); };
    sink.progress = [self](const ListingProgress &progress) {
        if (self)
            Q_EMIT self->syncProgress(progress);
    };
    ApiTask *task = m_client->streamMembers(
        sink, [self, writer, done, source = m_source](const Result<ListingEnd> &listed) {
            if (!self)
                return;
            if (!listed.ok()) {
                writer->abandon();
                writer->deleteLater();
                self->audit(source, u"sync"_s, {}, listed.error);
                return done(Result<SyncSummary>::failure(listed.error));
            }
            SyncSummary summary;
            summary.members = listed.value.members;
            summary.complete = listed.value.complete;
            summary.whyIncomplete = listed.value.whyIncomplete;
            connect(writer, &SyncWriter::finished, self,
                    [self, writer, done, summary,
                     source](const MemberRepository::ListingSummary &written) mutable {
                        writer->deleteLater();
                        summary.added = written.added;
                        summary.changed = written.changed;
                        summary.unchanged = written.unchanged;
                        summary.unlisted = written.unlisted.size();
                        self->auditSync(source, summary, written.unlisted);
                        Q_EMIT self->rosterSynced(summary);
                        done({summary, {}});
                    });
            connect(writer, &SyncWriter::failed, self,
                    [self, writer, done, summary](const QString &error) {
                        writer->deleteLater();
                        Q_EMIT self->storeFailed(error);
                        done({summary, {}});
                    });
            writer->finish(listed.value.complete);
        });
    connect(writer, &SyncWriter::roomAgain, task, &ApiTask::resumeBody);
    return task;
}

ApiTask *MemberService::lookup(const QString &email, Done<std::optional<MemberRecord>> done)
{
    QPointer<MemberService> self(this);
    return m_client->findByEmail(
        email, [self, done](const Result<std::optional<RemoteMember>> &found) {
            if (!self)
                return;
            if (!found.ok())
                return done(Result<std::optional<MemberRecord>>::failure(found.error));
            if (!found.value)
                return done({std::nullopt, {}});
            done({self->keep(*found.value), {}});
        });
}

ApiTask *MemberService::create(const NewMember &member, Done<MemberRecord> done)
{
    QPointer<MemberService> self(this);
    const QString email = member.email;
    return m_client->createMember(member, [self, email, done,
                                           source = m_source](const Result<RemoteMember> &created) {
        if (!self)
            return;
        QString ignored;
        if (!created.ok() && self->storedMember(email, &ignored)) {
            // A failed add belongs to no existing member's history: it is the workspace's,
            // naming the address it tried.
            self->audit(
                source, u"create"_s, {},
                ApiError::make(
                    created.error.kind,
                    tr("adding %1: %2").arg(EmailCheck::normalized(email), created.error.message)));
            return done(Result<MemberRecord>::failure(created.error));
        }
        self->audit(source, u"create"_s, email, created.error,
                    created.value.status == MemberStatus::Pending ? tr("created pending")
                                                                  : tr("created active"));
        if (!created.ok())
            return done(Result<MemberRecord>::failure(created.error));
        done({*self->keep(created.value), {}});
    });
}

ApiTask *
MemberService::changeMember(const QString &action, const QString &email,
                            std::function<ApiTask *(const RemoteMember &, Done<RemoteMember>)> call,
                            Done<MemberRecord> done)
{
    QPointer<MemberService> self(this);
    return call(addressOf(email), [self, action, email, done,
                                   source = m_source](const Result<RemoteMember> &changed) {
        if (!self)
            return;
        self->audit(source, action, email, changed.error, changed.note);
        if (!changed.ok())
            return done(Result<MemberRecord>::failure(changed.error));
        done({*self->keep(changed.value), {}});
    });
}

QString MemberService::describe(const MemberChanges &changes, const QString &email) const
{
    QString ignored;
    const MemberRecord before = storedMember(email, &ignored).value_or(MemberRecord());
    QHash<QString, QString> groupNames;
    for (const NamedRef &group : m_groups.value_or(QList<NamedRef>()))
        groupNames.insert(group.id, group.name);
    return ChangeText::describe(changes, before, groupNames);
}

ApiTask *MemberService::update(const QString &email, const MemberChanges &changes,
                               Done<MemberRecord> done)
{
    const QString described = describe(changes, email);
    QPointer<MemberService> self(this);
    return m_client->updateMember(
        addressOf(email), changes,
        [self, email, described, done, source = m_source](const Result<RemoteMember> &changed) {
            if (!self)
                return;
            self->audit(source, u"update"_s, email, changed.error, {}, described);
            if (!changed.ok())
                return done(Result<MemberRecord>::failure(changed.error));
            done({*self->keep(changed.value), {}});
        });
}

ApiTask *MemberService::deactivate(const QString &email, Done<MemberRecord> done)
{
    return changeMember(
        u"deactivate"_s, email,
        [this](const RemoteMember &member, Done<RemoteMember> next) {
            return m_client->deactivate(member, std::move(next));
        },
        std::move(done));
}

ApiTask *MemberService::reactivate(const QString &email, Done<MemberRecord> done)
{
    return changeMember(
        u"reactivate"_s, email,
        [this](const RemoteMember &member, Done<RemoteMember> next) {
            return m_client->reactivate(member, std::move(next));
        },
        std::move(done));
}

ApiTask *MemberService::addToGroup(const NamedRef &group, const QStringList &emails,
                                   Done<QStringList> done)
{
    QPointer<MemberService> self(this);
    return m_client->addToGroup(
        group.id, emails,
        [self, group, emails, done, source = m_source](const Result<QStringList> &notAdded) {
            if (self)
                self->keepMemberships(group, emails, notAdded, true, source);
            done(notAdded);
        });
}

ApiTask *MemberService::removeFromGroup(const NamedRef &group, const QStringList &emails,
                                        Done<QStringList> done)
{
    QPointer<MemberService> self(this);
    return m_client->removeFromGroup(
        group.id, emails,
        [self, group, emails, done, source = m_source](const Result<QStringList> &stillIn) {
            if (self)
                self->keepMemberships(group, emails, stillIn, false, source);
            done(stillIn);
        });
}

void MemberService::keepMemberships(const NamedRef &group, const QStringList &emails,
                                    const Result<QStringList> &notAsAsked, bool adding,
                                    const QString &source)
{
    const QString action = adding ? u"group-add"_s : u"group-remove"_s;
    const QString name = group.name.isEmpty() ? group.id : group.name;
    for (const QString &email : emails) {
        const QString address = EmailCheck::normalized(email);
        if (!notAsAsked.ok()) {
            audit(source, action, address, notAsAsked.error);
            continue;
        }
        if (notAsAsked.value.contains(address)) {
            audit(source, action, address,
                  ApiError::make(ApiErrorKind::Validation,
                                 adding
                                     ? tr("%1 did not add them to %2: not a member there?")
                                           .arg(providerDisplayName(m_workspace.provider), name)
                                     : tr("%1 still lists them in %2.")
                                           .arg(providerDisplayName(m_workspace.provider), name)));
            continue;
        }
        audit(source, action, address, {}, name);
        QString error;
        std::optional<MemberRecord> stored = storedMember(address, &error);
        if (!stored)
            continue;
        stored->groups.removeIf([&group](const MemberGroup &g) { return g.id == group.id; });
        if (adding)
            stored->groups.append(MemberGroup{group.id, group.name});
        if (!m_members->upsert(*stored, &error)) {
            Q_EMIT storeFailed(error);
            continue;
        }
        Q_EMIT memberStored(*stored);
    }
}

ApiTask *MemberService::loginLink(const QString &email, Done<LoginLink> done)
{
    QPointer<MemberService> self(this);
    return m_client->loginLink(
        addressOf(email), [self, email, done, source = m_source](const Result<LoginLink> &link) {
            if (self) {
                // Heartbeat issues no links: what is copied is the community's sign-in page.
                const bool page = link.value.kind == LoginLink::Kind::CommunityPage;
                self->audit(source, page ? u"sign-in-page"_s : u"link"_s, email, link.error,
                            page ? tr("copied the community's sign-in page")
                                 : tr("one-time link issued"));
            }
            done(link);
        });
}

ApiTask *MemberService::cachedRefs(std::optional<QList<NamedRef>> &cache,
                                   ApiTask *(MemberClient::*list)(Done<QList<NamedRef>>),
                                   Done<QList<NamedRef>> done)
{
    if (cache) {
        auto *task = new ApiTask(m_session);
        QTimer::singleShot(0, task, [task, done, refs = *cache] {
            done({refs, {}});
            task->finish();
        });
        return task;
    }
    QPointer<MemberService> self(this);
    return (m_client.get()->*list)([self, &cache, done](const Result<QList<NamedRef>> &listed) {
        if (self && listed.ok())
            cache = listed.value;
        done(listed);
    });
}

ApiTask *MemberService::roles(Done<QList<NamedRef>> done)
{
    return cachedRefs(m_roles, &MemberClient::listRoles, std::move(done));
}

ApiTask *MemberService::groups(Done<QList<NamedRef>> done)
{
    return cachedRefs(m_groups, &MemberClient::listGroups, std::move(done));
}
