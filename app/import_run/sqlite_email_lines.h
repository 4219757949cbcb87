#pragma once

#include "email_line_store.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

class QSqlQuery;

// The emails a dry run has seen, in a private temporary SQLite database on disk (deleted when
// closed): one indexed row an address, a small page cache, no journal, one transaction. Memory
// stays at the cache's size whatever the number of rows, where EmailIndex takes ~56 bytes an
// address.
class SqliteEmailLines : public EmailLineStore
{
    Q_DECLARE_TR_FUNCTIONS(SqliteEmailLines)
public:
    SqliteEmailLines();
    ~SqliteEmailLines() override;
    Q_DISABLE_COPY_MOVE(SqliteEmailLines)

    bool open(QString *error);
    qint64 insert(QStringView email, qint64 line) override;
    void clear() override;
    // Why the last insert() failed (it then answered 0); empty while all is well.
    const QString &error() const { return m_error; }

private:
    QString m_connection;
    std::unique_ptr<QSqlQuery> m_insert; // prepared once
    QString m_error;
};
