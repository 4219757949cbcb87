#include "member_repository.h"

#include "email_check.h"
#include "listing_writer.h"
#include "member_row.h"
#include "member_writer.h"
#include "roster_database.h"
#include "sql_helpers.h"
#include "store_transaction.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace {
const QString WorkspaceKeyOf = u"(SELECT key FROM workspaces WHERE id = ?)"_s;
}

MemberRepository::MemberRepository(RosterDatabase &db) : m_db(db) {}

bool MemberRepository::upsert(const MemberRecord &member, QString *error)
{
    return upsertMany({member}, error).has_value();
}

std::optional<MemberRepository::WriteSummary>
MemberRepository::upsertMany(const QList<MemberRecord> &members, QString *error)
{
    StoreTransaction transaction(m_db);
    if (!transaction.begin(error))
        return std::nullopt;
    MemberWriter writer(m_db.connection());
    WriteSummary summary;
    QString workspaceId;
    qint64 workspaceKey = 0;
    QString detail;
    for (const MemberRecord &member : members) {
        if (workspaceId.isEmpty() || member.workspaceId != workspaceId) {
            const std::optional<qint64> key = writer.workspaceKey(member.workspaceId, &detail);
            if (!key) {
                setError(error, tr("Cannot save member %1 of workspace %2 in %3: %4")
                                    .arg(member.email, member.workspaceId, m_db.path(), detail));
                return std::nullopt;
            }
            workspaceId = member.workspaceId;
            workspaceKey = *key;
        }
        const std::optional<MemberWriter::Upserted> upserted =
            writer.upsert(workspaceKey, member, &detail);
        if (!upserted) {
            setError(error, tr("Cannot save member %1 of workspace %2 in %3: %4")
                                .arg(member.email, member.workspaceId, m_db.path(), detail));
            return std::nullopt;
        }
        ++(upserted->inserted ? summary.inserted : summary.updated);
        summary.removed += upserted->removedStale ? 1 : 0;
    }
    if (!writer.flush(&detail)) {
        setError(error, tr("Cannot save the members of workspace %1 in %2: %3")
                            .arg(workspaceId, m_db.path(), detail));
        return std::nullopt;
    }
    if (!transaction.commit(error))
        return std::nullopt;
    return summary;
}

std::optional<MemberRepository::ListingSummary>
MemberRepository::applyListing(const QString &workspaceId, const QList<MemberRecord> &listed,
                               bool complete, const QDateTime &syncedAt, QString *error)
{
    ListingWriter writer(m_db, workspaceId, syncedAt);
    if (!writer.begin(error) || !writer.add(listed, error))
        return std::nullopt;
    return writer.finish(complete, error);
}

MemberRepository::Lookup MemberRepository::findByEmail(const QString &workspaceId,
                                                       const QString &email, MemberRecord *member,
                                                       QString *error) const
{
    return findOne(workspaceId, u"email"_s, EmailCheck::normalized(email), member, error);
}

MemberRepository::Lookup MemberRepository::findByProviderId(const QString &workspaceId,
                                                            const QString &providerMemberId,
                                                            MemberRecord *member,
                                                            QString *error) const
{
    if (providerMemberId.isEmpty())
        return Lookup::NotFound;
    return findOne(workspaceId, u"provider_member_id"_s, providerMemberId, member, error);
}

MemberRepository::Lookup MemberRepository::findOne(const QString &workspaceId,
                                                   const QString &column, const QString &value,
                                                   MemberRecord *member, QString *error) const
{
    const auto fail = [&](const QString &detail) {
        setError(error, tr("Cannot look up member %1 of workspace %2 in %3: %4")
                            .arg(value, workspaceId, m_db.path(), detail));
        return Lookup::Failed;
    };
    if (!m_db.checkOpen(error))
        return Lookup::Failed;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    QString detail;
    if (!prepareSql(query,
                    u"SELECT "_s + MemberRow::selectedColumns() +
                        u" FROM members WHERE workspace_key = "_s + WorkspaceKeyOf + u" AND "_s +
                        column + u" = ?"_s,
                    &detail))
        return fail(detail);
    query.bindValue(0, workspaceId);
    query.bindValue(1, value);
    if (!execSql(query, &detail))
        return fail(detail);
    if (!query.next())
        return query.lastError().isValid() ? fail(sqlErrorText(query.lastError()))
                                           : Lookup::NotFound;
    MemberRow::Decoder decoder(m_db.connection());
    if (!decoder.decode(MemberRow::QtSqlRow(query), workspaceId, member, &detail))
        return fail(detail);
    return Lookup::Found;
}

std::optional<QList<MemberRecord>> MemberRepository::list(const QString &workspaceId,
                                                          MemberOrder order, QString *error) const
{
    // No count first: counting a large roster costs more than letting the list grow (it moves
    // its memory, not its members; see Q_DECLARE_TYPEINFO in member_record.h).
    QList<MemberRecord> members;
    MemberReader reader(m_db, workspaceId, order);
    if (!reader.start(error))
        return std::nullopt;
    // Each row is decoded in place, at the end of the list.
    do {
        members.emplaceBack();
    } while (reader.next(&members.last()));
    members.removeLast();
    if (!reader.error().isEmpty()) {
        setError(error, reader.error());
        return std::nullopt;
    }
    return members;
}

std::optional<qint64> MemberRepository::count(const QString &workspaceId, QString *error) const
{
    return countWhere(workspaceId, QString(), error);
}

std::optional<qint64> MemberRepository::countNotDeactivated(const QString &workspaceId,
                                                            QString *error) const
{
    return countWhere(workspaceId, u" AND status NOT IN ('deactivated', 'unlisted')"_s, error);
}

std::optional<qint64> MemberRepository::countWhere(const QString &workspaceId,
                                                   const QString &condition, QString *error) const
{
    if (!m_db.checkOpen(error))
        return std::nullopt;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    QString detail;
    if (prepareSql(query,
                   u"SELECT count(*) FROM members WHERE workspace_key = "_s + WorkspaceKeyOf +
                       condition,
                   &detail)) {
        query.bindValue(0, workspaceId);
        if (execSql(query, &detail) && query.next())
            return query.value(0).toLongLong();
        if (detail.isEmpty())
            detail = sqlErrorText(query.lastError());
    }
    setError(error, tr("Cannot count the members of workspace %1 in %2: %3")
                        .arg(workspaceId, m_db.path(), detail));
    return std::nullopt;
}

std::optional<QDateTime> MemberRepository::lastFullSync(const QString &workspaceId,
                                                        QString *error) const
{
    if (!m_db.checkOpen(error))
        return std::nullopt;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    QString detail;
    if (prepareSql(query, u"SELECT last_full_sync_at FROM workspaces WHERE id = ?"_s, &detail)) {
        query.bindValue(0, workspaceId);
        if (execSql(query, &detail)) {
            if (query.next())
                return MemberRow::timestampFromValue(query.value(0));
            if (!query.lastError().isValid())
                return QDateTime();
            detail = sqlErrorText(query.lastError());
        }
    }
    setError(error, tr("Cannot read when workspace %1 was last refreshed from %2: %3")
                        .arg(workspaceId, m_db.path(), detail));
    return std::nullopt;
}

MemberRepository::Lookup MemberRepository::remove(const QString &workspaceId, const QString &email,
                                                  QString *error)
{
    const QString normalised = EmailCheck::normalized(email);
    if (!m_db.checkOpen(error))
        return Lookup::Failed;
    QSqlQuery query(m_db.connection());
    QString detail;
    if (prepareSql(query,
                   u"DELETE FROM members WHERE workspace_key = "_s + WorkspaceKeyOf +
                       u" AND email = ?"_s,
                   &detail)) {
        query.bindValue(0, workspaceId);
        query.bindValue(1, normalised);
        if (execSql(query, &detail))
            return query.numRowsAffected() > 0 ? Lookup::Found : Lookup::NotFound;
    }
    setError(error, tr("Cannot remove member %1 of workspace %2 from %3: %4")
                        .arg(normalised, workspaceId, m_db.path(), detail));
    return Lookup::Failed;
}

bool MemberRepository::removeWorkspace(const QString &workspaceId, QString *error)
{
    // The members go with their workspace row (ON DELETE CASCADE), in this one statement.
    if (!m_db.checkOpen(error))
        return false;
    QSqlQuery query(m_db.connection());
    QString detail;
    if (prepareSql(query, u"DELETE FROM workspaces WHERE id = ?"_s, &detail)) {
        query.bindValue(0, workspaceId);
        if (execSql(query, &detail))
            return true;
    }
    setError(error, tr("Cannot remove the members of workspace %1 from %2: %3")
                        .arg(workspaceId, m_db.path(), detail));
    return false;
}
