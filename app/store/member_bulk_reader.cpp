#include "member_bulk_reader.h"

#include "member_row.h"
#include "sql_helpers.h"

#include <QFile>
#include <limits>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

MemberBulkReader::MemberBulkReader(const QString &databasePath, const QString &workspaceId)
    : m_path(databasePath), m_workspaceId(workspaceId)
{}

MemberBulkReader::~MemberBulkReader()
{
    finish();
}

bool MemberBulkReader::fail(const QString &detail)
{
    m_error = tr("Cannot read the members of workspace %1 from %2: %3")
                  .arg(m_workspaceId, m_path, detail);
    finish();
    return false;
}

namespace {
// Columns are read through sqlite3_column_value(): sqlite3_column_blob(), _bytes() and _int64()
// each check the statement and the connection's state again, several times a row. The value is
// one SQLite calls unprotected; the connection is used by one thread only (SQLITE_OPEN_NOMUTEX),
// which is when reading it is safe. It is valid until the next step.
std::string_view textOf(sqlite3_stmt *statement, int column)
{
    // sqlite3_value_blob() before sqlite3_value_bytes(), as SQLite asks; no terminating zero
    // is added, unlike sqlite3_value_text().
    sqlite3_value *value = sqlite3_column_value(statement, column);
    const auto *data = static_cast<const char *>(sqlite3_value_blob(value));
    return std::string_view(data, size_t(sqlite3_value_bytes(value)));
}

qint64 int64Of(sqlite3_stmt *statement, int column)
{
    return sqlite3_value_int64(sqlite3_column_value(statement, column));
}

std::optional<qint64> integerOf(sqlite3_stmt *statement, int column)
{
    sqlite3_value *value = sqlite3_column_value(statement, column);
    if (sqlite3_value_type(value) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_value_int64(value);
}

// A time selected as ifnull(column, NoTime): one call instead of two.
constexpr qint64 NoTime = std::numeric_limits<qint64>::min();
std::optional<qint64> timeOf(sqlite3_stmt *statement, int column)
{
    const qint64 ms = int64Of(statement, column);
    return ms == NoTime ? std::nullopt : std::optional<qint64>(ms);
}

constexpr int BusyTimeoutMs = 5000;

QString utf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}
} // namespace

bool MemberBulkReader::prepare(sqlite3_stmt **statement, const char *sql)
{
    if (sqlite3_prepare_v2(m_handle, sql, -1, statement, nullptr) == SQLITE_OK)
        return true;
    return failWithSqlite();
}

bool MemberBulkReader::failWithSqlite()
{
    return fail(m_handle ? utf8(sqlite3_errmsg(m_handle)) : tr("the database is not open"));
}

bool MemberBulkReader::open(QString *error)
{
    if (m_handle)
        return true;
    m_error.clear();
    // Without SQLITE_OPEN_CREATE: a load never creates a database. Read-write, so that the WAL
    // index can be set up when no other connection has the file open; query_only keeps it
    // from writing.
    const QByteArray path = QFile::encodeName(m_path);
    const int opened = sqlite3_open_v2(path.constData(), &m_handle,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    // Text is read as the file stores it (sqlite3_value_blob()): Roster's files are UTF-8.
    // The busy timeout comes first: cache_size reads the schema, which waits while another
    // connection recovers or checkpoints the WAL.
    const char *setUp = "PRAGMA query_only = 1; PRAGMA cache_size = -2048";
    if (opened != SQLITE_OK || sqlite3_busy_timeout(m_handle, BusyTimeoutMs) != SQLITE_OK ||
        sqlite3_exec(m_handle, setUp, nullptr, nullptr, nullptr) != SQLITE_OK) {
        failWithSqlite();
        setError(error, m_error);
        return false;
    }
    sqlite3_stmt *encoding = nullptr;
    bool ok = prepare(&encoding, "PRAGMA encoding");
    if (ok && sqlite3_step(encoding) == SQLITE_ROW &&
        textOf(encoding, 0) != std::string_view("UTF-8")) {
        const QString found = utf8(textOf(encoding, 0));
        sqlite3_finalize(encoding);
        encoding = nullptr;
        ok = fail(tr("its text is in %1, not UTF-8").arg(found));
    }
    sqlite3_finalize(encoding);
    if (!ok)
        setError(error, m_error);
    return ok;
}

bool MemberBulkReader::start(QString *error)
{
    if (m_inTransaction) {
        fail(tr("the read has already started"));
        setError(error, m_error);
        return false;
    }
    m_workspaceKey = 0;
    if (!open(error))
        return false;
    // One read transaction, so that the rows, the group sets and the email order agree. A
    // bulk read goes through every page once: the small page cache of open() is enough.
    if (sqlite3_exec(m_handle, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK) {
        failWithSqlite();
        setError(error, m_error);
        return false;
    }
    m_inTransaction = true;
    sqlite3_stmt *key = nullptr;
    const QByteArray id = m_workspaceId.toUtf8();
    bool ok = prepare(&key, "SELECT key FROM workspaces WHERE id = ?") &&
              sqlite3_bind_text(key, 1, id.constData(), int(id.size()), SQLITE_STATIC) == SQLITE_OK;
    if (ok) {
        const int step = sqlite3_step(key);
        if (step == SQLITE_ROW)
            m_workspaceKey = sqlite3_column_int64(key, 0);
        else if (step != SQLITE_DONE)
            ok = fail(utf8(sqlite3_errmsg(m_handle)));
    }
    sqlite3_finalize(key);
    if (ok && m_workspaceKey != 0) {
        ok = prepare(&m_rows,
                     "SELECT provider_member_id, email, display_name, first_name, last_name,"
                     " role_id, role_name, bio, status_line, linkedin, twitter, instagram,"
                     " avatar_url, status, group_set,"
                     " ifnull(created_at, -9223372036854775808),"
                     " ifnull(updated_at, -9223372036854775808),"
                     " ifnull(last_synced_at, -9223372036854775808), id,"
                     " ifnull(last_sign_in_at, -9223372036854775808), never_signed_in,"
                     // SQLite gives | and << the same precedence: each shift in brackets.
                     " (status_line IS NOT NULL) | ((linkedin IS NOT NULL) << 1)"
                     " | ((twitter IS NOT NULL) << 2) | ((instagram IS NOT NULL) << 3)"
                     " | (is_admin << 4)"
                     " FROM members WHERE id BETWEEN ? AND ? ORDER BY id") &&
             sqlite3_bind_int64(m_rows, 1, MemberRow::firstRowId(m_workspaceKey)) == SQLITE_OK &&
             sqlite3_bind_int64(m_rows, 2, MemberRow::lastRowId(m_workspaceKey)) == SQLITE_OK;
    }
    if (!ok) {
        if (m_error.isEmpty())
            fail(utf8(sqlite3_errmsg(m_handle)));
        setError(error, m_error);
        return false;
    }
    return true;
}

bool MemberBulkReader::next(MemberRowBytes *row)
{
    if (!m_rows)
        return false;
    const int step = sqlite3_step(m_rows);
    if (step == SQLITE_DONE) {
        sqlite3_finalize(m_rows);
        m_rows = nullptr;
        return false;
    }
    if (step != SQLITE_ROW)
        return fail(utf8(sqlite3_errmsg(m_handle)));
    // The columns as selected: the texts in the order of MemberRowBytes::Text, then the rest.
    for (int column = 0; column < MemberRowBytes::TextCount; ++column)
        row->text[column] = textOf(m_rows, column);
    const std::string_view status = textOf(m_rows, MemberRowBytes::TextCount);
    const std::optional<MemberStatus> parsed = memberStatusFromId(status);
    if (!parsed) {
        return fail(
            QCoreApplication::translate("MemberRow", "unknown status \"%1\"").arg(utf8(status)));
    }
    row->status = *parsed;
    row->groupSetKey = integerOf(m_rows, MemberRowBytes::TextCount + 1);
    // A stored time of exactly NoTime reads as unknown: MemberStorage holds it so anyway.
    row->createdMs = timeOf(m_rows, MemberRowBytes::TextCount + 2);
    row->updatedMs = timeOf(m_rows, MemberRowBytes::TextCount + 3);
    row->lastSyncedMs = timeOf(m_rows, MemberRowBytes::TextCount + 4);
    row->rowId = int64Of(m_rows, MemberRowBytes::TextCount + 5);
    row->lastSignInMs = timeOf(m_rows, MemberRowBytes::TextCount + 6);
    row->neverSignedIn = int64Of(m_rows, MemberRowBytes::TextCount + 7) != 0;
    row->profileFlags = quint8(int64Of(m_rows, MemberRowBytes::TextCount + 8));
    return true;
}

std::optional<QList<MemberGroup>> MemberBulkReader::groupSet(qint64 key)
{
    if (!m_inTransaction) {
        fail(tr("the read has ended"));
        return std::nullopt;
    }
    if (!m_groupSet && !prepare(&m_groupSet, "SELECT groups FROM group_sets WHERE key = ?"))
        return std::nullopt;
    sqlite3_reset(m_groupSet);
    sqlite3_bind_int64(m_groupSet, 1, key);
    const int step = sqlite3_step(m_groupSet);
    if (step != SQLITE_ROW) {
        fail(step == SQLITE_DONE
                 ? QCoreApplication::translate("MemberRow", "group set %1 is missing").arg(key)
                 : utf8(sqlite3_errmsg(m_handle)));
        return std::nullopt;
    }
    std::optional<QList<MemberGroup>> groups = MemberRow::decodeGroups(utf8(textOf(m_groupSet, 0)));
    sqlite3_reset(m_groupSet);
    if (!groups) {
        fail(QCoreApplication::translate("MemberRow", "group set %1 is not a list of groups")
                 .arg(key));
    }
    return groups;
}

QList<qint64> MemberBulkReader::rowIdsByEmail()
{
    QList<qint64> ids;
    if (!m_inTransaction || m_workspaceKey == 0)
        return ids;
    sqlite3_stmt *byEmail = nullptr;
    if (!prepare(&byEmail, "SELECT id FROM members WHERE workspace_key = ? ORDER BY email"))
        return ids;
    sqlite3_bind_int64(byEmail, 1, m_workspaceKey);
    int step;
    while ((step = sqlite3_step(byEmail)) == SQLITE_ROW)
        ids.append(int64Of(byEmail, 0));
    if (step != SQLITE_DONE) {
        ids.clear();
        fail(utf8(sqlite3_errmsg(m_handle)));
    }
    sqlite3_finalize(byEmail);
    return ids;
}

std::optional<qint64> MemberBulkReader::dataVersion()
{
    sqlite3_stmt *statement = nullptr;
    if (!m_handle ||
        sqlite3_prepare_v2(m_handle, "PRAGMA data_version", -1, &statement, nullptr) != SQLITE_OK)
        return std::nullopt;
    std::optional<qint64> version;
    if (sqlite3_step(statement) == SQLITE_ROW)
        version = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return version;
}

void MemberBulkReader::finish()
{
    if (m_rows)
        sqlite3_finalize(m_rows);
    if (m_groupSet)
        sqlite3_finalize(m_groupSet);
    m_rows = nullptr;
    m_groupSet = nullptr;
    if (m_inTransaction && sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
    m_inTransaction = false;
    sqlite3_close_v2(m_handle);
    m_handle = nullptr;
}
