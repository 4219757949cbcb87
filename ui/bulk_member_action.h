#pragma once

#include "api_error.h"
#include "api_task.h"
#include "member_action.h"
#include "member_record.h"
#include "member_service.h"
#include "workspace_lock.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <memory>

class RosterDatabase;

struct BulkFailure
{
    QString email;
    ApiError error; // error.message is the provider's message, for people
};

// Deactivates, reactivates, adds to a group or removes from a group a list of members through
// one MemberService, without a window. Deactivation and reactivation go member by member, a few
// calls in flight at once (the service's pacer spaces them at the workspace's budget, so more
// would only wait); a group takes GroupBatch members a call (the service sends a hundred a
// request and reads the group back), and a member the provider did not add or remove fails with
// the reason. Each member's result is reported as it comes. cancel() cancels what is in flight
// and starts nothing more. Once a run is over, retryFailed() runs again over the members that
// failed, and only those. With holdWorkspaceLock(), each run holds the workspace's writer lock
// (WorkspaceLock) from before its first call until it ends, so that no import or other bulk
// action runs beside it; a run that finds the lock held does not start and sends nothing.
class BulkMemberAction : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultMaxInFlight = 4;
    static constexpr int GroupBatch = 500;

    // Deactivate or Reactivate. `service` is not owned and must outlive this object. Addresses
    // are trimmed, put in lower case, and each taken once.
    BulkMemberAction(MemberService *service, MemberAction action, const QStringList &emails,
                     QObject *parent = nullptr);
    // AddToGroup or RemoveFromGroup, for `group`.
    BulkMemberAction(MemberService *service, MemberAction action, const NamedRef &group,
                     const QStringList &emails, QObject *parent = nullptr);
    ~BulkMemberAction() override;

    MemberAction action() const { return m_action; }
    // The group of a group action.
    const NamedRef &group() const { return m_group; }
    // The group's name, or its id when it has none.
    QString groupName() const { return m_group.name.isEmpty() ? m_group.id : m_group.name; }
    MemberService *service() const { return m_service; }
    void setMaxInFlight(int count) { m_maxInFlight = std::max(1, count); }
    // Each run takes the workspace's lock in `db` (not owned; must outlive this object).
    void holdWorkspaceLock(RosterDatabase &db);

    // Runs over every member (or, after retryFailed(), over the failed ones). Does nothing while
    // a run is going. False, with *refusal saying why (naming the work that holds the
    // workspace), when the workspace's lock cannot be taken: then nothing is sent.
    bool start(QString *refusal = nullptr);
    // Cancels the calls in flight and starts no more; finished() follows once they have ended.
    void cancel();
    // A new run over the members that failed in the last one. Does nothing while running or
    // when none failed. False as start() when the workspace's lock cannot be taken.
    bool retryFailed(QString *refusal = nullptr);

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    // Of the current or last run.
    QStringList emails() const { return m_emails; }
    int total() const { return int(m_emails.size()); }
    int finishedCount() const { return m_succeeded + int(m_failures.size()) + m_interrupted; }
    int succeededCount() const { return m_succeeded; }
    // The members changed by every run so far (a retry adds to them): what an undo reverts.
    QStringList succeededEmails() const { return m_succeededEmails; }
    // Every member changed and none failed, interrupted or left out.
    bool fullySucceeded() const { return !m_running && m_succeeded == total(); }
    // The action that undoes `action`: reactivate for deactivate, remove for add, and back.
    static MemberAction inverse(MemberAction action);
    // Why a bulk action does not start while `holder` holds the workspace named so.
    static QString refusalWhileHeld(const WorkspaceLockHolder &holder,
                                    const QString &workspaceName);
    const QList<BulkFailure> &failures() const { return m_failures; }
    // Cancelled while in flight: the provider may or may not have carried these out.
    int interruptedCount() const { return m_interrupted; }
    int inFlightCount() const { return int(m_inFlight.size()); }
    // Never started because the run was cancelled first.
    int notStartedCount() const { return total() - int(m_next); }

Q_SIGNALS:
    void progressChanged(int finished, int total);
    // Deactivated or reactivated (group actions report through the service's memberStored()).
    void memberChanged(const MemberRecord &member);
    void memberFailed(const QString &email, const QString &message);
    // The run is over: every member done, or cancelled and nothing left in flight.
    void finished();

private:
    bool takeLock(int members, QString *refusal);
    QString lockSubject(int members) const;
    void run(const QStringList &emails);
    void startMore();
    void startBatch(const QStringList &emails);
    ApiTask *callFor(int batch, const QStringList &emails);
    void onMemberResult(int batch, const Result<MemberRecord> &result);
    void onGroupResult(int batch, const Result<QStringList> &notAsAsked);
    void fail(const QString &email, const ApiError &error);
    void endBatch(int batch);
    void batchDone();

    QPointer<MemberService> m_service;
    MemberAction m_action;
    NamedRef m_group;
    QStringList m_emails;
    qsizetype m_next = 0;
    int m_maxInFlight = DefaultMaxInFlight;
    // The members of each batch in flight, by batch number.
    QHash<int, QStringList> m_inFlight;
    QHash<int, QPointer<ApiTask>> m_tasks;
    int m_lastBatch = 0;
    int m_succeeded = 0;
    QStringList m_succeededEmails;
    int m_interrupted = 0;
    QList<BulkFailure> m_failures;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_started = false;
    RosterDatabase *m_database = nullptr;
    std::unique_ptr<WorkspaceLock> m_lock; // taken while a run goes on
};
