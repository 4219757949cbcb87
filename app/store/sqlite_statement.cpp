#include "sqlite_statement.h"

#include "sql_helpers.h"

#include <sqlite3.h>

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

bool SqliteStatement::prepare(sqlite3 *db, const char *sql, QString *detail)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) ==
        SQLITE_OK) {
        m_texts.assign(size_t(sqlite3_bind_parameter_count(m_statement)) + 1, QByteArray());
        return true;
    }
    setError(detail, QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    return false;
}

void SqliteStatement::bindText(int parameter, const QString &text)
{
    if (text.isEmpty()) { // '' and not NULL
        sqlite3_bind_text(m_statement, parameter, "", 0, SQLITE_STATIC);
        return;
    }
    QByteArray &buffer = m_texts[size_t(parameter)];
    buffer.resize(m_utf8.requiredSpace(text.size()));
    const char *end = m_utf8.appendToBuffer(buffer.data(), text);
    sqlite3_bind_text(m_statement, parameter, buffer.constData(), int(end - buffer.constData()),
                      SQLITE_STATIC);
}

void SqliteStatement::bindTextOrNull(int parameter, const QString &text)
{
    if (text.isEmpty())
        bindNull(parameter);
    else
        bindText(parameter, text);
}

void SqliteStatement::bindOptionalText(int parameter, const std::optional<QString> &text)
{
    if (text)
        bindText(parameter, *text);
    else
        bindNull(parameter);
}

void SqliteStatement::bindInt(int parameter, qint64 value)
{
    sqlite3_bind_int64(m_statement, parameter, value);
}

void SqliteStatement::bindOptionalInt(int parameter, std::optional<qint64> value)
{
    if (value)
        bindInt(parameter, *value);
    else
        bindNull(parameter);
}

void SqliteStatement::bindNull(int parameter)
{
    sqlite3_bind_null(m_statement, parameter);
}

SqliteStatement::Step SqliteStatement::step(QString *detail)
{
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return Step::Row;
    case SQLITE_DONE:
        return Step::Done;
    default:
        setError(detail, QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))));
        sqlite3_reset(m_statement);
        return Step::Failed;
    }
}

bool SqliteStatement::run(QString *detail)
{
    const Step result = step(detail);
    reset();
    return result != Step::Failed;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

qint64 SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArray SqliteStatement::columnBytes(int column) const
{
    // sqlite3_column_blob() before sqlite3_column_bytes(), as SQLite asks; without the copy
    // sqlite3_column_text() would make to add a terminating zero.
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArray::fromRawData(data, sqlite3_column_bytes(m_statement, column));
}
