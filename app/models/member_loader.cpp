#include "member_loader.h"

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
    const std::optional<qint64> total = MemberRepository(db).count(job->workspaceId, &error);
    if (!total) {
        fail(error);
        return;
    }
    auto members = std::make_shared<MemberStorage>(job->workspaceId, job->locale);
    members->reserve(*total);
    MemberReader reader(db, job->workspaceId);
    if (!reader.start(&error)) {
        fail(error);
        return;
    }
    MemberRecord member;
    qint64 read = 0;
    while (reader.next(&member)) {
        if (job->canceled)
            return;
        if (!members->appendForLoad(member)) {
            fail(tr("Cannot hold the members of workspace %1 in memory: their text passes 4 "
                    "billion characters.")
                     .arg(job->workspaceId));
            return;
        }
        if (++read % ProgressEvery == 0) {
            const qint64 expected = qMax(read, *total);
            loader->deliver(job,
                            [loader, read, expected] { Q_EMIT loader->progress(read, expected); });
        }
    }
    if (!reader.error().isEmpty()) {
        fail(reader.error());
        return;
    }
    reader.finish();
    if (job->canceled)
        return;
    members->finishLoad();
    loader->deliver(job, [loader, members] {
        loader->m_current.reset();
        Q_EMIT loader->finished(members);
    });
}
