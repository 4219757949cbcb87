#include "sqlite_member_cursor.h"

#include "sql_helpers.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

sqlite3 *SqliteMemberCursor::handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

namespace {

QString scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
}

// One selected row as SQLite holds it, for MemberRow::Decoder. Text comes as the file stores it,
// UTF-8, through sqlite3_column_blob(): without the copy SQLite makes to add a terminating zero
// for sqlite3_column_text(). Cache keys point into the row and cost no allocation.
class SqliteRow
{
public:
    explicit SqliteRow(sqlite3_stmt *statement) : m_statement(statement) {}

    QString text(int column) const
    {
        const QByteArray bytes = key(column);
        return QString::fromUtf8(bytes);
    }

    // sqlite3_column_blob() before sqlite3_column_bytes(), as SQLite asks.
    QByteArray key(int column) const
    {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        return QByteArray::fromRawData(data, sqlite3_column_bytes(m_statement, column));
    }

    std::optional<qint64> integer(int column) const
    {
        if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
            return std::nullopt;
        return sqlite3_column_int64(m_statement, column);
    }

    std::optional<QString> optionalText(int column) const
    {
        if (sqlite3_column_type(m_statement, column) == SQLITE_NULL)
            return std::nullopt;
        return text(column);
    }

private:
    sqlite3_stmt *m_statement;
};
} // namespace

bool SqliteMemberCursor::available(const QSqlDatabase &db)
{
    // A Qt built with its own copy of SQLite would hand out handles of another library. Files
    // in another text encoding than Roster creates are read through Qt Sql.
    return handleOf(db) &&
           scalar(db, u"SELECT sqlite_version()"_s) == QLatin1StringView(sqlite3_libversion()) &&
           scalar(db, u"PRAGMA encoding"_s) == u"UTF-8";
}

SqliteMemberCursor::~SqliteMemberCursor()
{
    finish();
}

bool SqliteMemberCursor::start(const QSqlDatabase &db, const QString &sql,
                               const QList<qint64> &parameters, QString *detail)
{
    finish();
    sqlite3 *handle = handleOf(db);
    if (!handle) {
        setError(detail, QCoreApplication::translate("MemberReader", "no SQLite connection"));
        return false;
    }
    const QByteArray utf8 = sql.toUtf8();
    bool ok = sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &m_statement,
                                 nullptr) == SQLITE_OK;
    for (int i = 0; ok && i < parameters.size(); ++i)
        ok = sqlite3_bind_int64(m_statement, i + 1, parameters.at(i)) == SQLITE_OK;
    if (!ok) {
        setError(detail, QString::fromUtf8(sqlite3_errmsg(handle)));
        finish();
    }
    return ok;
}

SqliteMemberCursor::Step SqliteMemberCursor::next(MemberRow::Decoder &decoder,
                                                  const QString &workspaceId, MemberRecord *member,
                                                  QString *detail)
{
    if (!m_statement)
        return Step::Done;
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        if (decoder.decode(SqliteRow(m_statement), workspaceId, member, detail))
            return Step::Row;
        break;
    case SQLITE_DONE:
        finish();
        return Step::Done;
    default:
        setError(detail, QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))));
        break;
    }
    finish();
    return Step::Failed;
}

void SqliteMemberCursor::finish()
{
    if (m_statement) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}
