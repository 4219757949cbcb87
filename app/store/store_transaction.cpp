#include "store_transaction.h"

#include "roster_database.h"
#include "sql_helpers.h"
#include "workspace_lock.h"

using namespace Qt::StringLiterals;

StoreTransaction::StoreTransaction(RosterDatabase &db) : m_db(db) {}

StoreTransaction::~StoreTransaction()
{
    rollback();
}

bool StoreTransaction::begin(QString *error)
{
    if (isActive())
        return true;
    if (!m_db.checkOpen(error))
        return false;
    const int level = m_db.m_transactionDepth + 1;
    m_level = level;
    QString detail;
    if (!execSql(m_db.connection(),
                 level == 1 ? u"BEGIN IMMEDIATE"_s : u"SAVEPOINT "_s + savepointName(), &detail)) {
        m_level = 0;
        setError(error, tr("Cannot start a transaction in the roster database %1: %2")
                            .arg(m_db.path(), WorkspaceLock::explainBusy(m_db, detail)));
        return false;
    }
    m_db.m_transactionDepth = level;
    return true;
}

bool StoreTransaction::commit(QString *error)
{
    if (!isActive()) {
        setError(error, tr("No transaction is active in the roster database %1.").arg(m_db.path()));
        return false;
    }
    QString detail;
    if (!execSql(m_db.connection(), m_level == 1 ? u"COMMIT"_s : u"RELEASE "_s + savepointName(),
                 &detail)) {
        rollback();
        setError(error, tr("Cannot commit to the roster database %1: %2").arg(m_db.path(), detail));
        return false;
    }
    m_db.m_transactionDepth = m_level - 1;
    m_level = 0;
    return true;
}

void StoreTransaction::rollback()
{
    if (!isActive())
        return;
    if (!m_db.isOpen()) { // closed under us: SQLite rolled back when the connection closed
        m_level = 0;
        return;
    }
    // SQLite may already have rolled back on its own (a full disk, an I/O error); a failing
    // ROLLBACK then changes nothing, and there is nobody to tell.
    QString ignored;
    if (m_level == 1) {
        execSql(m_db.connection(), u"ROLLBACK"_s, &ignored);
    } else {
        execSql(m_db.connection(), u"ROLLBACK TO "_s + savepointName(), &ignored);
        execSql(m_db.connection(), u"RELEASE "_s + savepointName(), &ignored);
    }
    m_db.m_transactionDepth = m_level - 1;
    m_level = 0;
}

QString StoreTransaction::savepointName() const
{
    return u"roster_%1"_s.arg(m_level);
}
