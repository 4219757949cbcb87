// ImportCommand's ending: its exit codes, the outcome --json prints and --report-json writes.
#include "audit_source.h"
#include "cli_context.h"
#include "cli_output.h"
#include "import_command.h"
#include "member_service.h"
#include "roster_database.h"
#include "workspace_store.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {
QString absolute(const QString &path)
{
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}
} // namespace

std::optional<QString> ImportCommand::reportPathsProblem(const QCommandLineParser &parser)
{
    const QString file = absolute(givenFile(parser));
    const QString json = absolute(parser.value(u"report-json"_s));
    const QString csv = absolute(parser.value(u"report"_s));
    if (parser.isSet(u"report-json"_s) && json.isEmpty())
        return tr("--report-json needs a file to write.");
    if (!json.isEmpty() && json == file)
        return tr("--report-json names the file to import: give another file.");
    if (!csv.isEmpty() && csv == file)
        return tr("--report names the file to import: give another file.");
    if (!json.isEmpty() && json == csv)
        return tr("--report and --report-json name the same file: give two.");
    return std::nullopt;
}

void ImportCommand::beforeRun(const QCommandLineParser &parser)
{
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_givenWorkspace = parser.value(u"workspace"_s);
    m_givenFile = m_undo ? QString() : absolute(givenFile(parser));
    m_givenMode = givenMode(parser);
    m_dryRun = parser.isSet(u"dry-run"_s);
    // A report that would overwrite the file to import, or the failed rows, is not written.
    m_reportJsonPath =
        reportPathsProblem(parser) ? QString() : absolute(parser.value(u"report-json"_s));
}

ImportReportFacts ImportCommand::reportFacts(int code, const QString &error)
{
    ImportReportFacts facts;
    facts.workspace = m_givenWorkspace;
    QString ignored;
    if (m_service) {
        facts.workspace = m_service->workspace().name;
        facts.provider = m_service->workspace().provider;
    } else if (WorkspaceStore *workspaces = m_context.workspaces(&ignored)) {
        if (const std::optional<Workspace> known = workspaces->findByName(m_givenWorkspace))
            facts.provider = known->provider;
    }
    facts.filePath = m_givenFile;
    facts.mode = m_givenMode;
    facts.dryRun = m_dryRun;
    facts.startedAt = m_startedAt;
    facts.finishedAt = QDateTime::currentDateTimeUtc();
    facts.exitCode = code;
    facts.error = error;
    facts.user = AuditSource::currentActor();
    RosterDatabase *db = m_runId > 0 ? m_context.database(&ignored) : nullptr;
    if (db) {
        const ImportJournal journal(*db);
        facts.run = journal.run(m_runId, &ignored);
        if (facts.run) {
            facts.counts = journal.counts(m_runId, &ignored);
            // A resumed run, or a dry run's plan, has the mode it was planned with.
            if (const QString mode = facts.run->settings.value(u"mode"_s).toString();
                !mode.isEmpty())
                facts.mode = mode;
        }
    }
    return facts;
}

void ImportCommand::printOutcomeJson(const ImportJournal &journal, int code)
{
    out().beginJsonObjectArray(ImportReportJson::summary(reportFacts(code, {})),
                               ImportReportJson::failedRowsKey());
    QString error;
    const bool read = ImportReportJson::forEachFailedRow(
        journal, m_runId, [this](const QJsonObject &row) { out().jsonArrayElement(row); }, &error);
    out().endJsonObjectArray();
    if (!read)
        out().warning(error);
}

int ImportCommand::finishing(int code, const QString &error)
{
    if (m_reportJsonPath.isEmpty())
        return code;
    const QJsonObject summary = ImportReportJson::summary(reportFacts(code, error));
    QString problem;
    RosterDatabase *db = m_runId > 0 ? m_context.database(&problem) : nullptr;
    std::optional<ImportJournal> journal;
    if (db)
        journal.emplace(*db);
    if (ImportReportJson::write(m_reportJsonPath, summary, journal ? &*journal : nullptr, m_runId,
                                &problem))
        return code;
    out().error(problem);
    // A watching script would read the last run's report as this one's.
    return code == ExitOk ? ExitFailure : code;
}

QString ImportCommand::helpDetails() const
{
    return tr("Exit codes:\n"
              "  0    Every row was done, or there was nothing to do.\n"
              "  1    A local failure: the local roster, the journal, a --report or "
              "--report-json\n"
              "       file, or another import running in the workspace (see --wait).\n"
              "  2    The command line, the file (missing, unreadable) or its mapping is wrong:\n"
              "       nothing was sent.\n"
              "  3    The API key: refused by the provider, or the keychain has none or is\n"
              "       locked.\n"
              "  4    The import finished, but some rows failed or were invalid (a dry run:\n"
              "       some rows are invalid); --report and --report-json list them.\n"
              "  5    The provider or the network failed the run as a whole (no answer, the\n"
              "       listing refused): carry on later, with --resume if it had begun.\n"
              "  6    Refused, nothing sent: the import would deactivate members, and consent\n"
              "       was not given (--yes; above the threshold, --max-deactivations too).\n"
              "  130  Interrupted (Ctrl+C, SIGTERM): carry on with --resume.\n");
}
