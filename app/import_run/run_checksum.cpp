#include "run_checksum.h"

#include "dry_run_plan.h"
#include "import_journal.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace RunChecksum {

namespace {
bool unchanged(const QString &path, qint64 size, const QDateTime &modified)
{
    const QFileInfo info(path);
    return info.exists() && info.size() == size && info.lastModified().toUTC() == modified;
}

// The file's checksum while it is as the run read it; empty otherwise.
QString checksumOf(const QString &path, qint64 size, const QDateTime &modified)
{
    if (!unchanged(path, size, modified))
        return {};
    QString error;
    const QString checksum = DryRunPlan::fileChecksum(path, &error);
    return unchanged(path, size, modified) ? checksum : QString();
}
} // namespace

void record(RosterDatabase &db, qint64 runId, QObject *context, std::function<void()> done)
{
    QString error;
    const std::optional<ImportRunInfo> run = ImportJournal(db).run(runId, &error);
    if (!run || !run->fileChecksum.isEmpty()) {
        QMetaObject::invokeMethod(context, std::move(done), Qt::QueuedConnection);
        return;
    }
    auto *watcher = new QFutureWatcher<QString>(context);
    QObject::connect(watcher, &QFutureWatcher<QString>::finished, context,
                     [watcher, &db, runId, done = std::move(done)] {
                         watcher->deleteLater();
                         const QString checksum = watcher->result();
                         QString ignored; // the history then shows no checksum for the run
                         if (!checksum.isEmpty())
                             ImportJournal(db).setFileChecksum(runId, checksum, &ignored);
                         done();
                     });
    watcher->setFuture(
        QtConcurrent::run(checksumOf, run->filePath, run->fileSize, run->fileModified));
}

} // namespace RunChecksum
