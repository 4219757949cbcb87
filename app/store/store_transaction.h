#pragma once

#include <QCoreApplication>

class RosterDatabase;

// One transaction on a RosterDatabase, rolled back on destruction unless committed.
// The outermost transaction is BEGIN IMMEDIATE (it takes the write lock at once, so it never
// fails half-way for a lock); one begun inside another is a SAVEPOINT, so a caller can wrap
// several repository calls, each transactional on its own, in one all-or-nothing unit:
//
//     StoreTransaction transaction(db);
//     if (!transaction.begin(&error) || !members.upsert(member, &error)
//         || !audit.append(entry, &error) || !transaction.commit(&error))
//         return false; // nothing was written
//
// Nested transactions must end before the one around them, as scopes do.
class StoreTransaction
{
    Q_DECLARE_TR_FUNCTIONS(StoreTransaction)
public:
    explicit StoreTransaction(RosterDatabase &db);
    ~StoreTransaction();
    Q_DISABLE_COPY_MOVE(StoreTransaction)

    bool begin(QString *error);
    // On failure everything since begin() is rolled back.
    bool commit(QString *error);
    void rollback();

    bool isActive() const { return m_level > 0; }

private:
    QString savepointName() const;

    RosterDatabase &m_db;
    int m_level = 0;
};
