#pragma once

#include "api_error.h"
#include "import_journal.h"
#include "import_settings.h"
#include "member_record.h"
#include "remote_member.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <deque>
#include <memory>

class ApiTask;
class AuditSourceScope;
class MemberService;
class RosterDatabase;

// Carries out an import's plan from the journal: each row to create, update or reactivate goes
// to the provider through the workspace's service (whose pacer keeps it at the budget), with
// its outcome committed as it comes. Each row is one operation of the provider's client, which
// is where retries happen (MemberClient::MaxWriteSends); its failure is the row's outcome, and
// the row can be retried with retryFailed(). So one run of the importer sends at most
// MemberClient::MaxWriteSends creates for a row.
//
// A row is marked 'sending', with the idempotency key of its create, before its request
// leaves. A run resumed after a crash either resends a create with that same key, where the
// provider honours keys and the key is still trusted (Capabilities::honoursIdempotencyKeys),
// or first looks up each row it finds 'sending', so that it never creates a member twice.
// A create the provider refuses because the member exists (ApiErrorKind::Conflict) is looked
// up once, and then updated, reactivated or skipped as the mode says (RowDecision), so that a
// plan made without look-ups costs one only for the rows that turn out to be members. The
// journal's row then holds the plan carried out (update, reactivate, unchanged or conflict)
// instead of the create, and says that the member was there already.
// Pause starts nothing new; cancel lets what is in flight end, then marks the rows never sent
// as skipped.
class ImportRunner : public QObject
{
    Q_OBJECT
public:
    // Enough to keep a key's budget busy across the provider's latency (20/s at 300 ms needs 6),
    // and more than the pacer's slots (the connections, docs/core.md), so that a row is waiting
    // whenever a token or a slot frees.
    static constexpr int MaxInFlight = 16;

    // `service` and `db` are not owned and must outlive the runner.
    ImportRunner(MemberService *service, RosterDatabase &db, qint64 runId,
                 QObject *parent = nullptr);
    ~ImportRunner() override;

    void start();
    void pause();
    void resume();
    void cancel();

    bool isPaused() const { return m_paused; }
    // Requests in flight (a pause lets them end).
    bool isBusy() const { return m_inFlight > 0; }
    bool isRunning() const { return m_running; }
    qint64 runId() const { return m_runId; }
    // Rows this run sends (created, updated or reactivated), and those with an outcome.
    qint64 total() const { return m_total; }
    qint64 finishedCount() const { return m_finished; }
    qint64 failedCount() const { return m_failed; }
    // Rows finished a second over the last few seconds.
    double rowsPerSecond() const;
    // Seconds left at the budget; -1 before anything is known.
    qint64 secondsLeft() const;

Q_SIGNALS:
    void progress(qint64 finished, qint64 total);
    void rowFinished(qint64 line, ImportOutcome outcome, const QString &error);
    void pausedChanged(bool paused);
    // Paused, and the last request in flight has ended: safe to quit, the run resumable.
    void idle();
    // The run is over: every row has its outcome, or it was cancelled.
    void finished();
    // The journal cannot be written: the run stops where it is, to be resumed later.
    void failed(const QString &error);

private:
    struct Row
    {
        ImportRowEntry entry;
        bool lookFirst = false; // the last request may have been carried out
        QString idempotencyKey; // for the create: the journal's, when it may be resent with it
        bool conflictLookedUp = false;
        // The create was answered that the member is there: entry.plan is what is done
        // instead, and the journal's row says so.
        bool foundExisting = false;
    };

    void startMore();
    void process(std::shared_ptr<Row> row);
    void lookUp(std::shared_ptr<Row> row);
    // After a create answered that the member exists: what the mode does with them.
    void lookUpExisting(std::shared_ptr<Row> row, const ApiError &conflict);
    void send(std::shared_ptr<Row> row);
    // The change the row makes, against the member as the roster has them now, for the journal
    // with the row's 'sending' mark (for undo); nothing for a create, an undo's row, or a member
    // the roster does not hold.
    std::optional<QJsonObject> changeNow(const Row &row) const;
    // What an update sends for `stored` to look as the row says: its draft's fields, or for an
    // undo the values its change puts back; nothing when nothing differs.
    std::optional<MemberChanges> changesToSend(const Row &row, const MemberRecord &stored) const;
    // Deactivates the row's member; an undo of a reactivation that changed fields puts the
    // fields back first.
    void deactivate(std::shared_ptr<Row> row);
    void sendUpdate(std::shared_ptr<Row> row, const MemberRecord &stored, ImportOutcome outcome);
    // Calls `send` with the picture at `path` ready to go (a data: URI), at once and with none
    // when there is no path; a picture that can no longer be read fails the row instead.
    void withPicture(const std::shared_ptr<Row> &row, const QString &path,
                     std::function<void(const QString &dataUri)> send);
    void onFailure(const std::shared_ptr<Row> &row, const ApiError &error);
    // Whether the create of a row found 'sending' may be resent with the key it carried.
    bool mayResendWithKey(const ImportRowEntry &entry) const;
    void finishRow(const std::shared_ptr<Row> &row, ImportOutcome outcome, const QString &error);
    // What the journal's row is to say it was planned as now: the plan carried out instead of
    // a create whose member was there; nothing when it is as planned.
    static std::optional<ImportPlan> foundPlan(const Row &row);
    // Operations started while the scope lives are audited as this run (AuditSource).
    AuditSourceScope auditedAsThisRun();
    void track(ApiTask *task);
    void endOne();
    void wrapUp();
    void stop(const QString &error);

    MemberService *m_service;
    RosterDatabase &m_db;
    std::unique_ptr<ImportJournal> m_journal;
    qint64 m_runId;
    ImportSettings::Mode m_mode = ImportSettings::Mode::CreateOnly;
    bool m_pending = false;   // Heartbeat: create pending members
    bool m_introduce = false; // Heartbeat: post the bio as an introduction thread
    std::deque<std::shared_ptr<Row>> m_queue;
    int m_inFlight = 0;
    qint64 m_total = 0;
    qint64 m_finished = 0;
    qint64 m_failed = 0;
    qint64 m_created = 0;
    bool m_running = false;
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_stopped = false;
    QElapsedTimer m_clock;
    std::deque<qint64> m_recentFinishes; // m_clock times, the last few seconds
    QList<QPointer<ApiTask>> m_tasks;
};
