#include "member_loader.h"

#include "member_bulk_reader.h"
#include "member_row_batch.h"
#include "member_storage_builder.h"

#include <QFileInfo>
#include <QHash>
#include <QSemaphore>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 ProgressEvery = 65536;

// Reads the row ids in email order on a connection of its own while the reading thread reads
// the rows, and counts them for the progress signals.
class EmailScan
{
public:
    EmailScan(const QString &path, const QString &workspaceId, std::atomic<qint64> *count)
        : m_path(path), m_workspaceId(workspaceId), m_count(count)
    {}
    ~EmailScan() { take(); }

    // Returns once the scan's read transaction holds its snapshot; false if it could not.
    bool start()
    {
        m_thread = QThread::create([this] {
            MemberBulkReader reader(m_path, m_workspaceId);
            QString ignored;
            m_started = reader.start(&ignored);
            m_ready.release();
            if (m_started) {
                m_ids = reader.rowIdsByEmail();
                if (reader.error().isEmpty())
                    *m_count = m_ids.size();
            }
        });
        m_thread->setObjectName(u"member-email-scan"_s);
        m_thread->start();
        m_ready.acquire();
        return m_started;
    }
    // Waits for the ids: empty if the scan failed.
    QList<qint64> take()
    {
        if (m_thread) {
            m_thread->wait();
            delete m_thread;
            m_thread = nullptr;
        }
        return std::exchange(m_ids, {});
    }

private:
    QString m_path;
    QString m_workspaceId;
    QThread *m_thread = nullptr;
    std::atomic<qint64> *m_count;
    QSemaphore m_ready;
    bool m_started = false;
    QList<qint64> m_ids;
};
} // namespace

MemberLoader::MemberLoader(QObject *parent) : QObject(parent) {}

MemberLoader::~MemberLoader()
{
    cancel();
    for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
        if (thread)
            thread->wait();
    }
}

void MemberLoader::start(const QString &databasePath, const QString &workspaceId,
                         const QLocale &collationLocale)
{
    cancel();
    auto job = std::make_shared<Job>();
    job->databasePath = databasePath;
    job->workspaceId = workspaceId;
    job->locale = collationLocale;
    m_current = job;
    m_threads.removeAll(QPointer<QThread>());
    QThread *thread = QThread::create(&MemberLoader::run, this, job);
    thread->setObjectName(u"member-loader"_s);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.append(thread);
    thread->start();
}

void MemberLoader::cancel()
{
    if (m_current)
        m_current->canceled = true;
    m_current.reset();
}

void MemberLoader::deliver(const std::shared_ptr<Job> &job, const std::function<void()> &report)
{
    QMetaObject::invokeMethod(
        this,
        [this, job, report] {
            if (job == m_current && !job->canceled)
                report();
        },
        Qt::QueuedConnection);
}

void MemberLoader::run(MemberLoader *loader, const std::shared_ptr<Job> &job)
{
    const auto fail = [&](const QString &error) {
        loader->deliver(job, [loader, error] {
            loader->m_current.reset();
            Q_EMIT loader->failed(error);
        });
    };
    if (!QFileInfo::exists(job->databasePath)) {
        fail(tr("Cannot read the members of workspace %1: the roster database %2 does not exist.")
                 .arg(job->workspaceId, job->databasePath));
        return;
    }
    std::atomic<qint64> total{-1};
    const auto progress = [loader, job, &total](qint64 filed) {
        const qint64 counted = total.load();
        const qint64 expected = counted < 0 ? -1 : qMax(filed, counted);
        loader->deliver(job,
                        [loader, filed, expected] { Q_EMIT loader->progress(filed, expected); });
    };
    auto members = std::make_shared<MemberStorage>(job->workspaceId, job->locale);
    QString error;
    const Outcome outcome = read(*job, members.get(), progress, &total, &error);
    if (outcome == Outcome::Canceled || job->canceled)
        return;
    if (outcome == Outcome::Failed) {
        fail(error);
        return;
    }
    loader->deliver(job, [loader, members] {
        loader->m_current.reset();
        Q_EMIT loader->finished(members);
    });
}

MemberLoader::Outcome MemberLoader::read(const Job &job, MemberStorage *members,
                                         const std::function<void(qint64)> &progress,
                                         std::atomic<qint64> *total, QString *error)
{
    const std::atomic<bool> &canceled = job.canceled;
    MemberBulkReader reader(job.databasePath, job.workspaceId);
    if (!reader.open(error))
        return Outcome::Failed;
    // The email scan reads a snapshot of its own: the same as the rows' when no other
    // connection commits between the two starts, which data_version tells.
    const std::optional<qint64> versionBefore = reader.dataVersion();
    EmailScan scan(job.databasePath, job.workspaceId, total);
    const bool scanStarted = versionBefore && scan.start();
    if (!reader.start(error))
        return Outcome::Failed;
    const bool sameSnapshot = scanStarted && reader.dataVersion() == versionBefore;

    // The filing thread.
    MemberRowQueue filled;
    MemberRowQueue recycled;
    bool tooLarge = false;
    QThread *filer = QThread::create([&] {
        MemberStorageBuilder builder(members);
        MemberRowBatch batch;
        qint64 filed = 0;
        qint64 reported = 0;
        while (filled.pop(&batch)) {
            qsizetype offset = 0;
            for (qsizetype i = 0; i < batch.size(); ++i) {
                quint32 groupSet = 0;
                const MemberRowBytes row = batch.row(i, &offset, &groupSet);
                if (!builder.append(row, groupSet)) {
                    tooLarge = true;
                    filled.close();
                    return;
                }
            }
            filed += batch.size();
            batch.clear();
            recycled.tryPush(std::move(batch));
            if (filed - reported >= ProgressEvery) {
                reported = filed;
                progress(filed);
            }
        }
        if (!canceled)
            builder.finish();
    });
    filer->setObjectName(u"member-filer"_s);
    filer->start();

    // The reading thread (this one).
    const auto freshBatch = [&recycled] {
        MemberRowBatch batch;
        recycled.tryPop(&batch);
        return batch;
    };
    QHash<qint64, quint32> groupSetIndex;
    // Neighbouring rows often share a group set (or have none).
    std::optional<qint64> lastGroupSetKey;
    quint32 lastGroupSet = 0;
    QList<qint64> rowIds;
    MemberRowBatch batch = freshBatch();
    MemberRowBytes row;
    bool readAll = true;
    while (reader.next(&row)) {
        if (row.groupSetKey != lastGroupSetKey) {
            quint32 groupSet = 0;
            if (row.groupSetKey) {
                auto it = groupSetIndex.constFind(*row.groupSetKey);
                if (it == groupSetIndex.cend()) {
                    const std::optional<QList<MemberGroup>> groups =
                        reader.groupSet(*row.groupSetKey);
                    if (!groups)
                        break;
                    it = groupSetIndex.insert(*row.groupSetKey,
                                              members->internGroupSetForLoad(*groups));
                }
                groupSet = *it;
            }
            lastGroupSetKey = row.groupSetKey;
            lastGroupSet = groupSet;
        }
        rowIds.append(row.rowId);
        batch.append(row, lastGroupSet);
        if (!batch.isFull())
            continue;
        if (canceled || !filled.push(std::move(batch))) {
            readAll = false;
            break;
        }
        batch = freshBatch();
    }
    readAll = readAll && reader.error().isEmpty() && !canceled;
    if (readAll && batch.size() > 0)
        readAll = filled.push(std::move(batch));
    filled.close();
    *total = qsizetype(rowIds.size());
    // The email order from the store's index; read here, in this snapshot, when the scan's
    // could differ.
    QList<qint64> idsByEmail = scan.take();
    QList<quint32> byEmail;
    if (readAll && !rowIds.isEmpty()) {
        if (!sameSnapshot || idsByEmail.size() != rowIds.size())
            idsByEmail = reader.rowIdsByEmail();
        byEmail = EmailOrder::rowsOfIds(idsByEmail, rowIds);
    }
    idsByEmail = QList<qint64>();
    rowIds = QList<qint64>();
    reader.finish();
    filer->wait();
    delete filer;
    recycled.close();
    if (canceled)
        return Outcome::Canceled;
    if (tooLarge) {
        *error = tr("Cannot hold the members of workspace %1 in memory: their text passes 4 "
                    "billion characters.")
                     .arg(job.workspaceId);
        return Outcome::Failed;
    }
    if (!reader.error().isEmpty()) {
        *error = reader.error();
        return Outcome::Failed;
    }
    // Without it (an index that disagrees with the rows) finishLoad() sorts in memory.
    if (byEmail.size() == members->size())
        members->setEmailOrderForLoad(std::move(byEmail));
    members->finishLoad();
    return Outcome::Loaded;
}
