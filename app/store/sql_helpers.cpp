#include "sql_helpers.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

QString sqlErrorText(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

QVariant sqlText(const QString &text)
{
    return text.isNull() ? QVariant(u""_s) : QVariant(text);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

bool prepareSql(QSqlQuery &query, const QString &sql, QString *detail)
{
    if (query.prepare(sql))
        return true;
    setError(detail, sqlErrorText(query.lastError()));
    return false;
}

bool execSql(QSqlQuery &query, QString *detail)
{
    if (query.exec())
        return true;
    setError(detail, sqlErrorText(query.lastError()));
    return false;
}

bool execSql(const QSqlDatabase &db, const QString &sql, QString *detail)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    setError(detail, sqlErrorText(query.lastError()));
    return false;
}
