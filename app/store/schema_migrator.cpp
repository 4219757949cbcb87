#include "schema_migrator.h"

#include "sql_helpers.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

SchemaMigrator::SchemaMigrator(const QSqlDatabase &db, const QString &path,
                               QList<SchemaMigration> migrations)
    : m_db(db), m_path(path), m_migrations(std::move(migrations))
{}

int SchemaMigrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

std::optional<int> SchemaMigrator::currentVersion(QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        setError(error, tr("Cannot read the roster database %1: %2")
                            .arg(m_path, sqlErrorText(query.lastError())));
        return std::nullopt;
    }
    return query.value(0).toInt();
}

bool SchemaMigrator::checkNotNewer(int currentVersion, QString *error) const
{
    if (currentVersion <= latestVersion())
        return true;
    setError(error,
             tr("The roster database %1 has schema version %2, but this version of Roster "
                "only knows versions up to %3. The file was left untouched; open it with "
                "a newer Roster.")
                 .arg(m_path, QString::number(currentVersion), QString::number(latestVersion())));
    return false;
}

bool SchemaMigrator::migrate(QString *error)
{
    const std::optional<int> version = currentVersion(error);
    if (!version || !checkNotNewer(*version, error))
        return false;
    for (const SchemaMigration &migration : m_migrations) {
        if (migration.version > *version && !apply(migration, error))
            return false;
    }
    return true;
}

bool SchemaMigrator::apply(const SchemaMigration &migration, QString *error)
{
    const auto fail = [&](const QString &detail) {
        QString ignored;
        execSql(m_db, u"ROLLBACK"_s, &ignored);
        setError(error, tr("Cannot update the roster database %1 to schema version %2: %3")
                            .arg(m_path, QString::number(migration.version), detail));
        return false;
    };

    QString detail;
    if (!execSql(m_db, u"BEGIN IMMEDIATE"_s, &detail)) {
        setError(error, tr("Cannot update the roster database %1 to schema version %2: %3")
                            .arg(m_path, QString::number(migration.version), detail));
        return false;
    }
    // Another process may have migrated the file since we last looked.
    const std::optional<int> version = currentVersion(&detail);
    if (!version)
        return fail(detail);
    if (*version >= migration.version) {
        if (!checkNotNewer(*version, error)) {
            execSql(m_db, u"ROLLBACK"_s, &detail);
            return false;
        }
        return execSql(m_db, u"COMMIT"_s, &detail) || fail(detail);
    }
    if (*version != migration.version - 1)
        return fail(tr("it is at version %1, and no migration leads from there").arg(*version));
    for (const QString &statement : migration.statements) {
        if (!execSql(m_db, statement, &detail))
            return fail(detail);
    }
    if (!execSql(m_db, u"PRAGMA user_version = %1"_s.arg(migration.version), &detail) ||
        !execSql(m_db, u"COMMIT"_s, &detail))
        return fail(detail);
    return true;
}
