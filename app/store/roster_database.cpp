#include "roster_database.h"

#include "schema_migrator.h"
#include "sql_helpers.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <atomic>

using namespace Qt::StringLiterals;

namespace {
constexpr int BusyTimeoutMs = 5000;
constexpr int PageCacheKiB = 64 * 1024;

QString nextConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"roster-store-%1"_s.arg(++counter);
}

// QLockFile::tryLock(timeout) sleeps 100 ms, then twice as long each time: seconds for a lock
// that is held for milliseconds.
bool lockPromptly(QLockFile &lock)
{
    const QDeadlineTimer deadline(BusyTimeoutMs);
    while (!lock.tryLock(0)) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(5);
    }
    return true;
}
} // namespace

RosterDatabase::RosterDatabase(const QString &path)
    : m_path(path), m_connectionName(nextConnectionName())
{}

RosterDatabase::~RosterDatabase()
{
    close();
}

QString RosterDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           u"/Roster/roster.sqlite"_s;
}

int RosterDatabase::schemaVersion()
{
    return rosterSchemaMigrations().last().version;
}

bool RosterDatabase::open(QString *error)
{
    close();
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        setError(error, failure(tr("the SQLite driver of Qt Sql is not installed "
                                   "(Debian package libqt6sql6-sqlite)")));
        return false;
    }
    const QFileInfo info(m_path);
    if (m_path.isEmpty() || info.isDir()) {
        setError(error, failure(tr("not a file path")));
        return false;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        setError(error, failure(tr("cannot create the directory %1").arg(info.absolutePath())));
        return false;
    }
    // Setting a file up (creating it, WAL mode, migrations) takes locks that SQLite does not
    // always wait for: several processes opening it at once take turns.
    QLockFile setUpLock(m_path + u".lock"_s);
    if (!lockPromptly(setUpLock)) {
        setError(error,
                 failure(tr("another Roster has held the lock file %1 for more than %2 s")
                             .arg(setUpLock.fileName(), QString::number(BusyTimeoutMs / 1000))));
        return false;
    }
    if (!QFileInfo::exists(m_path)) {
        // SQLite gives its files (and the -wal and -shm files beside them) the permissions of
        // the database file: members' addresses are for this user only.
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            setError(error, failure(file.errorString()));
            return false;
        }
    }

    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
    if (!m_db.open()) {
        setError(error, failure(sqlErrorText(m_db.lastError())));
        close();
        return false;
    }
    if (!configure(error)) {
        close();
        return false;
    }
    return true;
}

bool RosterDatabase::configure(QString *error)
{
    SchemaMigrator migrator(m_db, m_path, rosterSchemaMigrations());
    // Read the version before anything writes to the file: a newer Roster's file and a file that
    // is not a database ("file is not a database") stay exactly as they were.
    const std::optional<int> version = migrator.currentVersion(error);
    if (!version || !migrator.checkNotNewer(*version, error))
        return false;

    QString detail;
    // Pages freed by a deleted import run go back to the file system (ImportJournal::removeRun
    // runs incremental_vacuum). Takes effect in a file without tables; an older file is
    // switched below, once.
    if (*version == 0 && !execSql(m_db, u"PRAGMA auto_vacuum = INCREMENTAL"_s, &detail)) {
        setError(error, failure(detail));
        return false;
    }
    QSqlQuery journal(m_db);
    if (!journal.exec(u"PRAGMA journal_mode = WAL"_s) || !journal.next()) {
        setError(error, failure(sqlErrorText(journal.lastError())));
        return false;
    }
    if (journal.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        setError(error, failure(tr("the file system does not support SQLite's WAL mode")));
        return false;
    }
    journal.finish();
    // A page cache that holds the indexes of a large roster: a full refresh of 100,000 members
    // or more would otherwise read and spill index pages all the time. Memory is only taken as
    // pages are used.
    if (!execSql(m_db, u"PRAGMA cache_size = -%1"_s.arg(PageCacheKiB), &detail) ||
        !execSql(m_db, u"PRAGMA synchronous = FULL"_s, &detail) ||
        // Every write that can abort half-way (a constraint) keeps a statement journal of the
        // pages it changes; with temporary files, one outgrowing 64 KiB goes to a file, a file
        // write for every page a bulk write of members touches.
        !execSql(m_db, u"PRAGMA temp_store = MEMORY"_s, &detail) ||
        !execSql(m_db, u"PRAGMA foreign_keys = ON"_s, &detail)) {
        setError(error, failure(detail));
        return false;
    }
    if (!migrator.migrate(error))
        return false;
    switchToIncrementalVacuum();
    return true;
}

void RosterDatabase::switchToIncrementalVacuum()
{
    QSqlQuery mode(m_db);
    if (!mode.exec(u"PRAGMA auto_vacuum"_s) || !mode.next() || mode.value(0).toInt() == 2)
        return;
    mode.finish();
    // A file made before incremental vacuum: VACUUM rewrites it with the new mode. When another
    // process holds it open and busy, it is tried again at the next open.
    QString detail;
    if (execSql(m_db, u"PRAGMA auto_vacuum = INCREMENTAL"_s, &detail))
        execSql(m_db, u"VACUUM"_s, &detail);
}

void RosterDatabase::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_transactionDepth = 0;
}

bool RosterDatabase::checkOpen(QString *error) const
{
    if (isOpen())
        return true;
    setError(error, tr("The roster database %1 is not open.").arg(m_path));
    return false;
}

QString RosterDatabase::failure(const QString &detail) const
{
    return tr("Cannot open the roster database %1: %2").arg(m_path, detail);
}
