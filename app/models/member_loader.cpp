#include "member_loader.h"

#include "member_batch_queue.h"
#include "member_reader.h"
#include "member_repository.h"
#include "roster_database.h"

#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 ProgressEvery = 65536;
// A full read goes through every page once: a large page cache would only hold the last ones.
constexpr int LoaderCacheKiB = 2048;
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
    RosterDatabase db(job->databasePath);
    QString error;
    if (!db.open(&error)) {
        fail(error);
        return;
    }
    QSqlQuery(db.connection()).exec(u"PRAGMA cache_size = -%1"_s.arg(LoaderCacheKiB));
    MemberReader reader(db, job->workspaceId);
    if (!reader.start(&error)) {
        fail(error);
        return;
    }
    // Counting a large roster takes a tenth of its read: a connection of its own does it
    // meanwhile, for the progress signals only.
    auto total = std::make_shared<std::atomic<qint64>>(-1);
    QThread *counter = QThread::create([job, total] {
        RosterDatabase countDb(job->databasePath);
        QString ignored;
        if (countDb.open(&ignored)) {
            if (const auto count = MemberRepository(countDb).count(job->workspaceId, &ignored))
                *total = *count;
        }
    });
    counter->start();

    // This thread reads; `builder` files what it reads into the storage.
    MemberBatchQueue filled;
    MemberBatchQueue recycled;
    auto members = std::make_shared<MemberStorage>(job->workspaceId, job->locale);
    bool tooLarge = false;
    QThread *builder = QThread::create([&] {
        MemberBatch batch;
        qint64 filed = 0;
        qint64 reported = 0;
        while (filled.pop(&batch)) {
            for (qsizetype i = 0; i < batch.size; ++i) {
                if (!members->appendForLoad(batch.members.at(i), batch.roles.at(i),
                                            batch.groupSets.at(i))) {
                    tooLarge = true;
                    filled.close();
                    return;
                }
            }
            filed += batch.size;
            // Back to the reader for reuse; when it has enough, freed here.
            recycled.tryPush(std::move(batch));
            if (filed - reported >= ProgressEvery) {
                reported = filed;
                const qint64 expected = *total < 0 ? -1 : qMax(filed, total->load());
                loader->deliver(
                    job, [loader, filed, expected] { Q_EMIT loader->progress(filed, expected); });
            }
        }
    });
    builder->start();

    const auto freshBatch = [&recycled] {
        MemberBatch batch;
        if (!recycled.tryPop(&batch)) {
            batch.members.resize(MemberBatchQueue::BatchSize);
            batch.roles.resize(MemberBatchQueue::BatchSize);
            batch.groupSets.resize(MemberBatchQueue::BatchSize);
        }
        batch.size = 0;
        return batch;
    };
    MemberBatch batch = freshBatch();
    bool readAll = true;
    while (reader.next(&batch.members[batch.size])) {
        MemberRecord &member = batch.members[batch.size];
        batch.roles[batch.size] = members->internRoleForLoad(member.roleId, member.roleName);
        batch.groupSets[batch.size] = members->internGroupSetForLoad(member.groups);
        member.roleId.clear();
        member.roleName.clear();
        member.groups.clear();
        if (++batch.size < MemberBatchQueue::BatchSize)
            continue;
        if (job->canceled || !filled.push(std::move(batch))) {
            readAll = false;
            break;
        }
        batch = freshBatch();
    }
    if (readAll && batch.size > 0 && !job->canceled)
        filled.push(std::move(batch));
    filled.close();
    reader.finish();
    builder->wait();
    recycled.close();
    delete builder;
    counter->wait();
    delete counter;
    if (job->canceled)
        return;
    if (tooLarge) {
        fail(tr("Cannot hold the members of workspace %1 in memory: their text passes 4 "
                "billion characters.")
                 .arg(job->workspaceId));
        return;
    }
    if (!reader.error().isEmpty()) {
        fail(reader.error());
        return;
    }
    members->finishLoad();
    loader->deliver(job, [loader, members] {
        loader->m_current.reset();
        Q_EMIT loader->finished(members);
    });
}
