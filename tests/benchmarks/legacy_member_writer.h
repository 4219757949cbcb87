#pragma once

// MemberWriter as it was before it wrote through SQLite's C API (Qt Sql, a QVariant per value),
// kept only so that listing_write_benchmark can run the old write path beside the new one.

#include "member_record.h"
#include "member_repository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

// The statements that write members, prepared once and reused for every row of a batch. Runs
// inside a transaction the caller holds; failures say why in SQLite's or plain words (`detail`)
// for the caller to put in a sentence naming the file and the workspace.
class LegacyMemberWriter
{
    Q_DECLARE_TR_FUNCTIONS(LegacyMemberWriter)
public:
    explicit LegacyMemberWriter(const QSqlDatabase &db);

    // The row key of the workspace, which is added when new.
    std::optional<qint64> workspaceKey(const QString &workspaceId, QString *detail);

    struct Upserted
    {
        qint64 rowId = 0;
        bool inserted = false;
        // Another row held the member's new email and was removed as stale.
        bool removedStale = false;
    };
    // MemberRepository::upsert() for one member of workspace `workspaceKey`.
    std::optional<Upserted> upsert(qint64 workspaceKey, const MemberRecord &member,
                                   QString *detail);

    bool removeRow(qint64 rowId, QString *detail);
    bool setLastFullSync(qint64 workspaceKey, const QDateTime &time, QString *detail);

private:
    bool prepare(QSqlQuery &query, const QString &sql, QString *detail);
    std::optional<qint64> nextRowId(qint64 workspaceKey, QString *detail);
    // The key of the group set of `groups`, added when new; a null value for no groups.
    std::optional<QVariant> groupSetKey(const QList<MemberGroup> &groups, QString *detail);
    void bindFields(QSqlQuery &query, const MemberRecord &member, const QString &email,
                    const QVariant &groupSet);

    QSqlDatabase m_db;
    QSqlQuery m_addWorkspace;
    QSqlQuery m_findWorkspace;
    QSqlQuery m_match;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_remove;
    QSqlQuery m_findGroupSet;
    QSqlQuery m_addGroupSet;
    QHash<QList<MemberGroup>, qint64> m_groupSetKeys;
    // The next free row id of each workspace written to. Valid while the caller's transaction
    // holds the write lock, which it does for the writer's whole life.
    QHash<qint64, qint64> m_nextRowId;
};

class RosterDatabase;

// MemberRepository::upsertMany() and applyListing() as they were on top of it; applyListing()
// read every stored member of the workspace into memory first.
namespace LegacyWrites {
bool upsertMany(RosterDatabase &db, const QList<MemberRecord> &members, QString *error);
std::optional<MemberRepository::ListingSummary>
applyListing(RosterDatabase &db, const QString &workspaceId, const QList<MemberRecord> &listed,
             bool complete, const QDateTime &syncedAt, QString *error);
} // namespace LegacyWrites
