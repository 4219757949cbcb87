#pragma once

#include "member_row.h"

#include <QSqlDatabase>

struct sqlite3;
struct sqlite3_stmt;

// Reads member rows through SQLite's C API on a Qt Sql connection, for MemberReader (a whole
// roster read row by row: the CLI's list and export, MemberRepository::list()). Qt Sql has
// SQLite convert every text to UTF-16 in a buffer of its own, copies it into a QString and wraps
// every value of every row in a QVariant; this reads the UTF-8 bytes in place
// (store_throughput prints both).
//
// Available when Qt's SQLite driver runs on the same SQLite library as the store (Debian's
// does: it links the system libsqlite3, which the store links too) and the file is UTF-8.
// Otherwise MemberReader reads through Qt Sql, with the same results.
class SqliteMemberCursor
{
public:
    static bool available(const QSqlDatabase &db);
    // The SQLite handle of a Qt Sql connection; null when Qt's driver is not on this SQLite.
    static sqlite3 *handleOf(const QSqlDatabase &db);

    SqliteMemberCursor() = default;
    ~SqliteMemberCursor();
    Q_DISABLE_COPY_MOVE(SqliteMemberCursor)

    // Prepares `sql` (selecting MemberRow::selectedColumns()) with integer `parameters`.
    bool start(const QSqlDatabase &db, const QString &sql, const QList<qint64> &parameters,
               QString *detail);

    enum class Step
    {
        Row,
        Done,
        Failed
    };
    Step next(MemberRow::Decoder &decoder, const QString &workspaceId, MemberRecord *member,
              QString *detail);
    void finish();

private:
    sqlite3_stmt *m_statement = nullptr;
};
