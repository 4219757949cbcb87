#include "audit_log.h"

#include "audit_redaction.h"
#include "email_check.h"
#include "member_record.h"
#include "member_row.h"
#include "roster_database.h"
#include "sql_helpers.h"
#include "workspace_lock.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QString outcomeId(AuditOutcome outcome)
{
    return outcome == AuditOutcome::Ok ? u"ok"_s : u"failed"_s;
}

constexpr qsizetype MaxActorLength = 64;

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u'%' + escaped + u'%';
}
} // namespace

AuditLog::AuditLog(RosterDatabase &db) : m_db(db) {}

bool AuditLog::isValidAction(const QString &action)
{
    static const QRegularExpression pattern(u"\\A[a-z][a-z0-9-]{0,31}\\z"_s);
    return pattern.match(action).hasMatch();
}

bool AuditLog::append(const AuditEntry &entry, QString *error)
{
    const auto fail = [&](const QString &detail) {
        setError(error, tr("Cannot add \"%1\" to the audit log of workspace %2 in %3: %4")
                            .arg(entry.action, entry.workspaceId, m_db.path(),
                                 WorkspaceLock::explainBusy(m_db, detail)));
        return false;
    };
    if (!m_db.checkOpen(error))
        return false;
    if (entry.workspaceId.isEmpty())
        return fail(tr("the entry has no workspace"));
    if (!isValidAction(entry.action))
        return fail(tr("an action is a short word of lower-case letters, digits and '-'"));

    QSqlQuery query(m_db.connection());
    QString detail;
    if (!prepareSql(
            query,
            u"INSERT INTO audit_log (at, workspace_id, member_email, action, outcome, detail,"
            " actor, source, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            &detail))
        return fail(detail);
    const QDateTime when = entry.when.isValid() ? entry.when : QDateTime::currentDateTimeUtc();
    query.bindValue(0, when.toMSecsSinceEpoch());
    query.bindValue(1, entry.workspaceId);
    query.bindValue(2, sqlText(EmailCheck::normalized(entry.memberEmail)));
    query.bindValue(3, entry.action);
    query.bindValue(4, outcomeId(entry.outcome));
    query.bindValue(5, sqlText(redactAuditDetail(entry.detail)));
    query.bindValue(6, sqlText(entry.actor.trimmed().left(MaxActorLength)));
    query.bindValue(7, sqlText(entry.source));
    query.bindValue(8, sqlText(redactAuditDetail(entry.changes)));
    return execSql(query, &detail) || fail(detail);
}

std::optional<QList<AuditEntry>> AuditLog::list(const QString &workspaceId,
                                                const QString &memberEmail, int limit,
                                                QString *error) const
{
    AuditFilter filter;
    filter.workspaceId = workspaceId;
    filter.memberEmail = memberEmail;
    filter.limit = limit;
    return list(filter, error);
}

std::optional<QList<AuditEntry>> AuditLog::list(const AuditFilter &filter, QString *error) const
{
    if (!m_db.checkOpen(error))
        return std::nullopt;
    QString sql = u"SELECT at, member_email, action, outcome, detail, actor, source, changes"
                  " FROM audit_log WHERE workspace_id = ?"_s;
    QVariantList values{filter.workspaceId};
    const auto where = [&](const QString &condition, const QVariant &value) {
        sql += u" AND "_s + condition;
        values.append(value);
    };
    if (const QString email = EmailCheck::normalized(filter.memberEmail); !email.isEmpty())
        where(u"member_email = ?"_s, email);
    if (const QString part = filter.memberText.trimmed().toLower(); !part.isEmpty()) {
        // A workspace-wide entry names the member it tried in its detail (a failed add).
        where(u"(member_email LIKE ? ESCAPE '\\' OR (member_email = '' AND detail LIKE ?"
              " ESCAPE '\\'))"_s,
              likePattern(part));
        values.append(likePattern(part));
    }
    if (!filter.action.isEmpty())
        where(u"action = ?"_s, filter.action);
    if (const QString actor = filter.actor.trimmed(); !actor.isEmpty())
        where(u"actor = ? COLLATE NOCASE"_s, actor);
    if (filter.since.isValid())
        where(u"at >= ?"_s, filter.since.toMSecsSinceEpoch());
    if (filter.until.isValid())
        where(u"at < ?"_s, filter.until.toMSecsSinceEpoch());
    sql += u" ORDER BY at DESC, id DESC"_s;
    if (filter.limit > 0)
        sql += u" LIMIT %1"_s.arg(filter.limit);

    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    QString detail;
    if (prepareSql(query, sql, &detail)) {
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (execSql(query, &detail)) {
            QList<AuditEntry> entries;
            while (query.next()) {
                entries.append(
                    {MemberRow::timestampFromValue(query.value(0)), filter.workspaceId,
                     query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString() == u"ok" ? AuditOutcome::Ok : AuditOutcome::Failed,
                     query.value(4).toString(), query.value(5).toString(),
                     query.value(6).toString(), query.value(7).toString()});
            }
            if (!query.lastError().isValid())
                return entries;
            detail = sqlErrorText(query.lastError());
        }
    }
    setError(error, tr("Cannot read the audit log of workspace %1 from %2: %3")
                        .arg(filter.workspaceId, m_db.path(), detail));
    return std::nullopt;
}

bool AuditLog::removeWorkspace(const QString &workspaceId, QString *error)
{
    if (!m_db.checkOpen(error))
        return false;
    QSqlQuery query(m_db.connection());
    QString detail;
    if (prepareSql(query, u"DELETE FROM audit_log WHERE workspace_id = ?"_s, &detail)) {
        query.bindValue(0, workspaceId);
        if (execSql(query, &detail))
            return true;
    }
    setError(error, tr("Cannot remove the audit log of workspace %1 from %2: %3")
                        .arg(workspaceId, m_db.path(), detail));
    return false;
}
