#include "sqlite_email_lines.h"

#include "email_check.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
QAtomicInteger<quint64> connections;

// The cache's size: what the index may keep in memory (the rest is in the file).
constexpr int CacheKiB = 4096;
} // namespace

SqliteEmailLines::SqliteEmailLines()
    : m_connection(u"roster-email-lines-%1"_s.arg(connections.fetchAndAddRelaxed(1)))
{}

SqliteEmailLines::~SqliteEmailLines()
{
    m_insert.reset();
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool SqliteEmailLines::open(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(QString()); // SQLite: a private temporary database on disk
    const auto failed = [error](const QString &detail) {
        if (error)
            *error = tr("Cannot keep the file's emails for finding duplicates: %1").arg(detail);
        return false;
    };
    if (!db.open())
        return failed(db.lastError().text());
    QSqlQuery query(db);
    for (const QString &statement :
         {u"PRAGMA journal_mode = OFF"_s, u"PRAGMA synchronous = OFF"_s,
          u"PRAGMA cache_size = -%1"_s.arg(CacheKiB),
          u"CREATE TABLE seen (email TEXT PRIMARY KEY, line INTEGER NOT NULL) WITHOUT ROWID"_s,
          u"BEGIN"_s}) {
        if (!query.exec(statement))
            return failed(query.lastError().text());
    }
    m_insert = std::make_unique<QSqlQuery>(db);
    // A seen address keeps its line, and RETURNING answers it.
    if (!m_insert->prepare(u"INSERT INTO seen (email, line) VALUES (?, ?)"
                           " ON CONFLICT (email) DO UPDATE SET line = line RETURNING line"_s))
        return failed(m_insert->lastError().text());
    return true;
}

qint64 SqliteEmailLines::insert(QStringView email, qint64 line)
{
    if (!m_insert) {
        m_error = tr("not open");
        return 0;
    }
    m_insert->bindValue(0, EmailCheck::normalized(email));
    m_insert->bindValue(1, line);
    if (!m_insert->exec() || !m_insert->next()) {
        m_error = m_insert->lastError().text();
        return 0;
    }
    const qint64 first = m_insert->value(0).toLongLong();
    m_insert->finish();
    return first == line ? 0 : first;
}

void SqliteEmailLines::clear()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"DELETE FROM seen"_s))
        m_error = query.lastError().text();
}
