#pragma once

#include "import_journal.h"

#include <QObject>

class RosterDatabase;

// Reads a run's rows from the journal a page at a time, one page an event turn, so that a plan
// of a million rows fills a table without holding the window.
class ImportRowLoader : public QObject
{
    Q_OBJECT
public:
    static constexpr int PageSize = 2000;

    // `db` is not owned and must outlive the loader. `failedOnly`: only rows whose outcome is
    // Failed.
    ImportRowLoader(RosterDatabase &db, qint64 runId, bool failedOnly, QObject *parent = nullptr);

    void start();
    void cancel() { m_running = false; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void rowsLoaded(const QList<ImportRowEntry> &rows);
    void finished();
    void failed(const QString &error);

private:
    void readPage();

    RosterDatabase &m_db;
    qint64 m_runId;
    bool m_failedOnly;
    qint64 m_afterLine = 0;
    bool m_running = false;
};
