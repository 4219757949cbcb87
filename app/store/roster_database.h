#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The local roster: one SQLite file holding each workspace's members and the audit log.
//
// One instance is one connection with a name of its own, used from the thread that opened it.
// A worker thread opens its own instance on the same path: in WAL mode readers and one writer
// share the file. Repositories, readers and transactions borrow the connection and must not
// outlive the instance.
//
// The file is written in WAL mode with synchronous=FULL: a crash of Roster or of the machine
// never corrupts it, and a transaction that committed is still there afterwards (the audit log
// records what was done to real accounts, so losing its last entries to a power cut is not
// acceptable; commits are one per action or one per batch, so the extra fsync costs little).
class RosterDatabase
{
    Q_DECLARE_TR_FUNCTIONS(RosterDatabase)
public:
    explicit RosterDatabase(const QString &path);
    ~RosterDatabase();
    Q_DISABLE_COPY_MOVE(RosterDatabase)

    // <GenericDataLocation>/Roster/roster.sqlite, e.g. ~/.local/share/Roster/roster.sqlite: the
    // GUI, roster-cli and the demo share it whatever their application names are.
    static QString defaultPath();
    // The schema version this build reads and writes (PRAGMA user_version).
    static int schemaVersion();

    // Opens the file, creating it (owner-only permissions) and its directory when missing, and
    // brings its schema up to date. A file written by a newer Roster, or one that is not a
    // SQLite database, is refused and left as it was. On failure `*error` says why, naming the
    // file, and the instance stays closed.
    bool open(QString *error);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    // isOpen(), or false with a message saying the database is not open.
    bool checkOpen(QString *error) const;

    const QString &path() const { return m_path; }
    // The connection, for the store's repositories.
    const QSqlDatabase &connection() const { return m_db; }

private:
    friend class StoreTransaction;

    bool configure(QString *error);
    void switchToIncrementalVacuum();
    QString failure(const QString &detail) const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_transactionDepth = 0;
};
