#include "legacy_member_writer.h"

#include "email_check.h"
#include "member_merge.h"
#include "member_row.h"
#include "roster_database.h"
#include "sql_helpers.h"
#include "store_transaction.h"

#include <QSqlError>
#include <vector>

using namespace Qt::StringLiterals;

namespace {
// The fields bindFields() binds, in order, after which the statements add their own.
constexpr int FieldCount = 19;

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

// NULL for a field never told, '' for one known to be empty.
QVariant optionalText(const std::optional<QString> &value)
{
    return value ? sqlText(*value) : QVariant(QMetaType::fromType<QString>());
}
} // namespace

LegacyMemberWriter::LegacyMemberWriter(const QSqlDatabase &db)
    : m_db(db), m_addWorkspace(db), m_findWorkspace(db), m_match(db), m_insert(db), m_update(db),
      m_remove(db), m_findGroupSet(db), m_addGroupSet(db)
{}

bool LegacyMemberWriter::prepare(QSqlQuery &query, const QString &sql, QString *detail)
{
    if (!query.lastQuery().isEmpty())
        return true;
    return prepareSql(query, sql, detail);
}

std::optional<qint64> LegacyMemberWriter::workspaceKey(const QString &workspaceId, QString *detail)
{
    if (workspaceId.isEmpty()) {
        setError(detail, tr("the member has no workspace"));
        return std::nullopt;
    }
    if (!prepare(m_findWorkspace, u"SELECT key FROM workspaces WHERE id = ?"_s, detail) ||
        !prepare(m_addWorkspace, u"INSERT INTO workspaces (id) VALUES (?)"_s, detail))
        return std::nullopt;
    m_findWorkspace.bindValue(0, workspaceId);
    if (!execSql(m_findWorkspace, detail))
        return std::nullopt;
    if (m_findWorkspace.next()) {
        const qint64 key = m_findWorkspace.value(0).toLongLong();
        m_findWorkspace.finish();
        return key;
    }
    m_addWorkspace.bindValue(0, workspaceId);
    if (!execSql(m_addWorkspace, detail))
        return std::nullopt;
    return m_addWorkspace.lastInsertId().toLongLong();
}

std::optional<LegacyMemberWriter::Upserted>
LegacyMemberWriter::upsert(qint64 workspaceKey, const MemberRecord &member, QString *detail)
{
    const QString email = EmailCheck::normalized(member.email);
    if (email.isEmpty()) {
        setError(detail, tr("a member needs an email address"));
        return std::nullopt;
    }
    // Matches by provider id (kind 0) and by email (kind 1); each half uses its own index.
    if (!prepare(m_match,
                 u"SELECT 0, id FROM members WHERE workspace_key = ? AND provider_member_id = ?"
                 " UNION ALL"
                 " SELECT 1, id FROM members WHERE workspace_key = ? AND email = ?"_s,
                 detail))
        return std::nullopt;
    m_match.bindValue(0, workspaceKey);
    m_match.bindValue(1, textOrNull(member.providerMemberId));
    m_match.bindValue(2, workspaceKey);
    m_match.bindValue(3, email);
    if (!execSql(m_match, detail))
        return std::nullopt;
    std::optional<qint64> byId;
    std::optional<qint64> byEmail;
    while (m_match.next())
        (m_match.value(0).toInt() == 0 ? byId : byEmail) = m_match.value(1).toLongLong();
    m_match.finish();

    const std::optional<QVariant> groupSet = groupSetKey(member.groups, detail);
    if (!groupSet)
        return std::nullopt;
    Upserted result;
    if (!byId && !byEmail) {
        const std::optional<qint64> rowId = nextRowId(workspaceKey, detail);
        if (!rowId ||
            !prepare(
                m_insert,
                u"INSERT INTO members (provider_member_id, email, display_name, first_name,"
                " last_name, status, role_id, role_name, group_set, bio, created_at, updated_at,"
                " last_synced_at, status_line, linkedin, twitter, instagram, avatar_url,"
                " is_admin, last_sign_in_at, never_signed_in, workspace_key, id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                detail))
            return std::nullopt;
        bindFields(m_insert, member, email, *groupSet);
        m_insert.bindValue(FieldCount, MemberRow::timestampValue(member.lastSignInAt));
        m_insert.bindValue(FieldCount + 1, member.neverSignedIn ? 1 : 0);
        m_insert.bindValue(FieldCount + 2, workspaceKey);
        m_insert.bindValue(FieldCount + 3, *rowId);
        if (!execSql(m_insert, detail))
            return std::nullopt;
        m_nextRowId[workspaceKey] = *rowId + 1;
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
                 u"UPDATE members SET provider_member_id = coalesce(?, provider_member_id),"
                 " email = ?, display_name = ?, first_name = ?, last_name = ?, status = ?,"
                 " role_id = ?, role_name = ?, group_set = ?, bio = ?,"
                 " created_at = coalesce(?, created_at), updated_at = coalesce(?, updated_at),"
                 " last_synced_at = coalesce(?, last_synced_at),"
                 " status_line = coalesce(?, status_line), linkedin = coalesce(?, linkedin),"
                 " twitter = coalesce(?, twitter), instagram = coalesce(?, instagram),"
                 " avatar_url = ?, is_admin = ?,"
                 " last_sign_in_at = CASE WHEN ? THEN ? ELSE last_sign_in_at END,"
                 " never_signed_in = CASE WHEN ? THEN ? ELSE never_signed_in END"
                 " WHERE id = ?"_s,
                 detail))
        return std::nullopt;
    bindFields(m_update, member, email, *groupSet);
    // What the member says of their sign-ins replaces what was stored; saying nothing keeps it.
    const bool tellsSignIn = member.lastSignInAt.isValid() || member.neverSignedIn;
    m_update.bindValue(FieldCount, tellsSignIn ? 1 : 0);
    m_update.bindValue(FieldCount + 1, MemberRow::timestampValue(member.lastSignInAt));
    m_update.bindValue(FieldCount + 2, tellsSignIn ? 1 : 0);
    m_update.bindValue(FieldCount + 3, member.neverSignedIn ? 1 : 0);
    m_update.bindValue(FieldCount + 4, result.rowId);
    if (!execSql(m_update, detail))
        return std::nullopt;
    return result;
}

std::optional<qint64> LegacyMemberWriter::nextRowId(qint64 workspaceKey, QString *detail)
{
    qint64 next = m_nextRowId.value(workspaceKey);
    if (next == 0) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!prepareSql(query, u"SELECT max(id) FROM members WHERE id BETWEEN ? AND ?"_s, detail))
            return std::nullopt;
        query.bindValue(0, MemberRow::firstRowId(workspaceKey));
        query.bindValue(1, MemberRow::lastRowId(workspaceKey));
        if (!execSql(query, detail) || !query.next()) {
            setError(detail, sqlErrorText(query.lastError()));
            return std::nullopt;
        }
        const QVariant last = query.value(0);
        next = last.isNull() ? MemberRow::firstRowId(workspaceKey) : last.toLongLong() + 1;
    }
    if (next > MemberRow::lastRowId(workspaceKey)) {
        setError(detail, tr("the workspace has no room for more members"));
        return std::nullopt;
    }
    return next;
}

std::optional<QVariant> LegacyMemberWriter::groupSetKey(const QList<MemberGroup> &groups,
                                                        QString *detail)
{
    if (groups.isEmpty())
        return QVariant(QMetaType::fromType<qint64>());
    if (const auto known = m_groupSetKeys.constFind(groups); known != m_groupSetKeys.cend())
        return QVariant(*known);
    const QString text = MemberRow::encodeGroups(groups);
    if (!prepare(m_findGroupSet, u"SELECT key FROM group_sets WHERE groups = ?"_s, detail) ||
        !prepare(m_addGroupSet, u"INSERT INTO group_sets (groups) VALUES (?)"_s, detail))
        return std::nullopt;
    m_findGroupSet.bindValue(0, text);
    if (!execSql(m_findGroupSet, detail))
        return std::nullopt;
    qint64 key = 0;
    if (m_findGroupSet.next()) {
        key = m_findGroupSet.value(0).toLongLong();
        m_findGroupSet.finish();
    } else {
        m_addGroupSet.bindValue(0, text);
        if (!execSql(m_addGroupSet, detail))
            return std::nullopt;
        key = m_addGroupSet.lastInsertId().toLongLong();
    }
    m_groupSetKeys.insert(groups, key);
    return QVariant(key);
}

void LegacyMemberWriter::bindFields(QSqlQuery &query, const MemberRecord &member,
                                    const QString &email, const QVariant &groupSet)
{
    query.bindValue(0, textOrNull(member.providerMemberId));
    query.bindValue(1, sqlText(email));
    query.bindValue(2, sqlText(member.displayName));
    query.bindValue(3, sqlText(member.firstName));
    query.bindValue(4, sqlText(member.lastName));
    query.bindValue(5, memberStatusId(member.status));
    query.bindValue(6, sqlText(member.roleId));
    query.bindValue(7, sqlText(member.roleName));
    query.bindValue(8, groupSet);
    query.bindValue(9, sqlText(member.bio));
    query.bindValue(10, MemberRow::timestampValue(member.createdAt));
    query.bindValue(11, MemberRow::timestampValue(member.updatedAt));
    query.bindValue(12, MemberRow::timestampValue(member.lastSyncedAt));
    query.bindValue(13, optionalText(member.statusLine));
    query.bindValue(14, optionalText(member.linkedin));
    query.bindValue(15, optionalText(member.twitter));
    query.bindValue(16, optionalText(member.instagram));
    query.bindValue(17, sqlText(member.avatarUrl));
    query.bindValue(18, member.isAdmin ? 1 : 0);
}

bool LegacyMemberWriter::removeRow(qint64 rowId, QString *detail)
{
    if (!prepare(m_remove, u"DELETE FROM members WHERE id = ?"_s, detail))
        return false;
    m_remove.bindValue(0, rowId);
    return execSql(m_remove, detail);
}

bool LegacyMemberWriter::setLastFullSync(qint64 workspaceKey, const QDateTime &time,
                                         QString *detail)
{
    QSqlQuery query(m_db);
    if (!prepareSql(query, u"UPDATE workspaces SET last_full_sync_at = ? WHERE key = ?"_s, detail))
        return false;
    query.bindValue(0, MemberRow::timestampValue(time));
    query.bindValue(1, workspaceKey);
    return execSql(query, detail);
}

namespace LegacyWrites {

bool upsertMany(RosterDatabase &db, const QList<MemberRecord> &members, QString *error)
{
    StoreTransaction transaction(db);
    if (!transaction.begin(error))
        return false;
    LegacyMemberWriter writer(db.connection());
    const std::optional<qint64> key = writer.workspaceKey(members.constFirst().workspaceId, error);
    if (!key)
        return false;
    for (const MemberRecord &member : members) {
        if (!writer.upsert(*key, member, error))
            return false;
    }
    return transaction.commit(error);
}

std::optional<MemberRepository::ListingSummary>
applyListing(RosterDatabase &db, const QString &workspaceId, const QList<MemberRecord> &listed,
             bool complete, const QDateTime &syncedAt, QString *error)
{
    const QDateTime stamp = syncedAt.isValid() ? syncedAt : QDateTime::currentDateTimeUtc();
    StoreTransaction transaction(db);
    if (!transaction.begin(error))
        return std::nullopt;
    std::optional<QList<MemberRecord>> stored =
        MemberRepository(db).list(workspaceId, MemberOrder::Insertion, error);
    if (!stored)
        return std::nullopt;
    QHash<QString, qsizetype> byId;
    QHash<QString, qsizetype> byEmail;
    for (qsizetype i = 0; i < stored->size(); ++i) {
        if (!stored->at(i).providerMemberId.isEmpty())
            byId.insert(stored->at(i).providerMemberId, i);
        byEmail.insert(stored->at(i).email, i);
    }
    LegacyMemberWriter writer(db.connection());
    const std::optional<qint64> workspaceKey = writer.workspaceKey(workspaceId, error);
    if (!workspaceKey)
        return std::nullopt;

    MemberRepository::ListingSummary summary;
    std::vector<bool> seen(size_t(stored->size()), false);
    for (const MemberRecord &member : listed) {
        MemberRecord fresh = member;
        fresh.workspaceId = workspaceId;
        fresh.email = EmailCheck::normalized(fresh.email);
        qsizetype at = byId.value(fresh.providerMemberId, -1);
        if (at < 0 || fresh.providerMemberId.isEmpty())
            at = byEmail.value(fresh.email, -1);
        std::optional<MemberRecord> before;
        if (at >= 0) {
            before = stored->at(at);
            seen[size_t(at)] = true;
        }
        ++summary.listed;
        MemberRecord merged = MemberMerge::withStored(fresh, before);
        if (before && merged == *before) {
            ++summary.unchanged;
            continue;
        }
        merged.lastSyncedAt = stamp;
        const std::optional<LegacyMemberWriter::Upserted> upserted =
            writer.upsert(*workspaceKey, merged, error);
        if (!upserted)
            return std::nullopt;
        if (const qsizetype stale = byEmail.value(merged.email, -1);
            upserted->removedStale && stale >= 0)
            seen[size_t(stale)] = true;
        ++(before ? summary.changed : summary.added);
    }
    if (complete) {
        for (qsizetype i = 0; i < stored->size(); ++i) {
            MemberRecord absent = stored->at(i);
            if (seen[size_t(i)] || absent.status == MemberStatus::Unlisted ||
                absent.status == MemberStatus::Deactivated)
                continue;
            absent.status = MemberStatus::Unlisted;
            absent.lastSyncedAt = stamp;
            if (!writer.upsert(*workspaceKey, absent, error))
                return std::nullopt;
            summary.unlisted.append(absent.email);
        }
        if (!writer.setLastFullSync(*workspaceKey, stamp, error))
            return std::nullopt;
    }
    if (!transaction.commit(error))
        return std::nullopt;
    return summary;
}

} // namespace LegacyWrites
