#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Small pieces shared by the store's SQL code. Messages from SQLite itself are not translated;
// callers put them after a translated sentence that says what failed.

// SQLite's own words for `error` ("database is locked"), or Qt's when SQLite gave none.
QString sqlErrorText(const QSqlError &error);

// A value to bind for a NOT NULL text column: Qt Sql binds a null QString as NULL, so a null
// string becomes ''.
QVariant sqlText(const QString &text);

// Writes `message` to `*error` when `error` is not null.
void setError(QString *error, const QString &message);

// Prepares `sql` on `query`, or says why not in `*detail` (SQLite's words).
bool prepareSql(QSqlQuery &query, const QString &sql, QString *detail);
// Runs an already prepared and bound `query`, or says why not in `*detail`.
bool execSql(QSqlQuery &query, QString *detail);
// Runs one statement without parameters on `db`, or says why not in `*detail`.
bool execSql(const QSqlDatabase &db, const QString &sql, QString *detail);
