#pragma once

#include <QList>
#include <QStringList>

// One step of the roster database's schema: the statements that bring a database at version
// `version - 1` to `version`. Applied in one transaction together with PRAGMA user_version.
struct SchemaMigration
{
    int version = 0;
    QStringList statements;
};

// Every migration of the roster database, in order, versions 1, 2, 3, ... without gaps.
// Released migrations never change; a schema change is a new migration at the end.
const QList<SchemaMigration> &rosterSchemaMigrations();
