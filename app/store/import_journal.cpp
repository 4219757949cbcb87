#include "import_journal.h"

#include "audit_source.h"
#include "free_pages.h"
#include "member_row.h"
#include "roster_database.h"
#include "sql_helpers.h"
#include "store_transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
// What every read of rows selects, in the order selectRows() reads; the draft follows when asked.
const QString RowColumns =
    u"line, email, cells, plan, state, outcome, error, sending_at, idempotency_key, change"_s;

const QList<std::pair<ImportPlan, QString>> PlanIds = {
    {ImportPlan::Create, u"create"_s},
    {ImportPlan::Update, u"update"_s},
    {ImportPlan::Reactivate, u"reactivate"_s},
    {ImportPlan::Deactivate, u"deactivate"_s},
    {ImportPlan::CannotDeactivate, u"cannot-deactivate"_s},
    {ImportPlan::Unchanged, u"unchanged"_s},
    {ImportPlan::Conflict, u"conflict"_s},
    {ImportPlan::Invalid, u"invalid"_s},
    {ImportPlan::Blank, u"blank"_s}};
const QList<std::pair<ImportOutcome, QString>> OutcomeIds = {
    {ImportOutcome::Created, u"created"_s},         {ImportOutcome::Updated, u"updated"_s},
    {ImportOutcome::Reactivated, u"reactivated"_s}, {ImportOutcome::Deactivated, u"deactivated"_s},
    {ImportOutcome::Skipped, u"skipped"_s},         {ImportOutcome::Failed, u"failed"_s}};
const QList<std::pair<ImportRowState, QString>> StateIds = {{ImportRowState::Todo, u"todo"_s},
                                                            {ImportRowState::Sending, u"sending"_s},
                                                            {ImportRowState::Done, u"done"_s}};
const QList<std::pair<ImportRunState, QString>> RunStateIds = {
    {ImportRunState::Planned, u"planned"_s},
    {ImportRunState::Running, u"running"_s},
    {ImportRunState::Finished, u"finished"_s},
    {ImportRunState::Cancelled, u"cancelled"_s}};

template <typename E> QString idOf(const QList<std::pair<E, QString>> &ids, E value)
{
    for (const auto &[key, id] : ids) {
        if (key == value)
            return id;
    }
    return {};
}

template <typename E>
std::optional<E> valueOf(const QList<std::pair<E, QString>> &ids, QStringView id)
{
    for (const auto &[key, text] : ids) {
        if (text == id)
            return key;
    }
    return std::nullopt;
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString json(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList stringList(const QString &text)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array)
        list << value.toString();
    return list;
}

const QString RunColumns = u"id, workspace_id, file_path, file_size, file_modified_at, header, "
                           "settings, state, created_at, finished_at, plan_complete, "
                           "file_checksum, dry_run_settings, os_user, note"_s;

ImportRunInfo runFrom(const QSqlQuery &query)
{
    ImportRunInfo run;
    run.id = query.value(0).toLongLong();
    run.workspaceId = query.value(1).toString();
    run.filePath = query.value(2).toString();
    run.fileSize = query.value(3).toLongLong();
    run.fileModified = MemberRow::timestampFromValue(query.value(4));
    run.header = stringList(query.value(5).toString());
    run.settings = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    run.state = valueOf(RunStateIds, query.value(7).toString()).value_or(ImportRunState::Planned);
    run.createdAt = MemberRow::timestampFromValue(query.value(8));
    run.finishedAt = MemberRow::timestampFromValue(query.value(9));
    run.planComplete = query.value(10).toBool();
    run.fileChecksum = query.value(11).toString();
    if (!query.value(12).isNull())
        run.dryRunSettings = QJsonDocument::fromJson(query.value(12).toString().toUtf8()).object();
    run.osUser = query.value(13).toString();
    run.note = query.value(14).toString();
    return run;
}

// `n` rows with this plan, state and outcome (as the journal spells them) into `counts`.
void addCount(ImportCounts &counts, const QVariant &plan, const QVariant &state,
              const QVariant &outcome, qint64 n)
{
    if (const auto planned = ImportJournal::planFromId(plan.toString()))
        counts.plans[*planned] += n;
    const auto rowState = valueOf(StateIds, state.toString());
    (rowState == ImportRowState::Done      ? counts.done
     : rowState == ImportRowState::Sending ? counts.sending
                                           : counts.todo) += n;
    if (const auto done = ImportJournal::outcomeFromId(outcome.toString()))
        counts.outcomes[*done] += n;
}
} // namespace

ImportJournal::ImportJournal(RosterDatabase &db) : m_db(db) {}

QString ImportJournal::planId(ImportPlan plan)
{
    return idOf(PlanIds, plan);
}

std::optional<ImportPlan> ImportJournal::planFromId(QStringView id)
{
    return valueOf(PlanIds, id);
}

QString ImportJournal::outcomeId(ImportOutcome outcome)
{
    return idOf(OutcomeIds, outcome);
}

std::optional<ImportOutcome> ImportJournal::outcomeFromId(QStringView id)
{
    return valueOf(OutcomeIds, id);
}

bool ImportJournal::exec(const QString &sql, const QVariantList &values, QString *error,
                         const QString &failure) const
{
    if (!m_db.checkOpen(error))
        return false;
    QSqlQuery query(m_db.connection());
    QString detail;
    if (prepareSql(query, sql, &detail)) {
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(int(i), values.at(i));
        if (execSql(query, &detail))
            return true;
    }
    setError(error, failure.arg(m_db.path(), detail));
    return false;
}

std::optional<qint64> ImportJournal::createRun(const ImportRunInfo &run, QString *error)
{
    if (!m_db.checkOpen(error))
        return std::nullopt;
    QSqlQuery query(m_db.connection());
    QString detail;
    const QDateTime created =
        run.createdAt.isValid() ? run.createdAt : QDateTime::currentDateTimeUtc();
    if (prepareSql(query,
                   u"INSERT INTO import_runs (workspace_id, file_path, file_size, "
                   "file_modified_at, header, settings, state, created_at, plan_complete, "
                   "file_checksum, dry_run_settings, os_user) "
                   "VALUES (?, ?, ?, ?, ?, ?, 'planned', ?, ?, ?, ?, ?)"_s,
                   &detail)) {
        query.bindValue(0, run.workspaceId);
        query.bindValue(1, sqlText(run.filePath));
        query.bindValue(2, run.fileSize);
        query.bindValue(3, MemberRow::timestampValue(run.fileModified));
        query.bindValue(4, json(run.header));
        query.bindValue(5, json(run.settings));
        query.bindValue(6, created.toMSecsSinceEpoch());
        query.bindValue(7, run.planComplete ? 1 : 0);
        query.bindValue(8, sqlText(run.fileChecksum));
        query.bindValue(9, run.dryRunSettings ? QVariant(json(*run.dryRunSettings)) : QVariant());
        query.bindValue(10,
                        sqlText(run.osUser.isEmpty() ? AuditSource::currentActor() : run.osUser));
        if (execSql(query, &detail))
            return query.lastInsertId().toLongLong();
    }
    setError(error, tr("Cannot start an import of %1 in the journal of %2: %3")
                        .arg(run.filePath, m_db.path(), detail));
    return std::nullopt;
}

bool ImportJournal::addRows(qint64 runId, const QList<ImportRowEntry> &rows, QString *error)
{
    StoreTransaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    QSqlQuery query(m_db.connection());
    QString detail;
    if (!prepareSql(query,
                    u"INSERT INTO import_rows (run_id, line, email, cells, draft, plan, state, "
                    "outcome, error, change) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    &detail)) {
        setError(error,
                 tr("Cannot add rows to the import journal of %1: %2").arg(m_db.path(), detail));
        return false;
    }
    for (const ImportRowEntry &row : rows) {
        query.bindValue(0, runId);
        query.bindValue(1, row.line);
        query.bindValue(2, sqlText(row.email));
        query.bindValue(3, json(row.cells));
        query.bindValue(4, row.draft ? QVariant(json(*row.draft)) : QVariant());
        query.bindValue(5, planId(row.plan));
        query.bindValue(6, idOf(StateIds, row.state));
        query.bindValue(7, row.outcome == ImportOutcome::None ? QVariant()
                                                              : QVariant(outcomeId(row.outcome)));
        query.bindValue(8, sqlText(row.error));
        query.bindValue(9, row.change ? QVariant(json(*row.change)) : QVariant());
        if (!execSql(query, &detail)) {
            setError(error, tr("Cannot add line %1 to the import journal of %2: %3")
                                .arg(row.line)
                                .arg(m_db.path(), detail));
            return false;
        }
    }
    return transaction.commit(error);
}

bool ImportJournal::completePlan(qint64 runId, QString *error)
{
    return exec(u"UPDATE import_runs SET plan_complete = 1 WHERE id = ?"_s, {runId}, error,
                tr("Cannot record the plan of import %1 as complete in the import journal of "
                   "%2: %3")
                    .arg(runId));
}

bool ImportJournal::setRunNote(qint64 runId, const QString &note, QString *error)
{
    return exec(
        u"UPDATE import_runs SET note = ? WHERE id = ?"_s, {sqlText(note), runId}, error,
        tr("Cannot record the note of import %1 in the import journal of %2: %3").arg(runId));
}

bool ImportJournal::setRunState(qint64 runId, ImportRunState state, QString *error)
{
    const bool ends = state == ImportRunState::Finished || state == ImportRunState::Cancelled;
    return exec(
        u"UPDATE import_runs SET state = ?, finished_at = ? WHERE id = ?"_s,
        {idOf(RunStateIds, state),
         ends ? QVariant(QDateTime::currentMSecsSinceEpoch()) : QVariant(), runId},
        error,
        tr("Cannot record the state of import %1 in the import journal of %2: %3").arg(runId));
}

std::optional<ImportRunInfo> ImportJournal::run(qint64 runId, QString *error) const
{
    if (!m_db.checkOpen(error))
        return std::nullopt;
    QSqlQuery query(m_db.connection());
    QString detail;
    if (prepareSql(query, u"SELECT "_s + RunColumns + u" FROM import_runs WHERE id = ?"_s,
                   &detail)) {
        query.bindValue(0, runId);
        if (execSql(query, &detail)) {
            if (query.next())
                return runFrom(query);
            detail = tr("there is no import %1").arg(runId);
        }
    }
    setError(
        error,
        tr("Cannot read import %1 from the journal of %2: %3").arg(runId).arg(m_db.path(), detail));
    return std::nullopt;
}

std::optional<QList<ImportRunInfo>> ImportJournal::unfinishedRuns(QString *error) const
{
    if (!m_db.checkOpen(error))
        return std::nullopt;
    QSqlQuery query(m_db.connection());
    QString detail;
    if (prepareSql(query,
                   u"SELECT "_s + RunColumns +
                       u" FROM import_runs WHERE state IN ('planned', 'running') "
                       "AND plan_complete = 1 AND NOT (dry_run_settings IS NOT NULL AND "
                       "state = 'planned') ORDER BY id DESC"_s,
                   &detail) &&
        execSql(query, &detail)) {
        QList<ImportRunInfo> runs;
        while (query.next())
            runs.append(runFrom(query));
        return runs;
    }
    setError(error, tr("Cannot read the import journal of %1: %2").arg(m_db.path(), detail));
    return std::nullopt;
}

std::optional<ImportRunInfo> ImportJournal::unfinishedRun(const QString &workspaceId,
                                                          QString *error) const
{
    const std::optional<QList<ImportRunInfo>> runs = unfinishedRuns(error);
    if (runs) {
        for (const ImportRunInfo &run : *runs) {
            if (run.workspaceId == workspaceId)
                return run;
        }
    }
    return std::nullopt;
}

std::optional<QList<ImportRunSummary>> ImportJournal::runs(const QString &workspaceId, int limit,
                                                           QString *error) const
{
    if (!m_db.checkOpen(error))
        return std::nullopt;
    // The runs wanted, newest first; their rows are counted in one query too.
    QString chosen = u" FROM import_runs"_s;
    QVariantList values;
    if (!workspaceId.isEmpty()) {
        chosen += u" WHERE workspace_id = ?"_s;
        values << workspaceId;
    }
    chosen += u" ORDER BY id DESC"_s;
    if (limit > 0) {
        chosen += u" LIMIT ?"_s;
        values << limit;
    }
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    QString detail;
    const auto execute = [&](const QString &sql) {
        if (!prepareSql(query, sql, &detail))
            return false;
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(int(i), values.at(i));
        return execSql(query, &detail);
    };
    if (execute(u"SELECT "_s + RunColumns + chosen)) {
        QList<ImportRunSummary> runs;
        QHash<qint64, qsizetype> indexOf;
        while (query.next()) {
            indexOf.insert(query.value(0).toLongLong(), runs.size());
            runs.append({runFrom(query), {}});
        }
        if (runs.isEmpty())
            return runs;
        if (execute(
                u"SELECT run_id, plan, state, outcome, count(*) FROM import_rows WHERE run_id IN "
                "(SELECT id"_s +
                chosen + u") GROUP BY run_id, plan, state, outcome"_s)) {
            while (query.next()) {
                // A run begun since the first query is not among those listed.
                const auto found = indexOf.constFind(query.value(0).toLongLong());
                if (found != indexOf.constEnd())
                    addCount(runs[*found].counts, query.value(1), query.value(2), query.value(3),
                             query.value(4).toLongLong());
            }
            return runs;
        }
    }
    setError(
        error,
        tr("Cannot read the import history from the journal of %1: %2").arg(m_db.path(), detail));
    return std::nullopt;
}

bool ImportJournal::setFileChecksum(qint64 runId, const QString &fileChecksum, QString *error)
{
    return exec(u"UPDATE import_runs SET file_checksum = ? WHERE id = ?"_s,
                {sqlText(fileChecksum), runId}, error,
                tr("Cannot record the checksum of the file of import %1 in the import journal "
                   "of %2: %3")
                    .arg(runId));
}

bool ImportJournal::keepDryRun(qint64 runId, const QString &fileChecksum,
                               const QJsonObject &givenSettings, QString *error)
{
    return exec(
        u"UPDATE import_runs SET file_checksum = ?, dry_run_settings = ? WHERE id = ?"_s,
        {sqlText(fileChecksum), json(givenSettings), runId}, error,
        tr("Cannot keep the plan of dry run %1 in the import journal of %2: %3").arg(runId));
}

std::optional<ImportRunInfo> ImportJournal::latestDryRun(const QString &workspaceId,
                                                         QString *error) const
{
    if (!m_db.checkOpen(error))
        return std::nullopt;
    QSqlQuery query(m_db.connection());
    QString detail;
    if (prepareSql(query,
                   u"SELECT "_s + RunColumns +
                       u" FROM import_runs WHERE workspace_id = ? AND dry_run_settings IS NOT "
                       "NULL ORDER BY id DESC LIMIT 1"_s,
                   &detail)) {
        query.bindValue(0, workspaceId);
        if (execSql(query, &detail)) {
            if (query.next())
                return runFrom(query);
            return std::nullopt;
        }
    }
    setError(error, tr("Cannot read the import journal of %1: %2").arg(m_db.path(), detail));
    return std::nullopt;
}

bool ImportJournal::removeWaitingDryRuns(const QString &workspaceId, const QString &filePath,
                                         const QDateTime &staleBefore, qint64 keep, QString *error)
{
    if (!exec(u"DELETE FROM import_runs WHERE dry_run_settings IS NOT NULL AND state = 'planned' "
              "AND id <> ? AND ((workspace_id = ? AND file_path = ?) OR created_at < ?)"_s,
              {keep, workspaceId, sqlText(filePath), staleBefore.toMSecsSinceEpoch()}, error,
              tr("Cannot remove earlier dry runs from the import journal of %1: %2")))
        return false;
    releaseFreePages(m_db.connection());
    return true;
}

std::optional<QList<ImportRowEntry>>
ImportJournal::rows(qint64 runId, std::optional<ImportRowState> state, QString *error) const
{
    QString sql = u"SELECT "_s + RowColumns + u", draft FROM import_rows WHERE run_id = ?"_s;
    QVariantList values{runId};
    if (state) {
        sql += u" AND state = ?"_s;
        values << idOf(StateIds, *state);
    }
    return selectRows(runId, sql + u" ORDER BY line"_s, values, true, error);
}

std::optional<QList<ImportRowEntry>> ImportJournal::selectRows(qint64 runId, const QString &sql,
                                                               const QVariantList &values,
                                                               bool withDraft, QString *error) const
{
    if (!m_db.checkOpen(error))
        return std::nullopt;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    QString detail;
    if (prepareSql(query, sql, &detail)) {
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(int(i), values.at(i));
        if (execSql(query, &detail)) {
            QList<ImportRowEntry> rows;
            while (query.next()) {
                ImportRowEntry row;
                row.line = query.value(0).toLongLong();
                row.email = query.value(1).toString();
                row.cells = stringList(query.value(2).toString());
                row.plan = planFromId(query.value(3).toString()).value_or(ImportPlan::Invalid);
                row.state =
                    valueOf(StateIds, query.value(4).toString()).value_or(ImportRowState::Todo);
                row.outcome =
                    outcomeFromId(query.value(5).toString()).value_or(ImportOutcome::None);
                row.error = query.value(6).toString();
                row.sendingAt = MemberRow::timestampFromValue(query.value(7));
                row.idempotencyKey = query.value(8).toString();
                if (!query.value(9).isNull())
                    row.change =
                        QJsonDocument::fromJson(query.value(9).toString().toUtf8()).object();
                if (withDraft && !query.value(10).isNull())
                    row.draft =
                        QJsonDocument::fromJson(query.value(10).toString().toUtf8()).object();
                rows.append(std::move(row));
            }
            return rows;
        }
    }
    setError(error, tr("Cannot read the rows of import %1 from the journal of %2: %3")
                        .arg(runId)
                        .arg(m_db.path(), detail));
    return std::nullopt;
}

std::optional<QList<ImportRowEntry>> ImportJournal::failedRows(qint64 runId, QString *error) const
{
    // An outcome is written only with state 'done' (finishRow, addRows) and cleared by
    // retryFailed, so the SQL filter is the same as reading the done rows and keeping the failed.
    return selectRows(runId,
                      u"SELECT "_s + RowColumns +
                          u", draft FROM import_rows WHERE run_id = ? AND outcome = 'failed' "
                          "ORDER BY line"_s,
                      {runId}, true, error);
}

std::optional<ImportCounts> ImportJournal::counts(qint64 runId, QString *error) const
{
    if (!m_db.checkOpen(error))
        return std::nullopt;
    QSqlQuery query(m_db.connection());
    QString detail;
    if (prepareSql(query,
                   u"SELECT plan, state, outcome, count(*) FROM import_rows WHERE run_id = ? "
                   "GROUP BY plan, state, outcome"_s,
                   &detail)) {
        query.bindValue(0, runId);
        if (execSql(query, &detail)) {
            ImportCounts counts;
            while (query.next())
                addCount(counts, query.value(0), query.value(1), query.value(2),
                         query.value(3).toLongLong());
            return counts;
        }
    }
    setError(error, tr("Cannot count the rows of import %1 in the journal of %2: %3")
                        .arg(runId)
                        .arg(m_db.path(), detail));
    return std::nullopt;
}

std::optional<QStringList>
ImportJournal::membersOutsideRun(qint64 runId, const QString &workspaceId, QString *error) const
{
    if (!m_db.checkOpen(error))
        return std::nullopt;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    QString detail;
    if (prepareSql(query,
                   u"SELECT email FROM members WHERE workspace_key = (SELECT key FROM workspaces "
                   "WHERE id = ?) AND status NOT IN ('deactivated', 'unlisted') AND email NOT IN "
                   "(SELECT email FROM import_rows WHERE run_id = ? AND email <> '') "
                   "ORDER BY email"_s,
                   &detail)) {
        query.bindValue(0, workspaceId);
        query.bindValue(1, runId);
        if (execSql(query, &detail)) {
            QStringList emails;
            while (query.next())
                emails << query.value(0).toString();
            return emails;
        }
    }
    setError(error, tr("Cannot find the members import %1's file lacks in %2: %3")
                        .arg(runId)
                        .arg(m_db.path(), detail));
    return std::nullopt;
}

bool ImportJournal::markSending(qint64 runId, qint64 line, const QString &idempotencyKey,
                                QString *error, std::optional<ImportPlan> plan,
                                const std::optional<QJsonObject> &change)
{
    return exec(
        u"UPDATE import_rows SET state = 'sending', sending_at = ?, idempotency_key = ?, "
        "plan = coalesce(?, plan), change = coalesce(?, change) WHERE run_id = ? AND line = ?"_s,
        {MemberRow::timestampValue(QDateTime::currentDateTimeUtc()), sqlText(idempotencyKey),
         plan ? QVariant(planId(*plan)) : QVariant(), change ? QVariant(json(*change)) : QVariant(),
         runId, line},
        error,
        tr("Cannot record that line %1 is being sent in the import journal of %2: %3").arg(line));
}

bool ImportJournal::finishRow(qint64 runId, qint64 line, ImportOutcome outcome,
                              const QString &rowError, QString *error,
                              std::optional<ImportPlan> plan)
{
    return exec(
        u"UPDATE import_rows SET state = 'done', outcome = ?, error = ?, plan = coalesce(?, plan) "
        "WHERE run_id = ? AND line = ?"_s,
        {outcomeId(outcome), sqlText(rowError), plan ? QVariant(planId(*plan)) : QVariant(), runId,
         line},
        error,
        tr("Cannot record the outcome of line %1 in the import journal of %2: %3").arg(line));
}

bool ImportJournal::retryFailed(qint64 runId, QString *error)
{
    return exec(u"UPDATE import_rows SET state = 'sending', outcome = NULL, error = '', "
                "sending_at = NULL WHERE run_id = ? AND outcome = 'failed' AND plan IN ('create', "
                "'update', 'reactivate', 'deactivate')"_s,
                {runId}, error,
                tr("Cannot prepare the failed rows of import %1 for a retry in the import journal "
                   "of %2: %3")
                    .arg(runId));
}

bool ImportJournal::removeRun(qint64 runId, QString *error)
{
    if (!exec(u"DELETE FROM import_runs WHERE id = ?"_s, {runId}, error,
              tr("Cannot remove import %1 from the import journal of %2: %3").arg(runId)))
        return false;
    // The run's pages go back to the file system; the file shrinks at the next checkpoint.
    releaseFreePages(m_db.connection());
    return true;
}

std::optional<QList<ImportRowEntry>> ImportJournal::rowPage(qint64 runId, qint64 afterLine,
                                                            int limit, bool failedOnly,
                                                            QString *error) const
{
    const QString sql =
        u"SELECT "_s + RowColumns + u" FROM import_rows WHERE run_id = ? AND line > ?"_s +
        (failedOnly ? u" AND outcome = 'failed'"_s : QString()) + u" ORDER BY line LIMIT ?"_s;
    return selectRows(runId, sql, {runId, afterLine, limit}, false, error);
}
