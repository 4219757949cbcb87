#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

class RosterDatabase;

// What holds a workspace's writer lock: an import of a file, a bulk action, a mirror run, a
// sync (its subject the workspace's name).
enum class WorkspaceWork
{
    Import,
    BulkAction,
    Mirror,
    Sync
};

struct WorkspaceLockHolder
{
    qint64 pid = 0;
    QString host;
    QDateTime startedAt;
    WorkspaceWork work = WorkspaceWork::Import;
    QString subject; // the imported file's name, the bulk action's words

    // "An import of members.csv (pid 1234 on host, started 10:02) is running in Acme."
    QString describe(const QString &workspaceName) const;
};

// One writer per workspace, across processes: a row of workspace_locks in the roster database,
// taken in a BEGIN IMMEDIATE transaction (so two takers never both see the row free) and deleted
// when released. A row whose process is gone (same host, no such pid) is stale, so a lock left
// by kill -9 or a crash is taken over; no file lock is involved, which keeps it working
// wherever the database does and lets it name what holds it.
// Single edits do not take it. A sync takes it when it is free, and goes on without it when
// not, so that it names itself to whoever finds the database locked (runningSync()): its one
// transaction holds SQLite's write lock, for every workspace in the file, until it ends.
class WorkspaceLock
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceLock)
public:
    WorkspaceLock(RosterDatabase &db, const QString &workspaceId);
    ~WorkspaceLock();
    Q_DISABLE_COPY_MOVE(WorkspaceLock)

    enum class Outcome
    {
        Taken,
        Held,  // by another, live process: see *holder
        Failed // the database failed: see *error
    };
    Outcome tryTake(WorkspaceWork work, const QString &subject, WorkspaceLockHolder *holder,
                    QString *error);
    // Deletes the row if this instance holds it; also done on destruction.
    void release();
    bool isTaken() const { return m_taken; }

    // Who holds the workspace's lock now, if a live process does.
    static std::optional<WorkspaceLockHolder> holder(RosterDatabase &db, const QString &workspaceId,
                                                     QString *error);
    // A sync that a live process runs in any workspace of the file, if one is.
    static std::optional<WorkspaceLockHolder> runningSync(RosterDatabase &db);
    // SQLite's `detail` of a failed write; when it says the database is locked while a sync
    // runs, the sync named instead ("Roster is reading the members of Acme (pid …); try again
    // when it has finished.").
    static QString explainBusy(RosterDatabase &db, const QString &detail);
    // Why a change is not to be sent to the provider now: a sync that a live process runs holds
    // the write lock the change would be recorded under, so the provider would act and the
    // roster would not. Nothing when no sync runs. The one check of roster-cli's member commands
    // and the window's actions, made before anything is sent.
    static std::optional<QString> refusalWhileSyncing(RosterDatabase &db);

private:
    RosterDatabase &m_db;
    QString m_workspaceId;
    bool m_taken = false;
};
