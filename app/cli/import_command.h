#pragma once

#include "import_journal.h"
#include "import_report_json.h"
#include "import_settings.h"
#include "service_command.h"
#include "workspace_lock.h"

#include <QElapsedTimer>
#include <QPointer>
#include <functional>
#include <memory>

class DeactivationConsent;
class ImportPlanner;
class ImportRunner;

// roster-cli import FILE --workspace NAME [--dry-run] [--map COLUMN=field ...]
//   [--set field=VALUE ...] [--mode create|upsert] [--pending] [--introduce] [--report FILE]
//   [--resume] [--from-plan RUN] [--wait] [--encoding E] [--delimiter D]
//   [--header|--no-header] [--json] [--report-json FILE]
// Plans every row against the roster and the provider, then carries the plan out at the
// workspace's budget, with progress on stderr and a summary on stdout (as JSON with --json).
// The dry run lists every row's plan, and for an update what it changes, field by field; the
// plan stays in the journal, and --from-plan runs it as it is (DryRunPlan says when it may).
// Ctrl+C stops after the rows in flight, and --resume carries on where it stopped, or where a
// crash left it.
// An import (not its dry run) holds the workspace's writer lock (WorkspaceLock): a second one
// is refused at once, naming the one running, or waits for it with --wait.
// However it ends, refused or failed too, --report-json writes the outcome (ImportReportJson)
// for a script watching unattended runs, and the exit code says what happened (helpDetails()).
class ImportCommand : public ServiceCommand
{
    Q_OBJECT
public:
    using ServiceCommand::ServiceCommand;
    // `members deactivate --from FILE`, `members reactivate --from FILE`: the import of a list
    // in that mode (Deactivate or Reactivate).
    ImportCommand(CliContext &context, ImportSettings::Mode listMode, QObject *parent = nullptr);
    ~ImportCommand() override;
    // `import undo RUN`: plans the reverse of a run (UndoPlanner), shows it, and runs it.
    static ImportCommand *undoCommand(CliContext &context);

    // Stops starting rows; once those in flight have ended, finishes with ExitInterrupted and
    // the run left to resume.
    void interrupt() override;
    QString helpDetails() const override;

protected:
    void declareOptions(QCommandLineParser &parser) override;
    std::optional<QString> checkUsage(const QCommandLineParser &parser) const override;
    void runWith(MemberService *service, const QCommandLineParser &parser) override;
    bool changesMembers(const QCommandLineParser &) const override { return true; }
    void beforeRun(const QCommandLineParser &parser) override;
    int finishing(int code, const QString &error) override;

private:
    // `import undo` (import_command_undo.cpp).
    void declareUndoOptions(QCommandLineParser &parser);
    std::optional<QString> checkUndoUsage(const QCommandLineParser &parser) const;
    void startUndo(MemberService *service, const QCommandLineParser &parser);
    std::optional<qint64> runToUndo(const ImportJournal &journal, QString *error);
    void planUndo(MemberService *service);

    // --json, --report, --report-utf8, --report-json and --wait, for the list modes and undo.
    static void declareRunOutputOptions(QCommandLineParser &parser);
    // The options of `members deactivate|reactivate --from FILE`.
    void declareListOptions(QCommandLineParser &parser);
    // The file to import: the argument, or --from's.
    static QString givenFile(const QCommandLineParser &parser);
    QString givenMode(const QCommandLineParser &parser) const;

    // Takes the workspace's lock, or refuses, or (with --wait) tries again shortly; then start().
    void lockThenStart();
    void start();
    // --from-plan: the dry run's plan, or a refusal naming what differs.
    void runDryRunPlan(MemberService *service);
    // After a dry run: keeps its plan for --from-plan; the run's id, or 0 when not kept.
    qint64 keepDryRun(qint64 runId);
    // The command that runs the dry run's plan: this one's arguments with --from-plan.
    QString fromPlanCommand(qint64 runId) const;
    void plan(MemberService *service, const ImportSettings &settings);
    // keptRunId: the dry run's, when its plan is kept for --from-plan.
    void printPlan(const ImportCounts &counts, qint64 runId, qint64 keptRunId = 0);
    void printPlanRows(qint64 runId);
    // The run's rows that are not blank, read from the journal a page at a time. False (with a
    // warning) when the journal failed.
    bool forEachPlanRow(qint64 runId, const std::function<void(const ImportRowEntry &)> &visit);
    void runPlan(MemberService *service, qint64 runId);
    // runPlan() once the admin consents to the plan's deactivations (DeactivationConsent);
    // refused with ExitNeedsConsent otherwise. A plan that deactivates nobody runs at once.
    void runPlanWithConsent(MemberService *service, qint64 runId);
    void report(qint64 runId);
    // What is known of the import now, ending with `code` and `error`.
    ImportReportFacts reportFacts(int code, const QString &error);
    // --json: the outcome of the run, the document --report-json writes.
    void printOutcomeJson(const ImportJournal &journal, int code);
    // --report-json or --report naming the file to import, or each other.
    static std::optional<QString> reportPathsProblem(const QCommandLineParser &parser);
    void showProgress(bool force);

    QPointer<ImportPlanner> m_planner;
    QPointer<ImportRunner> m_runner;
    QPointer<DeactivationConsent> m_consent;
    std::optional<ImportSettings::Mode> m_listMode;
    bool m_undo = false;
    QString m_undoRun; // a run's number, or "last"
    bool m_includeCreated = false;
    bool m_includeConflicts = false;
    MemberService *m_service = nullptr;
    bool m_dryRun = false;
    QString m_reportPath;
    bool m_reportUtf8 = false;
    QElapsedTimer m_sinceProgress;
    bool m_interrupted = false;
    bool m_resume = false;
    QString m_fromPlan; // a run's id, or "last"; empty without --from-plan
    bool m_wait = false;
    bool m_waiting = false;
    ImportSettings m_settings;
    std::unique_ptr<WorkspaceLock> m_lock;
    // For the JSON report: the run planned or carried on (0 before), and the command as given.
    qint64 m_runId = 0;
    QString m_reportJsonPath;
    QDateTime m_startedAt;
    QString m_givenWorkspace;
    QString m_givenFile;
    QString m_givenMode;
};
