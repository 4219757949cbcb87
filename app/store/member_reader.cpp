#include "member_reader.h"

#include "roster_database.h"
#include "sql_helpers.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

MemberReader::MemberReader(const RosterDatabase &db, const QString &workspaceId, MemberOrder order,
                           Engine engine)
    : m_db(db), m_workspaceId(workspaceId), m_order(order), m_engine(engine),
      m_decoder(db.connection())
{}

bool MemberReader::start(QString *error)
{
    finish();
    m_error.clear();
    if (!m_db.checkOpen(&m_error)) {
        setError(error, m_error);
        return false;
    }
    QString detail;
    qint64 workspaceKey = 0;
    if (!MemberRow::findWorkspaceKey(m_db.connection(), m_workspaceId, &workspaceKey, &detail)) {
        fail(detail);
        setError(error, m_error);
        return false;
    }
    if (workspaceKey == 0) // no local data: nothing to read
        return true;
    // Insertion order is the workspace's range of row ids, read straight from the table.
    const bool byEmail = m_order == MemberOrder::Email;
    const QString sql =
        u"SELECT "_s + MemberRow::selectedColumns() + u" FROM members WHERE "_s +
        (byEmail ? u"workspace_key = ? ORDER BY email"_s : u"id BETWEEN ? AND ? ORDER BY id"_s);
    const QList<qint64> parameters = byEmail ? QList<qint64>{workspaceKey}
                                             : QList<qint64>{MemberRow::firstRowId(workspaceKey),
                                                             MemberRow::lastRowId(workspaceKey)};
    m_useSqliteApi =
        m_engine == Engine::Fastest && SqliteMemberCursor::available(m_db.connection());
    const bool started =
        m_useSqliteApi ? m_cursor.start(m_db.connection(), sql, parameters, &detail) : [&] {
            m_query = QSqlQuery(m_db.connection());
            m_query.setForwardOnly(true);
            if (!prepareSql(m_query, sql, &detail))
                return false;
            for (int i = 0; i < parameters.size(); ++i)
                m_query.bindValue(i, parameters.at(i));
            return execSql(m_query, &detail);
        }();
    if (!started) {
        fail(detail);
        setError(error, m_error);
        return false;
    }
    return true;
}

bool MemberReader::next(MemberRecord *member)
{
    QString detail;
    if (m_useSqliteApi) {
        switch (m_cursor.next(m_decoder, m_workspaceId, member, &detail)) {
        case SqliteMemberCursor::Step::Row:
            return true;
        case SqliteMemberCursor::Step::Done:
            return false;
        case SqliteMemberCursor::Step::Failed:
            return fail(detail);
        }
    }
    if (!m_query.isActive())
        return false;
    if (!m_query.next()) {
        if (m_query.lastError().isValid())
            return fail(sqlErrorText(m_query.lastError()));
        m_query.finish();
        return false;
    }
    if (!m_decoder.decode(MemberRow::QtSqlRow(m_query), m_workspaceId, member, &detail))
        return fail(detail);
    return true;
}

void MemberReader::finish()
{
    m_cursor.finish();
    m_query.finish();
}

bool MemberReader::fail(const QString &detail)
{
    m_error = tr("Cannot read the members of workspace %1 from %2: %3")
                  .arg(m_workspaceId, m_db.path(), detail);
    finish();
    return false;
}
