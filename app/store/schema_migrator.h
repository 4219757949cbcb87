#pragma once

#include "schema_migrations.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>

// Brings a SQLite database's schema to the last of a list of migrations. The version lives in
// PRAGMA user_version (0 for a new file). Each migration runs in its own BEGIN IMMEDIATE
// transaction together with the new user_version, so a failure or a crash leaves the database
// at the previous version; the version is read again inside that transaction, so two processes
// that open a new file at once do not both migrate it.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)
public:
    // `path` only names the file in messages.
    SchemaMigrator(const QSqlDatabase &db, const QString &path, QList<SchemaMigration> migrations);

    int latestVersion() const;
    std::optional<int> currentVersion(QString *error) const;

    // False, with a message naming the file and both versions, for a database written by a newer
    // Roster. Such a file is never written to.
    bool checkNotNewer(int currentVersion, QString *error) const;

    // Applies every migration above the current version, in order.
    bool migrate(QString *error);

private:
    bool apply(const SchemaMigration &migration, QString *error);

    QSqlDatabase m_db;
    QString m_path;
    QList<SchemaMigration> m_migrations;
};
