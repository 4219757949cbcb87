#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <optional>

class RosterDatabase;

// What a bulk import does with one row of its file.
enum class ImportPlan
{
    Create,
    Update,
    Reactivate, // deactivated: reactivate (and update what differs)
    Deactivate, // active: deactivate (mirror mode, a status column, a list, an undo)
    // To be deactivated, but the provider cannot (Beam.gg): listed, never sent.
    CannotDeactivate,
    Unchanged, // the member is there as the row has them
    Conflict,  // the member is there and the import may not change them (create-only mode)
    Invalid,   // the row cannot be imported; its error says why
    Blank      // every cell empty: nothing to import and nothing wrong
};

// Whether a row with this plan is sent to the provider (the others are done at planning).
constexpr bool importPlanSends(ImportPlan plan)
{
    return plan == ImportPlan::Create || plan == ImportPlan::Update ||
           plan == ImportPlan::Reactivate || plan == ImportPlan::Deactivate;
}

enum class ImportRowState
{
    Todo,
    Sending, // a request may have left: after a crash, look the member up before sending again
    Done
};

enum class ImportOutcome
{
    None,
    Created,
    Updated,
    Reactivated,
    Deactivated,
    Skipped,
    Failed
};

enum class ImportRunState
{
    Planned,
    Running,
    Finished,
    Cancelled
};

struct ImportRunInfo
{
    qint64 id = 0;
    QString workspaceId;
    QString filePath;
    qint64 fileSize = 0;
    QDateTime fileModified;
    QStringList header;   // the file's own header, for the failed-rows file
    QJsonObject settings; // how the file was read and mapped, the mode: the engine's to define
    ImportRunState state = ImportRunState::Planned;
    QDateTime createdAt;
    QDateTime finishedAt;
    // False while the planner is still adding the run's rows: a run whose planning was cut off
    // (a crash, a kill) holds only some of the file's rows and is never offered to resume.
    bool planComplete = true;
    // SHA-256 of the file's bytes (hex) when the run was planned; empty when not taken.
    QString fileChecksum;
    // For the plan of a dry run kept to be run as it is (`roster-cli import --from-plan`): the
    // settings the dry run was given (ImportSettings::toJson, before any detection). Nothing for
    // a run planned to be run at once.
    std::optional<QJsonObject> dryRunSettings;
    // A dry run's plan that no run has started yet: not offered to resume.
    bool isWaitingDryRun() const { return dryRunSettings && state == ImportRunState::Planned; }
    // The OS user who planned the run (AuditSource::currentActor()); "" for runs before schema
    // version 10.
    QString osUser;
    // What the plan says as a whole, for people: why a mirror deactivates nobody; "" if nothing.
    QString note;
};

struct ImportRowEntry
{
    // Rows for members the file does not hold (a mirror's deactivations, an undo's members)
    // are numbered from here, after any line a file can have.
    static constexpr qint64 FirstOutsideLine = qint64(1) << 40;

    qint64 line = 0;
    QString email;
    QStringList cells;                // as read, for the failed-rows file
    std::optional<QJsonObject> draft; // the member to send; none for rows that are not sent
    ImportPlan plan = ImportPlan::Invalid;
    ImportRowState state = ImportRowState::Todo;
    ImportOutcome outcome = ImportOutcome::None;
    QString error;
    // When the row was last marked Sending, and the idempotency key its create carried (see
    // NewMember::idempotencyKey); invalid and empty before, and after retryFailed().
    QDateTime sendingAt;
    QString idempotencyKey;
    // What the row changes at the provider, for the diff and for undoing the run (RowChange);
    // none for rows that change nothing. Never holds a secret.
    std::optional<QJsonObject> change;

    bool isFromFile() const { return line < FirstOutsideLine; }
};

struct ImportCounts
{
    QMap<ImportPlan, qint64> plans;
    QMap<ImportOutcome, qint64> outcomes;
    qint64 todo = 0;
    qint64 sending = 0;
    qint64 done = 0;

    qint64 total() const { return todo + sending + done; }
    // The rows whose plan sends them (importPlanSends), whatever became of them.
    qint64 toSend() const
    {
        return plans.value(ImportPlan::Create) + plans.value(ImportPlan::Update) +
               plans.value(ImportPlan::Reactivate) + plans.value(ImportPlan::Deactivate);
    }
};

// A run as the import history lists it: the run and its rows counted.
struct ImportRunSummary
{
    ImportRunInfo run;
    ImportCounts counts;
};

// The journal of bulk imports in the local roster: each run's plan and each row's outcome,
// committed as they happen, so that quitting or crashing in the middle loses nothing and a run
// can be resumed. Rows hold members' data, never a key or a link.
class ImportJournal
{
    Q_DECLARE_TR_FUNCTIONS(ImportJournal)
public:
    explicit ImportJournal(RosterDatabase &db);

    // A new run in state Planned; its id.
    std::optional<qint64> createRun(const ImportRunInfo &run, QString *error);
    // Every row of the run is in: from now on it can be run and resumed.
    bool completePlan(qint64 runId, QString *error);
    bool setRunNote(qint64 runId, const QString &note, QString *error);
    // Adds rows to a run, all in one transaction.
    bool addRows(qint64 runId, const QList<ImportRowEntry> &rows, QString *error);
    // Finished and Cancelled stamp the run's end.
    bool setRunState(qint64 runId, ImportRunState state, QString *error);
    std::optional<ImportRunInfo> run(qint64 runId, QString *error) const;
    // The workspace's latest run that is Planned (with its plan complete) or Running; nothing
    // (and no error) when none.
    std::optional<ImportRunInfo> unfinishedRun(const QString &workspaceId, QString *error) const;
    // Every unfinished run of every workspace, newest first: what to offer to resume at start.
    // A dry run's plan that nothing has started is not among them.
    std::optional<QList<ImportRunInfo>> unfinishedRuns(QString *error) const;
    // The runs of a workspace (of every workspace when `workspaceId` is empty), newest first, at
    // most `limit` (all when 0), each with its rows counted: the import history. Two queries,
    // whatever the number of runs.
    std::optional<QList<ImportRunSummary>> runs(const QString &workspaceId, int limit,
                                                QString *error) const;
    // The SHA-256 (hex) of the file the run planned, taken once its plan is complete.
    bool setFileChecksum(qint64 runId, const QString &fileChecksum, QString *error);

    // Keeps a complete plan as a dry run's, to be run later as it is: the file's checksum when
    // planned and the settings the dry run was given.
    bool keepDryRun(qint64 runId, const QString &fileChecksum, const QJsonObject &givenSettings,
                    QString *error);
    // The workspace's latest dry run kept with keepDryRun, started since or not; nothing (and no
    // error) when none.
    std::optional<ImportRunInfo> latestDryRun(const QString &workspaceId, QString *error) const;
    // Removes the dry runs' plans that no run started, other than `keep`: those of the same
    // workspace and file (a new dry run replaces them) and those of any workspace created
    // before `staleBefore` (too old to be run).
    bool removeWaitingDryRuns(const QString &workspaceId, const QString &filePath,
                              const QDateTime &staleBefore, qint64 keep, QString *error);

    // A run's rows in line order, only those in `state` when given.
    std::optional<QList<ImportRowEntry>> rows(qint64 runId, std::optional<ImportRowState> state,
                                              QString *error) const;
    // Rows whose outcome is Failed, in line order.
    std::optional<QList<ImportRowEntry>> failedRows(qint64 runId, QString *error) const;
    // At most `limit` rows after line `afterLine`, in line order (only Failed ones when
    // `failedOnly`), without their drafts: for reading a large run a page at a time between
    // events.
    std::optional<QList<ImportRowEntry>> rowPage(qint64 runId, qint64 afterLine, int limit,
                                                 bool failedOnly, QString *error) const;
    std::optional<ImportCounts> counts(qint64 runId, QString *error) const;
    // The emails of the workspace's members in the local roster, not known to be deactivated
    // (nor unlisted), whom no row of the run names: those a mirror of the run's file lacks.
    std::optional<QStringList> membersOutsideRun(qint64 runId, const QString &workspaceId,
                                                 QString *error) const;

    // Before a row's request leaves (committed before it is sent), with the idempotency key it
    // carries (may be empty). `plan`, when given, replaces the row's: what is done instead of a
    // create whose member turned out to be there already (see ImportRunner).
    // `change`, when given, replaces the row's (RowChange, as found just before the send).
    bool markSending(qint64 runId, qint64 line, const QString &idempotencyKey, QString *error,
                     std::optional<ImportPlan> plan = std::nullopt,
                     const std::optional<QJsonObject> &change = std::nullopt);
    // The row's outcome; the row is Done. `plan`, when given, replaces the row's, as above.
    bool finishRow(qint64 runId, qint64 line, ImportOutcome outcome, const QString &rowError,
                   QString *error, std::optional<ImportPlan> plan = std::nullopt);
    // Failed rows that were to be sent back to Sending, for a retry of the failed ones: the
    // last request of each may have been carried out, so each is looked up before it is sent
    // (their sendingAt is cleared: a key whose first answer was a failure is not used again).
    bool retryFailed(qint64 runId, QString *error);
    bool removeRun(qint64 runId, QString *error);

    static QString planId(ImportPlan plan);
    static std::optional<ImportPlan> planFromId(QStringView id);
    static QString outcomeId(ImportOutcome outcome);
    static std::optional<ImportOutcome> outcomeFromId(QStringView id);

private:
    // failure: the whole message, with %2 (the journal's file) and %3 (the reason) left open.
    bool exec(const QString &sql, const QVariantList &values, QString *error,
              const QString &failure) const;
    // Rows of `runId` from a SELECT of line, email, cells, plan, state, outcome, error (and
    // draft, with `withDraft`).
    std::optional<QList<ImportRowEntry>> selectRows(qint64 runId, const QString &sql,
                                                    const QVariantList &values, bool withDraft,
                                                    QString *error) const;

    RosterDatabase &m_db;
};
