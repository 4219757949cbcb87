#pragma once

class QSqlDatabase;

// Gives a file's free pages back to the file system (PRAGMA incremental_vacuum, in a file with
// auto_vacuum = INCREMENTAL); in WAL mode the file shrinks at the next checkpoint. SQLite frees
// one page per step of that statement, and Qt Sql steps a statement without columns only once,
// so this steps it through SQLite's own API where Qt's driver shares the store's SQLite
// (SqliteMemberCursor::handleOf()), else one page per call.
void releaseFreePages(const QSqlDatabase &db);
