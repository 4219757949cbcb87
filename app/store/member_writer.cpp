#include "member_writer.h"

#include "email_check.h"
#include "sql_helpers.h"
#include "sqlite_member_cursor.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {
// The fields bindFields() binds, in order, after which the statements add their own.
constexpr int FieldCount = 19;
// The columns of an inserted row.
constexpr int InsertedColumns = FieldCount + 4;
// New rows per INSERT statement: fewer steps, and SQLite builds the list of the status column's
// CHECK once per statement instead of once per row.
constexpr int RowsPerInsert = 64;
// Stored rows read ahead after a member found by provider id, and the look-ups without reading
// ahead after rows read ahead went mostly unused.
constexpr int ReadAheadRows = 128;
constexpr int ReadAheadPause = 4096;

QByteArray insertSql(int rows)
{
    QByteArray sql = "INSERT INTO members (provider_member_id, email, display_name, first_name,"
                     " last_name, status, role_id, role_name, group_set, bio, created_at,"
                     " updated_at, last_synced_at, status_line, linkedin, twitter, instagram,"
                     " avatar_url, is_admin, last_sign_in_at, never_signed_in, workspace_key, id)"
                     " VALUES ";
    QByteArray row = "(?";
    for (int column = 1; column < InsertedColumns; ++column)
        row += ", ?";
    row += ")";
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += ", ";
        sql += row;
    }
    return sql;
}

std::optional<qint64> timestamp(const QDateTime &time)
{
    return time.isValid() ? std::optional<qint64>(time.toMSecsSinceEpoch()) : std::nullopt;
}

// A selected row as SQLite holds it, for MemberRow::Decoder (see SqliteMemberCursor).
class StatementRow
{
public:
    explicit StatementRow(const SqliteStatement &statement) : m_statement(statement) {}
    QString text(int column) const { return QString::fromUtf8(key(column)); }
    QByteArray key(int column) const { return m_statement.columnBytes(column); }
    std::optional<qint64> integer(int column) const
    {
        return m_statement.columnIsNull(column)
                   ? std::nullopt
                   : std::optional<qint64>(m_statement.columnInt(column));
    }
    std::optional<QString> optionalText(int column) const
    {
        return m_statement.columnIsNull(column) ? std::nullopt
                                                : std::optional<QString>(text(column));
    }

private:
    const SqliteStatement &m_statement;
};

// The member's columns (MemberRow::Column) then the row id.
const QByteArray StoredSelect =
    QByteArray("SELECT " + MemberRow::selectedColumns().toUtf8() + ", id FROM members");
constexpr int StoredRowIdColumn = MemberRow::IsAdmin + 1;
} // namespace

MemberWriter::MemberWriter(const QSqlDatabase &db) : m_db(db) {}

MemberWriter::~MemberWriter() = default;

bool MemberWriter::ready(QString *detail)
{
    if (m_handle)
        return true;
    m_handle = SqliteMemberCursor::handleOf(m_db);
    if (!m_handle) {
        setError(detail, tr("Qt's SQLite driver does not run on the SQLite library Roster uses"));
        return false;
    }
    return true;
}

bool MemberWriter::prepare(SqliteStatement &statement, const char *sql, QString *detail)
{
    if (statement.isPrepared())
        return true;
    return ready(detail) && statement.prepare(m_handle, sql, detail);
}

std::optional<qint64> MemberWriter::workspaceKey(const QString &workspaceId, QString *detail)
{
    if (workspaceId.isEmpty()) {
        setError(detail, tr("the member has no workspace"));
        return std::nullopt;
    }
    if (!prepare(m_findWorkspace, "SELECT key FROM workspaces WHERE id = ?", detail) ||
        !prepare(m_addWorkspace, "INSERT INTO workspaces (id) VALUES (?)", detail))
        return std::nullopt;
    m_findWorkspace.bindText(1, workspaceId);
    const SqliteStatement::Step found = m_findWorkspace.step(detail);
    if (found == SqliteStatement::Step::Failed)
        return std::nullopt;
    if (found == SqliteStatement::Step::Row) {
        const qint64 key = m_findWorkspace.columnInt(0);
        m_findWorkspace.reset();
        return key;
    }
    m_findWorkspace.reset();
    m_addWorkspace.bindText(1, workspaceId);
    if (!m_addWorkspace.run(detail))
        return std::nullopt;
    return sqlite3_last_insert_rowid(m_handle);
}

std::optional<MemberWriter::Upserted> MemberWriter::upsert(qint64 workspaceKey,
                                                           const MemberRecord &member,
                                                           QString *detail, bool knownNew)
{
    const QString email = EmailCheck::normalized(member.email);
    if (email.isEmpty()) {
        setError(detail, tr("a member needs an email address"));
        return std::nullopt;
    }
    if (!knownNew) {
        const std::optional<bool> isNew =
            certainlyNew(workspaceKey, member.providerMemberId, email, detail);
        if (!isNew)
            return std::nullopt;
        knownNew = *isNew;
    }
    if (!knownNew && holdsPending(member.providerMemberId, email) && !flush(detail))
        return std::nullopt;
    std::optional<qint64> byId;
    std::optional<qint64> byEmail;
    if (!knownNew && !match(workspaceKey, member.providerMemberId, email, &byId, &byEmail, detail))
        return std::nullopt;

    std::optional<qint64> groupSet;
    if (!groupSetKey(member.groups, &groupSet, detail))
        return std::nullopt;
    Upserted result;
    if (!byId && !byEmail) {
        const std::optional<qint64> rowId = nextRowId(workspaceKey, detail);
        if (!rowId)
            return std::nullopt;
        m_pending.append({member, email, groupSet, workspaceKey, *rowId});
        m_pendingEmails.insert(email);
        if (!member.providerMemberId.isEmpty())
            m_pendingIds.insert(member.providerMemberId);
        m_nextRowId[workspaceKey] = *rowId + 1;
        if (m_pending.size() >= RowsPerInsert && !flush(detail))
            return std::nullopt;
        result.rowId = *rowId;
        result.inserted = true;
        return result;
    }

    result.rowId = byId ? *byId : *byEmail;
    if (byId && byEmail && *byEmail != *byId) {
        if (!removeRow(*byEmail, detail))
            return std::nullopt;
        result.removedStale = true;
    }
    if (!prepare(m_update,
                 "UPDATE members SET provider_member_id = coalesce(?, provider_member_id),"
                 " email = ?, display_name = ?, first_name = ?, last_name = ?, status = ?,"
                 " role_id = ?, role_name = ?, group_set = ?, bio = ?,"
                 " created_at = coalesce(?, created_at), updated_at = coalesce(?, updated_at),"
                 " last_synced_at = coalesce(?, last_synced_at),"
                 " status_line = coalesce(?, status_line), linkedin = coalesce(?, linkedin),"
                 " twitter = coalesce(?, twitter), instagram = coalesce(?, instagram),"
                 " avatar_url = ?, is_admin = ?,"
                 " last_sign_in_at = CASE WHEN ? THEN ? ELSE last_sign_in_at END,"
                 " never_signed_in = CASE WHEN ? THEN ? ELSE never_signed_in END"
                 " WHERE id = ?",
                 detail))
        return std::nullopt;
    forgetRow(result.rowId);
    bindFields(m_update, 0, member, email, groupSet);
    // What the member says of their sign-ins replaces what was stored; saying nothing keeps it.
    const bool tellsSignIn = member.lastSignInAt.isValid() || member.neverSignedIn;
    m_update.bindInt(FieldCount + 1, tellsSignIn ? 1 : 0);
    m_update.bindOptionalInt(FieldCount + 2, timestamp(member.lastSignInAt));
    m_update.bindInt(FieldCount + 3, tellsSignIn ? 1 : 0);
    m_update.bindInt(FieldCount + 4, member.neverSignedIn ? 1 : 0);
    m_update.bindInt(FieldCount + 5, result.rowId);
    if (!m_update.run(detail))
        return std::nullopt;
    return result;
}

bool MemberWriter::match(qint64 workspaceKey, const QString &providerMemberId, const QString &email,
                         std::optional<qint64> *byId, std::optional<qint64> *byEmail,
                         QString *detail)
{
    // By provider id (kind 0) and by email (kind 1); each half uses its own index.
    if (!prepare(m_match,
                 "SELECT 0, id FROM members WHERE workspace_key = ?1 AND provider_member_id = ?2"
                 " UNION ALL"
                 " SELECT 1, id FROM members WHERE workspace_key = ?1 AND email = ?3",
                 detail))
        return false;
    m_match.bindInt(1, workspaceKey);
    m_match.bindTextOrNull(2, providerMemberId);
    m_match.bindText(3, email);
    SqliteStatement::Step step;
    while ((step = m_match.step(detail)) == SqliteStatement::Step::Row)
        (m_match.columnInt(0) == 0 ? *byId : *byEmail) = m_match.columnInt(1);
    m_match.reset();
    return step != SqliteStatement::Step::Failed;
}

bool MemberWriter::findStored(qint64 workspaceKey, const QString &workspaceId,
                              const QString &providerMemberId, const QString &email,
                              std::optional<Stored> *stored, QString *detail)
{
    stored->reset();
    const QString normalizedEmail = EmailCheck::normalized(email);
    const std::optional<bool> isNew =
        certainlyNew(workspaceKey, providerMemberId, normalizedEmail, detail);
    if (!isNew)
        return false;
    if (*isNew)
        return true;
    if (holdsPending(providerMemberId, normalizedEmail) && !flush(detail))
        return false;
    if (!providerMemberId.isEmpty()) {
        if (!prepare(
                m_storedById,
                QByteArray(StoredSelect + " WHERE workspace_key = ? AND provider_member_id = ?")
                    .constData(),
                detail))
            return false;
        if (const auto ahead = m_readAhead.find(providerMemberId); ahead != m_readAhead.end()) {
            *stored = std::move(*ahead);
            m_readAhead.erase(ahead);
            ++m_readAheadHits;
            return true;
        }
        if (!findOne(m_storedById, workspaceKey, providerMemberId, workspaceId, stored, detail))
            return false;
        if (*stored)
            return readAhead(workspaceKey, workspaceId, (*stored)->rowId, detail);
    }
    if (!prepare(m_storedByEmail,
                 QByteArray(StoredSelect + " WHERE workspace_key = ? AND email = ?").constData(),
                 detail))
        return false;
    return findOne(m_storedByEmail, workspaceKey, normalizedEmail, workspaceId, stored, detail);
}

bool MemberWriter::readAhead(qint64 workspaceKey, const QString &workspaceId, qint64 afterRowId,
                             QString *detail)
{
    forgetReadAhead();
    if (m_readAheadPause > 0) {
        --m_readAheadPause;
        return true;
    }
    if (!prepare(
            m_rowsAfter,
            QByteArray(StoredSelect + " WHERE id > ? AND id <= ? ORDER BY id LIMIT ?").constData(),
            detail))
        return false;
    m_rowsAfter.bindInt(1, afterRowId);
    m_rowsAfter.bindInt(2, MemberRow::lastRowId(workspaceKey));
    m_rowsAfter.bindInt(3, ReadAheadRows);
    if (!m_decoder)
        m_decoder = std::make_unique<MemberRow::Decoder>(m_db);
    SqliteStatement::Step step;
    while ((step = m_rowsAfter.step(detail)) == SqliteStatement::Step::Row) {
        Stored row;
        row.rowId = m_rowsAfter.columnInt(StoredRowIdColumn);
        if (!m_decoder->decode(StatementRow(m_rowsAfter), workspaceId, &row.member, detail)) {
            m_rowsAfter.reset();
            forgetReadAhead();
            return false;
        }
        if (!row.member.providerMemberId.isEmpty())
            m_readAhead.insert(row.member.providerMemberId, std::move(row));
    }
    m_rowsAfter.reset();
    m_readAheadSize = m_readAhead.size();
    return step == SqliteStatement::Step::Done;
}

void MemberWriter::forgetReadAhead()
{
    // Rows read ahead that were mostly not asked for: the listing is in another order than the
    // rows, so stop reading ahead for a while.
    if (m_readAheadSize > 0 && m_readAheadHits * 2 < m_readAheadSize)
        m_readAheadPause = ReadAheadPause;
    m_readAhead.clear();
    m_readAheadSize = 0;
    m_readAheadHits = 0;
}

void MemberWriter::forgetRow(qint64 rowId)
{
    m_readAhead.removeIf([rowId](const auto &entry) { return entry.value().rowId == rowId; });
}

bool MemberWriter::findOne(SqliteStatement &statement, qint64 workspaceKey, const QString &value,
                           const QString &workspaceId, std::optional<Stored> *stored,
                           QString *detail)
{
    statement.bindInt(1, workspaceKey);
    statement.bindText(2, value);
    const SqliteStatement::Step step = statement.step(detail);
    if (step == SqliteStatement::Step::Row) {
        if (!m_decoder)
            m_decoder = std::make_unique<MemberRow::Decoder>(m_db);
        Stored found;
        found.rowId = statement.columnInt(StoredRowIdColumn);
        const bool decoded =
            m_decoder->decode(StatementRow(statement), workspaceId, &found.member, detail);
        statement.reset();
        if (!decoded)
            return false;
        *stored = std::move(found);
        return true;
    }
    statement.reset();
    return step == SqliteStatement::Step::Done;
}

bool MemberWriter::holdsPending(const QString &providerMemberId, const QString &email) const
{
    return !m_pending.isEmpty() &&
           (m_pendingEmails.contains(email) ||
            (!providerMemberId.isEmpty() && m_pendingIds.contains(providerMemberId)));
}

bool MemberWriter::flush(QString *detail)
{
    if (m_pending.isEmpty())
        return true;
    const qsizetype count = m_pending.size();
    bool ok = true;
    qsizetype first = 0;
    if (count == RowsPerInsert) {
        ok = prepare(m_insertMany, insertSql(RowsPerInsert).constData(), detail) &&
             insertRows(m_insertMany, 0, count, detail);
        first = count;
    }
    for (; ok && first < count; ++first)
        ok = prepare(m_insert, insertSql(1).constData(), detail) &&
             insertRows(m_insert, first, 1, detail);
    m_pending.clear();
    m_pendingEmails.clear();
    m_pendingIds.clear();
    return ok;
}

bool MemberWriter::insertRows(SqliteStatement &statement, qsizetype first, qsizetype count,
                              QString *detail)
{
    for (qsizetype i = 0; i < count; ++i) {
        const PendingRow &row = m_pending.at(first + i);
        const int offset = int(i) * InsertedColumns;
        bindFields(statement, offset, row.member, row.email, row.groupSet);
        statement.bindOptionalInt(offset + FieldCount + 1, timestamp(row.member.lastSignInAt));
        statement.bindInt(offset + FieldCount + 2, row.member.neverSignedIn ? 1 : 0);
        statement.bindInt(offset + FieldCount + 3, row.workspaceKey);
        statement.bindInt(offset + FieldCount + 4, row.rowId);
    }
    return statement.run(detail);
}

bool MemberWriter::markUnlisted(qint64 rowId, const QDateTime &syncedAt, QString *detail)
{
    if (!flush(detail))
        return false;
    if (!prepare(m_markUnlisted,
                 "UPDATE members SET status = 'unlisted', last_synced_at = ? WHERE id = ?", detail))
        return false;
    forgetReadAhead();
    m_markUnlisted.bindOptionalInt(1, timestamp(syncedAt));
    m_markUnlisted.bindInt(2, rowId);
    return m_markUnlisted.run(detail);
}

std::optional<bool> MemberWriter::certainlyNew(qint64 workspaceKey, const QString &providerMemberId,
                                               const QString &email, QString *detail)
{
    auto named = m_namedSoFar.find(workspaceKey);
    if (named == m_namedSoFar.end()) {
        const std::optional<qint64> next = nextRowId(workspaceKey, detail);
        if (!next)
            return std::nullopt;
        const bool heldNobody = *next == MemberRow::firstRowId(workspaceKey);
        named = m_namedSoFar.insert(
            workspaceKey, heldNobody ? std::optional<NamedSoFar>(NamedSoFar()) : std::nullopt);
    }
    return named->has_value() && (*named)->firstTime(email, providerMemberId);
}

std::optional<qint64> MemberWriter::nextRowId(qint64 workspaceKey, QString *detail)
{
    qint64 next = m_nextRowId.value(workspaceKey);
    if (next == 0) {
        if (!prepare(m_maxRowId, "SELECT max(id) FROM members WHERE id BETWEEN ? AND ?", detail))
            return std::nullopt;
        m_maxRowId.bindInt(1, MemberRow::firstRowId(workspaceKey));
        m_maxRowId.bindInt(2, MemberRow::lastRowId(workspaceKey));
        if (m_maxRowId.step(detail) != SqliteStatement::Step::Row) {
            m_maxRowId.reset();
            return std::nullopt;
        }
        next = m_maxRowId.columnIsNull(0) ? MemberRow::firstRowId(workspaceKey)
                                          : m_maxRowId.columnInt(0) + 1;
        m_maxRowId.reset();
    }
    if (next > MemberRow::lastRowId(workspaceKey)) {
        setError(detail, tr("the workspace has no room for more members"));
        return std::nullopt;
    }
    return next;
}

bool MemberWriter::groupSetKey(const QList<MemberGroup> &groups, std::optional<qint64> *key,
                               QString *detail)
{
    key->reset();
    if (groups.isEmpty())
        return true;
    if (const auto known = m_groupSetKeys.constFind(groups); known != m_groupSetKeys.cend()) {
        *key = *known;
        return true;
    }
    const QString text = MemberRow::encodeGroups(groups);
    if (!prepare(m_findGroupSet, "SELECT key FROM group_sets WHERE groups = ?", detail) ||
        !prepare(m_addGroupSet, "INSERT INTO group_sets (groups) VALUES (?)", detail))
        return false;
    m_findGroupSet.bindText(1, text);
    const SqliteStatement::Step found = m_findGroupSet.step(detail);
    if (found == SqliteStatement::Step::Failed)
        return false;
    if (found == SqliteStatement::Step::Row) {
        *key = m_findGroupSet.columnInt(0);
        m_findGroupSet.reset();
    } else {
        m_findGroupSet.reset();
        m_addGroupSet.bindText(1, text);
        if (!m_addGroupSet.run(detail))
            return false;
        *key = sqlite3_last_insert_rowid(m_handle);
    }
    m_groupSetKeys.insert(groups, **key);
    return true;
}

void MemberWriter::bindFields(SqliteStatement &statement, int offset, const MemberRecord &member,
                              const QString &email, std::optional<qint64> groupSet)
{
    statement.bindTextOrNull(offset + 1, member.providerMemberId);
    statement.bindText(offset + 2, email);
    statement.bindText(offset + 3, member.displayName);
    statement.bindText(offset + 4, member.firstName);
    statement.bindText(offset + 5, member.lastName);
    statement.bindText(offset + 6, memberStatusId(member.status));
    statement.bindText(offset + 7, member.roleId);
    statement.bindText(offset + 8, member.roleName);
    statement.bindOptionalInt(offset + 9, groupSet);
    statement.bindText(offset + 10, member.bio);
    statement.bindOptionalInt(offset + 11, timestamp(member.createdAt));
    statement.bindOptionalInt(offset + 12, timestamp(member.updatedAt));
    statement.bindOptionalInt(offset + 13, timestamp(member.lastSyncedAt));
    statement.bindOptionalText(offset + 14, member.statusLine);
    statement.bindOptionalText(offset + 15, member.linkedin);
    statement.bindOptionalText(offset + 16, member.twitter);
    statement.bindOptionalText(offset + 17, member.instagram);
    statement.bindText(offset + 18, member.avatarUrl);
    statement.bindInt(offset + 19, member.isAdmin ? 1 : 0);
}

bool MemberWriter::removeRow(qint64 rowId, QString *detail)
{
    if (!flush(detail))
        return false;
    forgetRow(rowId);
    if (!prepare(m_remove, "DELETE FROM members WHERE id = ?", detail))
        return false;
    m_remove.bindInt(1, rowId);
    return m_remove.run(detail);
}

bool MemberWriter::setLastFullSync(qint64 workspaceKey, const QDateTime &time, QString *detail)
{
    if (!flush(detail))
        return false;
    if (!prepare(m_lastFullSync, "UPDATE workspaces SET last_full_sync_at = ? WHERE key = ?",
                 detail))
        return false;
    m_lastFullSync.bindOptionalInt(1, timestamp(time));
    m_lastFullSync.bindInt(2, workspaceKey);
    return m_lastFullSync.run(detail);
}
