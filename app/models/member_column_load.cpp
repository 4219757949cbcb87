#include "member_column_load.h"

#include "batch_queue.h"
#include "member_row_batch.h"
#include "member_storage_builder.h"
#include "roster_database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSemaphore>
#include <QThread>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace MemberColumnLoad {
namespace {
constexpr qint64 ProgressEvery = 65536;
// Reads the row ids in email order on a connection of its own while the caller reads the rows:
// the store's email index takes a sixth of the whole read.
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
            RosterDatabase db(m_path);
            QString ignored;
            MemberBulkReader reader(db, m_workspaceId);
            const bool started =
                db.open(&ignored) && MemberBulkReader::available(db) && reader.start(&ignored);
            m_started = started;
            m_ready.release();
            if (started) {
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

QList<quint32> rowsInOrderOf(const QList<qint64> &idsInOrder, const QList<qint64> &rowIds)
{
    const qsizetype count = rowIds.size();
    if (idsInOrder.size() != count || count == 0)
        return {};
    QList<quint32> rows;
    rows.reserve(count);
    const qint64 first = rowIds.first();
    const qint64 span = rowIds.last() - first + 1;
    if (span <= 4 * count + 4096) {
        // Ids are a sequence with few gaps: a table by id.
        QList<qint32> rowOf(span, -1);
        for (qsizetype row = 0; row < count; ++row)
            rowOf[rowIds.at(row) - first] = qint32(row);
        for (const qint64 id : idsInOrder) {
            const qint64 at = id - first;
            if (at < 0 || at >= span || rowOf.at(at) < 0)
                return {};
            rows.append(quint32(rowOf.at(at)));
            rowOf[at] = -1;
        }
        return rows;
    }
    QList<quint8> seen(count, 0);
    for (const qint64 id : idsInOrder) {
        const auto it = std::lower_bound(rowIds.cbegin(), rowIds.cend(), id);
        if (it == rowIds.cend() || *it != id || seen.at(it - rowIds.cbegin()))
            return {};
        seen[it - rowIds.cbegin()] = 1;
        rows.append(quint32(it - rowIds.cbegin()));
    }
    return rows;
}

Outcome load(const RosterDatabase &db, const QString &workspaceId, MemberStorage *members,
             const std::atomic<bool> &canceled, const std::function<void(qint64)> &progress,
             std::atomic<qint64> *total, QString *error)
{
    // The email scan reads a snapshot of its own: the same as the rows' when no other
    // connection commits between the two starts, which data_version tells.
    const std::optional<qint64> versionBefore = MemberBulkReader::dataVersion(db);
    EmailScan scan(db.path(), workspaceId, total);
    const bool scanStarted = versionBefore && scan.start();
    MemberBulkReader reader(db, workspaceId);
    if (!reader.start(error))
        return Outcome::Failed;
    const bool sameSnapshot = scanStarted && MemberBulkReader::dataVersion(db) == versionBefore;

    BatchQueue<MemberRowBatch> filled;
    BatchQueue<MemberRowBatch> recycled;
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
        byEmail = rowsInOrderOf(idsByEmail, rowIds);
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
        *error = QCoreApplication::translate("MemberLoader",
                                             "Cannot hold the members of workspace %1 in "
                                             "memory: their text passes 4 billion characters.")
                     .arg(workspaceId);
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

} // namespace MemberColumnLoad
