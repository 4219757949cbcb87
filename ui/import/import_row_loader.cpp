#include "import_row_loader.h"

#include <QTimer>

ImportRowLoader::ImportRowLoader(RosterDatabase &db, qint64 runId, bool failedOnly, QObject *parent)
    : QObject(parent), m_db(db), m_runId(runId), m_failedOnly(failedOnly)
{}

void ImportRowLoader::start()
{
    m_running = true;
    m_afterLine = 0;
    QTimer::singleShot(0, this, &ImportRowLoader::readPage);
}

void ImportRowLoader::readPage()
{
    if (!m_running)
        return;
    QString error;
    const std::optional<QList<ImportRowEntry>> page =
        ImportJournal(m_db).rowPage(m_runId, m_afterLine, PageSize, m_failedOnly, &error);
    if (!page) {
        m_running = false;
        Q_EMIT failed(error);
        return;
    }
    if (!page->isEmpty()) {
        m_afterLine = page->last().line;
        Q_EMIT rowsLoaded(*page);
    }
    if (!m_running)
        return;
    if (page->size() < PageSize) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    QTimer::singleShot(0, this, &ImportRowLoader::readPage);
}
