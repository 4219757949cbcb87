#include "import_command.h"

#include "address_list_file.h"
#include "cli_context.h"
#include "cli_output.h"
#include "csv_input_file.h"
#include "csv_options.h"
#include "deactivation_consent.h"
#include "dry_run_plan.h"
#include "failed_rows_file.h"
#include "import_planner.h"
#include "import_runner.h"
#include "mapping_text.h"
#include "member_service.h"
#include "profile_options.h"
#include "roster_database.h"
#include "sql_helpers.h"
#include "validated_row_reader.h"
#include "workspace_lock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 ProgressEveryMs = 2000;
constexpr int LockRetryMs = 250;
constexpr int PlanPageRows = 1000;
constexpr int DryRunCacheKiB = 8 * 1024;

QString planWord(ImportPlan plan)
{
    switch (plan) {
    case ImportPlan::Create:
        return ImportCommand::tr("create");
    case ImportPlan::Update:
        return ImportCommand::tr("update");
    case ImportPlan::Reactivate:
        return ImportCommand::tr("reactivate");
    case ImportPlan::Deactivate:
        return ImportCommand::tr("deactivate");
    case ImportPlan::CannotDeactivate:
        return ImportCommand::tr("cannot deactivate");
    case ImportPlan::Unchanged:
        return ImportCommand::tr("unchanged");
    case ImportPlan::Conflict:
        return ImportCommand::tr("conflict");
    case ImportPlan::Invalid:
        return ImportCommand::tr("invalid");
    case ImportPlan::Blank:
        return ImportCommand::tr("blank");
    }
    return {};
}

// The options a dry run's plan is kept with and a run of it is compared by (the file is
// compared on its own).
QJsonObject settingsAsGiven(const ImportSettings &settings)
{
    QJsonObject json = settings.toJson();
    json.remove(u"file"_s);
    return json;
}

// --map and --set over the automatic mapping of the file's columns, as `settings.csv` reads them.
// A file of one column without a header (or whose "header" is an address) is a list of
// addresses, one a line: `settings.csv` is set to read it so, and the column is the email.
std::optional<ColumnMapping> mappingAsGiven(ImportSettings &settings,
                                            const QStringList &assignments,
                                            const QStringList &constants, QString *error)
{
    auto file = std::make_unique<ValidatedRowReader>(settings.filePath, settings.csv);
    if (!file->open(error))
        return std::nullopt;
    if (assignments.isEmpty() &&
        AddressListFile::headerIsAnAddress(file->header(), file->format().hasHeader)) {
        settings.csv.hasHeader = false;
        file = std::make_unique<ValidatedRowReader>(settings.filePath, settings.csv);
        if (!file->open(error))
            return std::nullopt;
    }
    ColumnMapping mapping =
        assignments.isEmpty()
            ? AddressListFile::automaticMapping(file->header(), file->format().hasHeader)
            : ColumnMapping::automatic(file->header());
    const QStringList problems =
        MappingText::applyAssignments(mapping, file->header(), assignments) +
        MappingText::applyConstants(mapping, constants);
    if (!problems.isEmpty()) {
        *error = problems.join(u' ');
        return std::nullopt;
    }
    return mapping;
}

// An argument as a POSIX shell reads it back.
QString shellQuoted(const QString &argument)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_@%+=:,./-]+$"_s);
    if (plain.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    return u'\'' + quoted.replace(u"'"_s, u"'\\''"_s) + u'\'';
}
} // namespace

ImportCommand::~ImportCommand() = default;

void ImportCommand::declareOptions(QCommandLineParser &parser)
{
    if (m_undo)
        return declareUndoOptions(parser);
    if (m_listMode)
        return declareListOptions(parser);
    parser.addPositionalArgument(u"file"_s, tr("The CSV file of members."), tr("FILE"));
    parser.addOption({u"dry-run"_s, tr("Only say what the import would do, row by row. The plan "
                                       "is kept for --from-plan.")});
    parser.addOption(
        {u"from-plan"_s,
         tr("Run the plan of dry run RUN (the number it printed, or last) as it is, looking no "
            "member up again. Refused unless the file is unchanged, the options are the same and "
            "the dry run is less than %1 minutes old: members may change at the provider "
            "meanwhile.")
             .arg(DryRunPlan::MaxAgeMinutes),
         tr("RUN")});
    QStringList fields;
    for (const ImportField field : AllImportFields)
        fields << importFieldId(field);
    parser.addOption({u"map"_s,
                      tr("Fill a field from a column: COLUMN=FIELD, COLUMN=skip or #N=FIELD "
                         "(fields: %1); repeat for several. Columns are matched by name "
                         "otherwise.")
                          .arg(fields.join(u", "_s)),
                      tr("COLUMN=FIELD")});
    parser.addOption({u"set"_s,
                      tr("A value for a field on every row that has none, e.g. role=Member; "
                         "repeat for several."),
                      tr("FIELD=VALUE")});
    parser.addOption({u"mode"_s,
                      tr("create: leave members who are there already (the default); upsert: "
                         "update them, and reactivate deactivated ones; mirror: as upsert, and "
                         "deactivate the members the file lacks, so that the community matches "
                         "it; deactivate or reactivate: every row's member."),
                      tr("MODE"), u"create"_s});
    parser.addOption({u"pending"_s, tr("Heartbeat: create pending members.")});
    parser.addOption({u"introduce"_s, tr("Heartbeat: post each new member's bio as an "
                                         "introduction thread.")});
    parser.addOption({u"report"_s,
                      tr("Write the rows that failed to FILE as CSV: their columns, line and "
                         "error, ready to fix and import again; in the imported file's encoding "
                         "and delimiter."),
                      tr("FILE")});
    parser.addOption(
        {u"report-utf8"_s, tr("Write the --report file as UTF-8 with commas instead.")});
    parser.addOption({u"resume"_s, tr("Carry on with this file's import that stopped or "
                                      "crashed.")});
    parser.addOption({u"json"_s, tr("Print the plan (with --dry-run) or the outcome as JSON.")});
    parser.addOption({u"report-json"_s,
                      tr("However the import ends, write its outcome to FILE as JSON, whole or "
                         "not at all: the run, workspace, file, mode, times, counts, failed rows, "
                         "exit code and error. For scripts that watch unattended runs."),
                      tr("FILE")});
    parser.addOption({u"wait"_s, tr("When an import or a bulk action is running in the workspace, "
                                    "wait for it to end instead of refusing.")});
    DeactivationConsent::declareOptions(parser);
    CsvCommandOptions::declare(parser);
}

std::optional<QString> ImportCommand::checkUsage(const QCommandLineParser &parser) const
{
    if (m_undo)
        return checkUndoUsage(parser);
    if (m_listMode ? !parser.positionalArguments().isEmpty() || givenFile(parser).isEmpty()
                   : parser.positionalArguments().size() != 1)
        return m_listMode ? tr("Give the file of members with --from FILE.")
                          : tr("Give one CSV file.");
    if (const std::optional<QString> problem = reportPathsProblem(parser))
        return problem;
    if (const std::optional<QString> refused = CsvInputFile::problem(givenFile(parser)))
        return refused;
    if (!ImportSettings::modeFromId(givenMode(parser)))
        return tr("--mode is \"%1\"; expected create, upsert, mirror, deactivate or reactivate.")
            .arg(givenMode(parser));
    if (const std::optional<QString> problem = DeactivationConsent::checkUsage(parser))
        return problem;
    if (parser.isSet(u"resume"_s) && parser.isSet(u"dry-run"_s))
        return tr("Give --resume or --dry-run, not both.");
    if (!m_listMode && parser.isSet(u"from-plan"_s)) {
        if (parser.isSet(u"dry-run"_s) || parser.isSet(u"resume"_s))
            return tr("--from-plan runs a dry run's plan: give it without --dry-run and --resume.");
        const QString run = parser.value(u"from-plan"_s);
        bool number = false;
        if (run != u"last" && (run.toLongLong(&number) <= 0 || !number))
            return tr("--from-plan is \"%1\"; expected the number a dry run printed, or last.")
                .arg(run);
    }
    if (!m_listMode)
        if (const std::optional<QString> problem = ProfileOptions::checkIntroduce(parser))
            return problem;
    QString problem;
    if (!CsvCommandOptions::read(parser, &problem))
        return problem;
    return std::nullopt;
}

void ImportCommand::runWith(MemberService *service, const QCommandLineParser &parser)
{
    if (m_undo)
        return startUndo(service, parser);
    m_service = service;
    m_dryRun = parser.isSet(u"dry-run"_s);
    m_reportPath = parser.value(u"report"_s);
    m_reportUtf8 = parser.isSet(u"report-utf8"_s);
    const QString file = QFileInfo(givenFile(parser)).absoluteFilePath();
    if (!m_listMode && parser.isSet(u"pending"_s) &&
        !service->capabilities().supports(MemberOperation::CreatePending))
        return fail(ExitUsage, service->capabilities().whyNot(MemberOperation::CreatePending));
    if (!m_listMode && parser.isSet(u"introduce"_s) &&
        !service->capabilities().canCreateWith(ProfileField::Bio))
        return fail(ExitUsage, tr("%1 keeps no bio to introduce members with: leave out "
                                  "--introduce.")
                                   .arg(providerDisplayName(service->workspace().provider)));

    m_consent = new DeactivationConsent(parser, out(), this);
    m_resume = parser.isSet(u"resume"_s);
    m_fromPlan = m_listMode ? QString() : parser.value(u"from-plan"_s);
    m_wait = parser.isSet(u"wait"_s);
    QString error;
    m_settings.filePath = file;
    m_settings.csv = *CsvCommandOptions::read(parser, &error);
    m_settings.mode = *ImportSettings::modeFromId(givenMode(parser));
    m_settings.pending = !m_listMode && parser.isSet(u"pending"_s);
    m_settings.introduce = !m_listMode && parser.isSet(u"introduce"_s);
    if (!m_resume) { // a resumed run keeps the mapping it was planned with
        const std::optional<ColumnMapping> mapping =
            mappingAsGiven(m_settings, parser.values(u"map"_s),
                           m_listMode ? QStringList() : parser.values(u"set"_s), &error);
        if (!mapping) // the file, or --map and --set
            return fail(ExitUsage, error);
        m_settings.mapping = *mapping;
    }
    if (m_dryRun)
        return start();
    lockThenStart();
}

void ImportCommand::lockThenStart()
{
    if (m_interrupted)
        return finish(ExitInterrupted);
    QString error;
    RosterDatabase *db = m_context.database(&error);
    if (!db)
        return fail(ExitFailure, error);
    const Workspace &workspace = m_service->workspace();
    if (!m_lock)
        m_lock = std::make_unique<WorkspaceLock>(*db, workspace.id);
    WorkspaceLockHolder holder;
    switch (m_lock->tryTake(WorkspaceWork::Import, QFileInfo(m_settings.filePath).fileName(),
                            &holder, &error)) {
    case WorkspaceLock::Outcome::Failed:
        return fail(ExitFailure, error);
    case WorkspaceLock::Outcome::Held:
        if (!m_wait)
            return fail(ExitFailure, holder.describe(workspace.name) + u' ' +
                                         tr("Try again when it has ended, or give --wait."));
        if (!m_waiting)
            out().progress(holder.describe(workspace.name) + u' ' + tr("Waiting for it to end…"));
        m_waiting = true;
        QTimer::singleShot(LockRetryMs, this, &ImportCommand::lockThenStart);
        return;
    case WorkspaceLock::Outcome::Taken:
        return start();
    }
}

void ImportCommand::start()
{
    if (m_undo)
        return planUndo(m_service);
    MemberService *service = m_service;
    const QString &file = m_settings.filePath;
    QString error;
    RosterDatabase *db = m_context.database(&error);
    if (!db)
        return fail(ExitFailure, error);
    ImportJournal journal(*db);
    const std::optional<ImportRunInfo> unfinished =
        journal.unfinishedRun(service->workspace().id, &error);
    if (!error.isEmpty())
        return fail(ExitFailure, error);
    if (m_resume) {
        if (!unfinished || unfinished->filePath != file)
            return fail(ExitUsage, tr("There is no unfinished import of %1 in %2 to resume.")
                                       .arg(file, where(service->workspace())));
        out().progress(tr("Resuming the import of %1, begun %2.")
                           .arg(file, unfinished->createdAt.toLocalTime().toString(Qt::ISODate)));
        return runPlan(service, unfinished->id);
    }
    if (unfinished && unfinished->filePath == file && unfinished->state == ImportRunState::Running)
        return fail(ExitUsage, tr("An import of %1 stopped half-way: carry it on with --resume, "
                                  "so that no member is created twice.")
                                   .arg(file));
    if (!m_fromPlan.isEmpty())
        return runDryRunPlan(service);
    if (!m_dryRun) {
        // Dry runs' plans past the limit can no longer be run: their rows go.
        if (!journal.removeWaitingDryRuns(
                service->workspace().id, QString(),
                QDateTime::currentDateTimeUtc().addSecs(-qint64(DryRunPlan::MaxAgeMinutes) * 60), 0,
                &error))
            out().warning(error);
        error.clear();
        const std::optional<ImportRunInfo> dryRun =
            journal.latestDryRun(service->workspace().id, &error);
        if (dryRun && dryRun->isWaitingDryRun() && dryRun->filePath == file &&
            DryRunPlan::settingsChanges(*dryRun->dryRunSettings, settingsAsGiven(m_settings))
                .isEmpty() &&
            DryRunPlan::ageProblems(*dryRun, QDateTime::currentDateTimeUtc()).isEmpty())
            out().progress(tr("Planning again. To run the plan of dry run %1 instead, looking no "
                              "member up again: %2")
                               .arg(dryRun->id)
                               .arg(fromPlanCommand(dryRun->id)));
    }
    plan(service, m_settings);
}

void ImportCommand::runDryRunPlan(MemberService *service)
{
    QString error;
    RosterDatabase *db = m_context.database(&error);
    if (!db)
        return fail(ExitFailure, error);
    ImportJournal journal(*db);
    const Workspace &workspace = service->workspace();
    std::optional<ImportRunInfo> run;
    if (m_fromPlan == u"last") {
        run = journal.latestDryRun(workspace.id, &error);
        if (!error.isEmpty())
            return fail(ExitFailure, error);
        if (!run)
            return fail(ExitUsage, tr("There is no dry run in %1 whose plan could be run: make "
                                      "one with --dry-run first.")
                                       .arg(where(workspace)));
    } else {
        run = journal.run(m_fromPlan.toLongLong(), &error);
        if (!run || !run->dryRunSettings)
            return fail(ExitUsage, tr("There is no dry run %1 in the journal of %2 (a new dry "
                                      "run of a file replaces its earlier plan): give the "
                                      "number the latest dry run printed, or last.")
                                       .arg(m_fromPlan, db->path()));
    }
    if (run->workspaceId != workspace.id)
        return fail(ExitUsage, tr("Dry run %1 was made in another workspace, not in %2.")
                                   .arg(QString::number(run->id), where(workspace)));
    if (run->state == ImportRunState::Running)
        return fail(ExitUsage, tr("The plan of dry run %1 was started and stopped half-way: "
                                  "carry it on with --resume, so that no member is created "
                                  "twice.")
                                   .arg(run->id));
    if (run->state != ImportRunState::Planned || !run->planComplete)
        return fail(ExitUsage, tr("The plan of dry run %1 was already run. A plan is run once: "
                                  "make a new dry run, or import without --from-plan.")
                                   .arg(run->id));
    const QString file = m_settings.filePath;
    QStringList problems = DryRunPlan::fileChanges(*run, file, {});
    if (problems.isEmpty()) {
        const QString checksum = DryRunPlan::fileChecksum(file, &error);
        if (checksum.isEmpty())
            return fail(ExitFailure, error);
        problems = DryRunPlan::fileChanges(*run, file, checksum);
    }
    problems += DryRunPlan::settingsChanges(*run->dryRunSettings, settingsAsGiven(m_settings));
    problems += DryRunPlan::ageProblems(*run, QDateTime::currentDateTimeUtc());
    if (!problems.isEmpty())
        return fail(ExitUsage, tr("The plan of dry run %1 cannot be run as it is: %2. Make a new "
                                  "dry run, or import without --from-plan to plan again.")
                                   .arg(QString::number(run->id), problems.join(u"; "_s)));
    out().progress(
        tr("Running the plan of dry run %1, made at %2, as it is: no member is looked "
           "up again.")
            .arg(QString::number(run->id), run->createdAt.toLocalTime().toString(Qt::ISODate)));
    runPlanWithConsent(service, run->id);
}

qint64 ImportCommand::keepDryRun(qint64 runId)
{
    QString error;
    RosterDatabase *db = m_context.database(&error);
    ImportJournal journal(*db);
    const std::optional<ImportRunInfo> run = journal.run(runId, &error);
    QString checksum;
    if (run)
        checksum = DryRunPlan::fileChecksum(run->filePath, &error);
    // The planner read the file whole and unchanged; a change since would not match its plan.
    if (checksum.isEmpty() || !DryRunPlan::fileChanges(*run, run->filePath, {}).isEmpty()) {
        if (!error.isEmpty())
            out().warning(error);
        journal.removeRun(runId, &error);
        return 0;
    }
    if (!journal.keepDryRun(runId, checksum, settingsAsGiven(m_settings), &error)) {
        out().warning(error);
        journal.removeRun(runId, &error);
        return 0;
    }
    const QDateTime staleBefore =
        QDateTime::currentDateTimeUtc().addSecs(-qint64(DryRunPlan::MaxAgeMinutes) * 60);
    if (!journal.removeWaitingDryRuns(run->workspaceId, run->filePath, staleBefore, runId, &error))
        out().warning(error);
    return runId;
}

QString ImportCommand::fromPlanCommand(qint64 runId) const
{
    const QStringList arguments = QCoreApplication::arguments();
    QStringList command{u"roster-cli"_s};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) != u"--dry-run")
            command << shellQuoted(arguments.at(i));
    }
    command << u"--from-plan"_s << QString::number(runId);
    return command.join(u' ');
}

void ImportCommand::plan(MemberService *service, const ImportSettings &settings)
{
    QString error;
    RosterDatabase *db = m_context.database(&error);
    // The dry run only appends to the journal and reads it back in order: it needs little of
    // the page cache a large roster's sync uses, and is bounded by it.
    if (m_dryRun)
        execSql(db->connection(), u"PRAGMA cache_size = -%1"_s.arg(DryRunCacheKiB), &error);
    auto *planner = new ImportPlanner(service, *db, settings, this);
    // Only the diff the user asked for is worth a look-up a row at a provider that cannot list.
    planner->setLookUpUnknownRows(m_dryRun);
    m_planner = planner;
    out().progress(tr("Reading %1 and comparing it with %2…")
                       .arg(settings.filePath, where(service->workspace())));
    connect(
        planner, &ImportPlanner::progress, this,
        [this](ImportPlanner::Phase phase, qint64 done, qint64 total) {
            if (phase != ImportPlanner::Phase::LookingUp || total <= 0 ||
                (m_sinceProgress.isValid() && m_sinceProgress.elapsed() < ProgressEveryMs))
                return;
            m_sinceProgress.start();
            out().progress(
                tr("Looked up %1 of %n members at the provider…", nullptr, int(total)).arg(done));
        });
    connect(planner, &ImportPlanner::failed, this, [this, planner](const QString &why) {
        switch (planner->failure()) {
        case ImportPlanner::Failure::Input:
            return fail(ExitUsage, why);
        case ImportPlanner::Failure::Provider:
            return fail(bulkRunExitCodeFor(planner->providerError()), why);
        case ImportPlanner::Failure::Local:
            return fail(m_interrupted ? ExitInterrupted : ExitFailure, why);
        }
    });
    connect(planner, &ImportPlanner::finished, this, [this, db, service, planner](qint64 runId) {
        m_runId = runId;
        for (const QString &ignored : planner->ignoredColumns())
            out().progress(ignored + u'.');
        QString noteError;
        if (const std::optional<ImportRunInfo> run = ImportJournal(*db).run(runId, &noteError);
            run && !run->note.isEmpty())
            out().progress(run->note);
        QString error;
        const std::optional<ImportCounts> counts = ImportJournal(*db).counts(runId, &error);
        if (!counts)
            return fail(ExitFailure, error);
        if (m_dryRun) {
            const qint64 kept = keepDryRun(runId);
            printPlan(*counts, runId, kept);
            if (kept) {
                const QString hint =
                    tr("To run this plan as it is, looking no member up again, within %1 "
                       "minutes:")
                        .arg(DryRunPlan::MaxAgeMinutes) +
                    u"\n  "_s + fromPlanCommand(kept);
                if (out().jsonWanted()) // stdout holds the JSON alone
                    out().progress(hint);
                else
                    out().line(hint);
            }
            return finish(counts->plans.value(ImportPlan::Invalid) > 0 ? ExitApi : ExitOk);
        }
        printPlan(*counts, runId);
        runPlanWithConsent(service, runId);
    });
    planner->start();
}

void ImportCommand::printPlan(const ImportCounts &counts, qint64 runId, qint64 keptRunId)
{
    QStringList parts;
    for (auto it = counts.plans.cbegin(); it != counts.plans.cend(); ++it)
        parts << u"%1 %2"_s.arg(it.value()).arg(planWord(it.key()));
    const QString summary =
        tr("%n row(s): %1.", nullptr, int(counts.total())).arg(parts.join(u", "_s));
    if (!m_dryRun)
        return out().progress(summary);
    if (out().jsonWanted()) {
        QJsonObject plans;
        for (auto it = counts.plans.cbegin(); it != counts.plans.cend(); ++it)
            plans.insert(ImportJournal::planId(it.key()), it.value());
        QJsonObject head{{u"rows"_s, counts.total()}, {u"plans"_s, plans}};
        if (keptRunId > 0)
            head.insert(u"run"_s, keptRunId);
        QString error;
        if (RosterDatabase *db = m_context.database(&error))
            if (const std::optional<ImportRunInfo> run = ImportJournal(*db).run(runId, &error);
                run && !run->note.isEmpty())
                head.insert(u"note"_s, run->note);
        out().beginJsonObjectArray(head, u"plan"_s);
        forEachPlanRow(runId, [this](const ImportRowEntry &row) {
            QJsonObject element{{u"line"_s, row.isFromFile() ? QJsonValue(row.line) : QJsonValue()},
                                {u"plan"_s, ImportJournal::planId(row.plan)},
                                {u"email"_s, row.email},
                                {u"detail"_s, row.error}};
            if (row.change)
                element.insert(u"change"_s, *row.change);
            out().jsonArrayElement(element);
        });
        return out().endJsonObjectArray();
    }
    out().line(summary);
    printPlanRows(runId);
}

bool ImportCommand::forEachPlanRow(qint64 runId,
                                   const std::function<void(const ImportRowEntry &)> &visit)
{
    QString error;
    RosterDatabase *db = m_context.database(&error);
    if (!db)
        return false;
    const ImportJournal journal(*db);
    qint64 after = 0;
    for (;;) {
        const std::optional<QList<ImportRowEntry>> page =
            journal.rowPage(runId, after, PlanPageRows, false, &error);
        if (!page) {
            out().warning(error);
            return false;
        }
        for (const ImportRowEntry &row : *page) {
            if (row.plan != ImportPlan::Blank)
                visit(row);
        }
        if (page->size() < PlanPageRows)
            return true;
        after = page->last().line;
    }
}

void ImportCommand::printPlanRows(qint64 runId)
{
    // WHY: why a row is not sent, or what an update changes.
    const QStringList header{tr("LINE"), tr("PLAN"), tr("EMAIL"), tr("WHY")};
    const auto cellsOf = [](const ImportRowEntry &row) {
        return QStringList{row.isFromFile() ? QString::number(row.line) : u"—"_s,
                           planWord(row.plan), row.email, row.error};
    };
    // Two passes over the journal, a page at a time: the columns' widths, then the rows.
    QList<qsizetype> widths;
    for (const QString &title : header)
        widths.append(title.size());
    if (!forEachPlanRow(runId, [&](const ImportRowEntry &row) {
            const QStringList cells = cellsOf(row);
            for (qsizetype i = 0; i < cells.size(); ++i)
                widths[i] = std::max(widths[i], cells.at(i).size());
        }))
        return;
    out().tableRow(widths, header);
    forEachPlanRow(runId, [&](const ImportRowEntry &row) { out().tableRow(widths, cellsOf(row)); });
}

void ImportCommand::runPlan(MemberService *service, qint64 runId)
{
    QString error;
    RosterDatabase *db = m_context.database(&error);
    auto *runner = new ImportRunner(service, *db, runId, this);
    m_runId = runId;
    m_runner = runner;
    connect(runner, &ImportRunner::progress, this, [this] { showProgress(false); });
    connect(runner, &ImportRunner::failed, this,
            [this](const QString &why) { fail(ExitFailure, why); });
    connect(runner, &ImportRunner::idle, this, [this] {
        if (m_interrupted) {
            out().progress(tr("Stopped. Carry on with the same command and --resume."));
            finish(ExitInterrupted);
        }
    });
    connect(runner, &ImportRunner::finished, this, [this, runId] { report(runId); });
    runner->start();
}

void ImportCommand::showProgress(bool force)
{
    if (!m_runner ||
        (!force && m_sinceProgress.isValid() && m_sinceProgress.elapsed() < ProgressEveryMs))
        return;
    m_sinceProgress.start();
    const qint64 left = m_runner->secondsLeft();
    out().progress(
        tr("%1 of %n rows done, %2 rows/s, about %3 s left%4", nullptr, int(m_runner->total()))
            .arg(m_runner->finishedCount())
            .arg(m_runner->rowsPerSecond(), 0, 'f', 1)
            .arg(left < 0 ? u"?"_s : QString::number(left))
            .arg(m_runner->failedCount() > 0 ? tr(", %1 failed").arg(m_runner->failedCount())
                                             : QString()));
}

void ImportCommand::report(qint64 runId)
{
    QString error;
    RosterDatabase *db = m_context.database(&error);
    ImportJournal journal(*db);
    const std::optional<ImportCounts> counts = journal.counts(runId, &error);
    const std::optional<ImportRunInfo> run = journal.run(runId, &error);
    if (!counts || !run)
        return fail(ExitFailure, error);
    const auto &o = counts->outcomes;
    if (!out().jsonWanted()) {
        out().line(tr("%n row(s): %1 created, %2 updated, %3 reactivated, %4 deactivated, %5 "
                      "skipped, %6 failed.",
                      nullptr, int(counts->total()))
                       .arg(o.value(ImportOutcome::Created))
                       .arg(o.value(ImportOutcome::Updated))
                       .arg(o.value(ImportOutcome::Reactivated))
                       .arg(o.value(ImportOutcome::Deactivated))
                       .arg(o.value(ImportOutcome::Skipped))
                       .arg(o.value(ImportOutcome::Failed)));
    }
    const qint64 failed = o.value(ImportOutcome::Failed);
    if (!m_reportPath.isEmpty() && failed > 0) {
        const std::optional<QList<ImportRowEntry>> rows = journal.failedRows(runId, &error);
        FailedRowsFile file(
            m_reportPath, m_reportUtf8 ? CsvSaveFormat{}
                                       : FailedRowsFile::inputFormat(run->filePath, run->settings));
        if (!rows || !file.open(run->header, &error))
            return fail(ExitFailure, error);
        for (const ImportRowEntry &row : *rows)
            file.addRow(row.isFromFile() ? row.line : 0, row.cells, row.error);
        if (!file.commit(&error))
            return fail(ExitFailure, error);
        const QString written =
            tr("The %n failed row(s) are in %1, with their line and error.", nullptr, int(failed))
                .arg(m_reportPath);
        if (out().jsonWanted()) // stdout holds the JSON alone
            out().progress(written);
        else
            out().line(written);
    } else if (failed > 0) {
        const std::optional<QList<ImportRowEntry>> rows = journal.failedRows(runId, &error);
        for (const ImportRowEntry &row : rows.value_or(QList<ImportRowEntry>()))
            out().warning(tr("line %1: %2").arg(row.line).arg(row.error));
    }
    const int code = failed > 0 ? ExitRowsFailed : ExitOk;
    if (out().jsonWanted())
        printOutcomeJson(journal, code);
    finish(code);
}

void ImportCommand::interrupt()
{
    m_interrupted = true;
    if (m_waiting && !(m_lock && m_lock->isTaken()))
        return finish(ExitInterrupted);
    if (m_runner && m_runner->isRunning()) {
        out().progress(tr("Stopping after the rows in flight…"));
        return m_runner->pause();
    }
    if (m_planner)
        return m_planner->cancel();
    CliCommand::interrupt();
}
