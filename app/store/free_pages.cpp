#include "free_pages.h"

#include "sqlite_member_cursor.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

void releaseFreePages(const QSqlDatabase &db)
{
    if (SqliteMemberCursor::available(db)) {
        sqlite3_exec(SqliteMemberCursor::handleOf(db), "PRAGMA incremental_vacuum", nullptr,
                     nullptr, nullptr);
        return;
    }
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA freelist_count"_s) || !query.next())
        return;
    const qint64 pages = query.value(0).toLongLong();
    query.finish();
    QSqlQuery step(db);
    if (!step.prepare(u"PRAGMA incremental_vacuum(1)"_s))
        return;
    for (qint64 i = 0; i < pages; ++i) {
        if (!step.exec())
            return;
        step.finish();
    }
}
