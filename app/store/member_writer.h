#pragma once

#include "member_record.h"
#include "member_row.h"
#include "named_so_far.h"
#include "sqlite_statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <memory>
#include <optional>

struct sqlite3;

// The statements that write members, the one write path of the store: prepared once through
// SQLite's C API and reused for every row (MemberRepository::upsertMany() and ListingWriter).
// Runs inside a transaction the caller holds; failures say why in SQLite's or plain words
// (`detail`) for the caller to put in a sentence naming the file and the workspace.
//
// New members are inserted several rows to a statement: the caller calls flush() before its
// transaction commits. Every other call sees them as if they were written.
class MemberWriter
{
    Q_DECLARE_TR_FUNCTIONS(MemberWriter)
public:
    explicit MemberWriter(const QSqlDatabase &db);
    ~MemberWriter();
    Q_DISABLE_COPY_MOVE(MemberWriter)

    // The row key of the workspace, which is added when new.
    std::optional<qint64> workspaceKey(const QString &workspaceId, QString *detail);

    struct Upserted
    {
        qint64 rowId = 0;
        bool inserted = false;
        // Another row held the member's new email and was removed as stale.
        bool removedStale = false;
    };
    // MemberRepository::upsert() for one member of workspace `workspaceKey`. `knownNew`: the
    // caller's findStored() just found nobody with the member's provider id or address.
    std::optional<Upserted> upsert(qint64 workspaceKey, const MemberRecord &member, QString *detail,
                                   bool knownNew = false);

    struct Stored
    {
        qint64 rowId = 0;
        MemberRecord member;
    };
    // The stored member a listed one stands for: the one with `providerMemberId` (when not
    // empty), else the one with `email` (normalised). False on failure; `*stored` is empty when
    // there is none.
    bool findStored(qint64 workspaceKey, const QString &workspaceId,
                    const QString &providerMemberId, const QString &email,
                    std::optional<Stored> *stored, QString *detail);

    // Calls `visit(rowId, email)` for the members of the workspace after row `afterRowId` that
    // are neither Unlisted nor Deactivated, at most `limit` of them, in row order; false on
    // failure. Nothing may be written while it runs.
    template <typename Visit>
    bool forEachListable(qint64 workspaceKey, qint64 afterRowId, int limit, Visit visit,
                         QString *detail);
    bool markUnlisted(qint64 rowId, const QDateTime &syncedAt, QString *detail);

    // Writes the new members not yet written.
    bool flush(QString *detail);

    bool removeRow(qint64 rowId, QString *detail);
    bool setLastFullSync(qint64 workspaceKey, const QDateTime &time, QString *detail);

private:
    bool ready(QString *detail);
    bool prepare(SqliteStatement &statement, const char *sql, QString *detail);
    std::optional<qint64> nextRowId(qint64 workspaceKey, QString *detail);
    // True when no row of the workspace can have the provider id or the address: it held nobody
    // when this writer first wrote to it, and neither was named since. Names them.
    std::optional<bool> certainlyNew(qint64 workspaceKey, const QString &providerMemberId,
                                     const QString &email, QString *detail);
    // The key of the group set of `groups`, added when new; none for no groups.
    bool groupSetKey(const QList<MemberGroup> &groups, std::optional<qint64> *key, QString *detail);
    void bindFields(SqliteStatement &statement, int offset, const MemberRecord &member,
                    const QString &email, std::optional<qint64> groupSet);
    bool holdsPending(const QString &providerMemberId, const QString &email) const;
    bool match(qint64 workspaceKey, const QString &providerMemberId, const QString &email,
               std::optional<qint64> *byId, std::optional<qint64> *byEmail, QString *detail);
    bool insertRows(SqliteStatement &statement, qsizetype first, qsizetype count, QString *detail);
    // Reads the rows after `afterRowId` into m_readAhead; a row written is forgotten there.
    bool readAhead(qint64 workspaceKey, const QString &workspaceId, qint64 afterRowId,
                   QString *detail);
    void forgetReadAhead();
    void forgetRow(qint64 rowId);
    bool findOne(SqliteStatement &statement, qint64 workspaceKey, const QString &value,
                 const QString &workspaceId, std::optional<Stored> *stored, QString *detail);

    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    SqliteStatement m_findWorkspace;
    SqliteStatement m_addWorkspace;
    SqliteStatement m_match;
    SqliteStatement m_insert;
    SqliteStatement m_insertMany;
    SqliteStatement m_update;
    SqliteStatement m_remove;
    SqliteStatement m_findGroupSet;
    SqliteStatement m_addGroupSet;
    SqliteStatement m_maxRowId;
    SqliteStatement m_storedById;
    SqliteStatement m_storedByEmail;
    SqliteStatement m_listable;
    SqliteStatement m_rowsAfter;
    SqliteStatement m_markUnlisted;
    SqliteStatement m_lastFullSync;
    std::unique_ptr<MemberRow::Decoder> m_decoder;
    QHash<QList<MemberGroup>, qint64> m_groupSetKeys;
    // Stored rows after the last one found by provider id, by provider id: a listing comes
    // mostly in the order its members were first stored, so the next ones are found there.
    QHash<QString, Stored> m_readAhead;
    qsizetype m_readAheadSize = 0;
    qsizetype m_readAheadHits = 0;
    int m_readAheadPause = 0;
    struct PendingRow
    {
        MemberRecord member;
        QString email;
        std::optional<qint64> groupSet;
        qint64 workspaceKey = 0;
        qint64 rowId = 0;
    };
    QList<PendingRow> m_pending;
    QSet<QString> m_pendingEmails;
    QSet<QString> m_pendingIds;
    // The next free row id of each workspace written to. Valid while the caller's transaction
    // holds the write lock, which it does for the writer's whole life.
    QHash<qint64, qint64> m_nextRowId;
    // By workspace: what it was named, if it held nobody when first written to (certainlyNew).
    QHash<qint64, std::optional<NamedSoFar>> m_namedSoFar;
};

template <typename Visit>
bool MemberWriter::forEachListable(qint64 workspaceKey, qint64 afterRowId, int limit, Visit visit,
                                   QString *detail)
{
    if (!flush(detail))
        return false;
    if (!prepare(m_listable,
                 "SELECT id, email FROM members WHERE id > ? AND id <= ?"
                 " AND status NOT IN ('unlisted', 'deactivated') ORDER BY id LIMIT ?",
                 detail))
        return false;
    m_listable.bindInt(1, afterRowId);
    m_listable.bindInt(2, MemberRow::lastRowId(workspaceKey));
    m_listable.bindInt(3, limit);
    SqliteStatement::Step step;
    while ((step = m_listable.step(detail)) == SqliteStatement::Step::Row)
        visit(m_listable.columnInt(0), QString::fromUtf8(m_listable.columnBytes(1)));
    m_listable.reset();
    return step == SqliteStatement::Step::Done;
}
