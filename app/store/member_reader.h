#pragma once

#include "member_row.h"
#include "sqlite_member_cursor.h"

#include <QCoreApplication>
#include <QSqlQuery>

class RosterDatabase;

// The order in which a workspace's members are read.
enum class MemberOrder
{
    // The order members first reached the local roster; an update keeps a member's place. The
    // fastest: a workspace's rows lie in this order in the file.
    Insertion,
    // By email address, comparing code points (addresses are stored in lower case). Goes
    // through the email index, so a large roster reads more slowly than in insertion order.
    Email
};

// Reads one workspace's members forward only, one row at a time, without caching rows: for
// loading a large roster into memory, all at once or in slices between events. The rows come
// from one snapshot of the database taken at start(), even while another connection writes.
// Do not write through the same RosterDatabase until the reader is finished or destroyed, and do
// not close the database before.
class MemberReader
{
    Q_DECLARE_TR_FUNCTIONS(MemberReader)
public:
    enum class Engine
    {
        // SQLite's C API where available (see SqliteMemberCursor), else Qt Sql.
        Fastest,
        QtSql
    };

    MemberReader(const RosterDatabase &db, const QString &workspaceId,
                 MemberOrder order = MemberOrder::Insertion, Engine engine = Engine::Fastest);

    bool start(QString *error);
    // Fills `*member` with the next row. False at the end, and on failure: then error() is set.
    bool next(MemberRecord *member);
    const QString &error() const { return m_error; }
    // Ends the read early, releasing its snapshot.
    void finish();

    // After start(): whether rows come through SQLite's C API rather than Qt Sql.
    bool usesSqliteApi() const { return m_useSqliteApi; }

private:
    bool fail(const QString &detail);

    const RosterDatabase &m_db;
    QString m_workspaceId;
    MemberOrder m_order;
    Engine m_engine;
    bool m_useSqliteApi = false;
    QSqlQuery m_query;
    SqliteMemberCursor m_cursor;
    MemberRow::Decoder m_decoder;
    QString m_error;
};
