#include "workspace_lock.h"

#include "os_process.h"
#include "roster_database.h"
#include "sql_helpers.h"
#include "store_transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSqlQuery>
#include <QSysInfo>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {
QString workId(WorkspaceWork work)
{
    switch (work) {
    case WorkspaceWork::Import:
        return u"import"_s;
    case WorkspaceWork::BulkAction:
        return u"bulk-action"_s;
    case WorkspaceWork::Mirror:
        return u"mirror"_s;
    case WorkspaceWork::Sync:
        return u"sync"_s;
    }
    return {};
}

WorkspaceWork workFromId(const QString &id)
{
    if (id == u"bulk-action"_s)
        return WorkspaceWork::BulkAction;
    if (id == u"mirror"_s)
        return WorkspaceWork::Mirror;
    if (id == u"sync"_s)
        return WorkspaceWork::Sync;
    return WorkspaceWork::Import;
}

// A process on another host cannot be checked: its lock stays until it ends it.
bool processIsGone(const WorkspaceLockHolder &holder)
{
    if (holder.host != QSysInfo::machineHostName())
        return false;
    return OsProcess::isGone(holder.pid);
}

std::optional<WorkspaceLockHolder> readHolder(RosterDatabase &db, const QString &workspaceId,
                                              QString *detail)
{
    QSqlQuery query(db.connection());
    if (!prepareSql(query,
                    u"SELECT pid, host, started_at, work, subject FROM workspace_locks"
                    " WHERE workspace_id = ?"_s,
                    detail))
        return std::nullopt;
    query.addBindValue(workspaceId);
    if (!execSql(query, detail) || !query.next())
        return std::nullopt;
    WorkspaceLockHolder holder;
    holder.pid = query.value(0).toLongLong();
    holder.host = query.value(1).toString();
    holder.startedAt = QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
    holder.work = workFromId(query.value(3).toString());
    holder.subject = query.value(4).toString();
    return holder;
}
} // namespace

QString WorkspaceLockHolder::describe(const QString &workspaceName) const
{
    const QString started =
        QLocale().toString(startedAt.toLocalTime().time(), QLocale::ShortFormat);
    const QString who =
        host == QSysInfo::machineHostName()
            ? WorkspaceLock::tr("pid %1, started %2").arg(QString::number(pid), started)
            : WorkspaceLock::tr("pid %1 on %2, started %3")
                  .arg(QString::number(pid), host, started);
    switch (work) {
    case WorkspaceWork::Import:
        return WorkspaceLock::tr("An import of %1 (%2) is running in %3.")
            .arg(subject, who, workspaceName);
    case WorkspaceWork::BulkAction:
        return WorkspaceLock::tr("A bulk action, %1 (%2), is running in %3.")
            .arg(subject, who, workspaceName);
    case WorkspaceWork::Mirror:
        return WorkspaceLock::tr("A mirror run (%1) is running in %2.").arg(who, workspaceName);
    case WorkspaceWork::Sync:
        return WorkspaceLock::tr("Roster is reading the members of %1 (%2); try again when it has "
                                 "finished.")
            .arg(workspaceName, who);
    }
    return {};
}

WorkspaceLock::WorkspaceLock(RosterDatabase &db, const QString &workspaceId)
    : m_db(db), m_workspaceId(workspaceId)
{}

WorkspaceLock::~WorkspaceLock()
{
    release();
}

WorkspaceLock::Outcome WorkspaceLock::tryTake(WorkspaceWork work, const QString &subject,
                                              WorkspaceLockHolder *holder, QString *error)
{
    if (m_taken)
        return Outcome::Taken;
    const auto failed = [&](const QString &detail) {
        setError(error, tr("Cannot lock the workspace for this run: %1").arg(detail));
        return Outcome::Failed;
    };
    StoreTransaction transaction(m_db);
    QString detail;
    if (!transaction.begin(&detail))
        return failed(detail);
    const std::optional<WorkspaceLockHolder> current = readHolder(m_db, m_workspaceId, &detail);
    if (!detail.isEmpty())
        return failed(detail);
    if (current && !processIsGone(*current)) {
        if (holder)
            *holder = *current;
        return Outcome::Held;
    }
    QSqlQuery query(m_db.connection());
    if (!prepareSql(
            query,
            u"INSERT OR REPLACE INTO workspace_locks"
            " (workspace_id, pid, host, started_at, work, subject) VALUES (?, ?, ?, ?, ?, ?)"_s,
            &detail))
        return failed(detail);
    query.addBindValue(m_workspaceId);
    query.addBindValue(QCoreApplication::applicationPid());
    query.addBindValue(sqlText(QSysInfo::machineHostName()));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(workId(work));
    query.addBindValue(sqlText(subject));
    if (!execSql(query, &detail) || !transaction.commit(&detail))
        return failed(detail);
    m_taken = true;
    return Outcome::Taken;
}

void WorkspaceLock::release()
{
    if (!m_taken || !m_db.isOpen())
        return;
    m_taken = false;
    QSqlQuery query(m_db.connection());
    QString detail;
    if (prepareSql(query,
                   u"DELETE FROM workspace_locks WHERE workspace_id = ? AND pid = ? AND host = ?"_s,
                   &detail)) {
        query.addBindValue(m_workspaceId);
        query.addBindValue(QCoreApplication::applicationPid());
        query.addBindValue(sqlText(QSysInfo::machineHostName()));
        execSql(query, &detail); // a row left behind is stale once this process ends
    }
}

std::optional<WorkspaceLockHolder> WorkspaceLock::holder(RosterDatabase &db,
                                                         const QString &workspaceId, QString *error)
{
    QString detail;
    std::optional<WorkspaceLockHolder> current = readHolder(db, workspaceId, &detail);
    if (!detail.isEmpty())
        setError(error, tr("Cannot read the workspace's lock: %1").arg(detail));
    if (current && processIsGone(*current))
        return std::nullopt;
    return current;
}

std::optional<WorkspaceLockHolder> WorkspaceLock::runningSync(RosterDatabase &db)
{
    QSqlQuery query(db.connection());
    QString detail;
    if (!prepareSql(query, u"SELECT workspace_id FROM workspace_locks WHERE work = ?"_s, &detail))
        return std::nullopt;
    query.addBindValue(workId(WorkspaceWork::Sync));
    if (!execSql(query, &detail))
        return std::nullopt;
    QStringList workspaces;
    while (query.next())
        workspaces << query.value(0).toString();
    for (const QString &workspaceId : std::as_const(workspaces)) {
        const std::optional<WorkspaceLockHolder> sync = holder(db, workspaceId, nullptr);
        if (sync && sync->work == WorkspaceWork::Sync)
            return sync;
    }
    return std::nullopt;
}

QString WorkspaceLock::explainBusy(RosterDatabase &db, const QString &detail)
{
    if (!detail.contains(QString::fromUtf8(sqlite3_errstr(SQLITE_BUSY)), Qt::CaseInsensitive))
        return detail;
    const std::optional<WorkspaceLockHolder> sync = runningSync(db);
    return sync ? sync->describe(sync->subject) : detail;
}

std::optional<QString> WorkspaceLock::refusalWhileSyncing(RosterDatabase &db)
{
    const std::optional<WorkspaceLockHolder> sync = runningSync(db);
    if (!sync)
        return std::nullopt;
    return sync->describe(sync->subject) + u' ' + tr("Nothing was sent to the provider.");
}
