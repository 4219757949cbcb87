#pragma once

#include "member_reader.h"
#include "member_record.h"

#include <QCoreApplication>
#include <optional>

class RosterDatabase;

// The members of each workspace's local roster.
//
// Providers that can list their members (Heartbeat, Forward) refresh a workspace
// with applyListing(). Beam cannot list, so its roster holds only the members Roster created or
// looked up, kept with upsert(). No member is ever deleted because a provider stopped listing
// them: they are kept as MemberStatus::Unlisted.
//
// Login links are returned to the caller by the providers' clients and never pass through here.
// Every write is one transaction; wrap several calls in a StoreTransaction to make them one.
class MemberRepository
{
    Q_DECLARE_TR_FUNCTIONS(MemberRepository)
public:
    enum class Lookup
    {
        Found,
        NotFound,
        Failed
    };

    struct WriteSummary
    {
        qint64 inserted = 0;
        qint64 updated = 0;
        qint64 removed = 0;
    };

    explicit MemberRepository(RosterDatabase &db);

    // Stores `member` under member.workspaceId. The stored member it replaces is the one with
    // the same provider id, else the one with the same (normalised) email; with neither, it is
    // new. A provider id that comes with a new email renames the member; another stored member
    // that still holds that email is stale and is removed. Every field is overwritten, except
    // that an empty provider id, an invalid timestamp or an unset profile field keeps the stored
    // one, and a member that tells nothing of their sign-ins keeps what was stored of them.
    bool upsert(const MemberRecord &member, QString *error);
    // upsert() for each member, all in one transaction: all are stored, or none.
    std::optional<WriteSummary> upsertMany(const QList<MemberRecord> &members, QString *error);
    struct ListingSummary
    {
        qint64 listed = 0;
        qint64 added = 0;
        qint64 changed = 0;
        qint64 unchanged = 0;
        // Members the listing lacked, marked Unlisted by this listing (already Unlisted or
        // known to be deactivated: not counted). Their emails, for the audit log.
        QStringList unlisted;
    };
    // A provider's listing of the workspace's members (their own workspaceId is ignored), merged
    // with what is stored (MemberMerge): a member that did not change is not written; one that
    // did gets lastSyncedAt = `syncedAt` (now when invalid). When the listing is `complete`, the
    // members it lacks are marked Unlisted (except those known to be deactivated) and the
    // workspace's full-sync time is set; an incomplete listing marks nothing. Nothing is
    // removed. One transaction.
    std::optional<ListingSummary> applyListing(const QString &workspaceId,
                                               const QList<MemberRecord> &listed, bool complete,
                                               const QDateTime &syncedAt, QString *error);

    Lookup findByEmail(const QString &workspaceId, const QString &email, MemberRecord *member,
                       QString *error) const;
    Lookup findByProviderId(const QString &workspaceId, const QString &providerMemberId,
                            MemberRecord *member, QString *error) const;
    // Every member of the workspace in memory; see MemberReader to read row by row.
    std::optional<QList<MemberRecord>> list(const QString &workspaceId, MemberOrder order,
                                            QString *error) const;
    std::optional<qint64> count(const QString &workspaceId, QString *error) const;
    // Members who are not known to be deactivated (nor unlisted): the roster a deactivation
    // limit is a share of.
    std::optional<qint64> countNotDeactivated(const QString &workspaceId, QString *error) const;
    // When a complete listing was last applied to the workspace; an invalid time if never.
    std::optional<QDateTime> lastFullSync(const QString &workspaceId, QString *error) const;

    // Found: the member was removed.
    Lookup remove(const QString &workspaceId, const QString &email, QString *error);
    // Removes the workspace's members and its sync time. The audit log keeps its history.
    bool removeWorkspace(const QString &workspaceId, QString *error);

private:
    std::optional<qint64> countWhere(const QString &workspaceId, const QString &condition,
                                     QString *error) const;
    Lookup findOne(const QString &workspaceId, const QString &column, const QString &value,
                   MemberRecord *member, QString *error) const;

    RosterDatabase &m_db;
};
