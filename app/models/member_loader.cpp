#include "member_loader.h"

#include "member_bulk_reader.h"
#include "member_column_load.h"
#include "member_reader.h"
#include "member_repository.h"
#include "roster_database.h"

#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 ProgressEvery = 65536;

// Where SQLite's C API is not at hand: one thread, through MemberRecord.
MemberColumnLoad::Outcome loadRecords(const RosterDatabase &db, const QString &workspaceId,
                                      MemberStorage *members, const std::atomic<bool> &canceled,
                                      const std::function<void(qint64)> &progress, QString *error)
{
    using Outcome = MemberColumnLoad::Outcome;
    MemberReader reader(db, workspaceId);
    if (!reader.start(error))
        return Outcome::Failed;
    MemberRecord member;
    qint64 read = 0;
    while (reader.next(&member)) {
        if (canceled)
            return Outcome::Canceled;
        if (!members->appendForLoad(member)) {
            *error = MemberLoader::tr("Cannot hold the members of workspace %1 in memory: their "
                                      "text passes 4 billion characters.")
                         .arg(workspaceId);
            return Outcome::Failed;
        }
        if (++read % ProgressEvery == 0)
            progress(read);
    }
    if (!reader.error().isEmpty()) {
        *error = reader.error();
        return Outcome::Failed;
    }
    members->finishLoad();
    return Outcome::Loaded;
}
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
    // The total for the progress signals: the column load counts the ids of its email scan;
    // elsewhere a connection of its own counts meanwhile (a tenth of the read).
    auto total = std::make_shared<std::atomic<qint64>>(-1);
    const bool inColumns = MemberBulkReader::available(db);
    QThread *counter = nullptr;
    if (!inColumns) {
        counter = QThread::create([job, total] {
            RosterDatabase countDb(job->databasePath);
            QString ignored;
            if (countDb.open(&ignored)) {
                if (const auto count = MemberRepository(countDb).count(job->workspaceId, &ignored))
                    *total = *count;
            }
        });
        counter->start();
    }
    const auto progress = [loader, job, total](qint64 filed) {
        const qint64 expected = *total < 0 ? -1 : qMax(filed, total->load());
        loader->deliver(job,
                        [loader, filed, expected] { Q_EMIT loader->progress(filed, expected); });
    };
    auto members = std::make_shared<MemberStorage>(job->workspaceId, job->locale);
    const MemberColumnLoad::Outcome outcome =
        inColumns
            ? MemberColumnLoad::load(db, job->workspaceId, members.get(), job->canceled, progress,
                                     total.get(), &error)
            : loadRecords(db, job->workspaceId, members.get(), job->canceled, progress, &error);
    if (counter) {
        counter->wait();
        delete counter;
    }
    if (outcome == MemberColumnLoad::Outcome::Canceled || job->canceled)
        return;
    if (outcome == MemberColumnLoad::Outcome::Failed) {
        fail(error);
        return;
    }
    loader->deliver(job, [loader, members] {
        loader->m_current.reset();
        Q_EMIT loader->finished(members);
    });
}
