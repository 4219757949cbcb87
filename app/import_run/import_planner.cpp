#include "import_planner.h"

#include "api_task.h"
#include "capabilities.h"
#include "draft_json.h"
#include "email_check.h"
#include "import_requirements.h"
#include "member_repository.h"
#include "member_service.h"
#include "roster_database.h"
#include "row_decision.h"
#include "run_checksum.h"
#include "sqlite_email_lines.h"

#include <QFileInfo>
#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// Rows written to the journal in one transaction.
constexpr int BatchSize = 2000;
} // namespace

ImportPlanner::ImportPlanner(MemberService *service, RosterDatabase &db,
                             const ImportSettings &settings, QObject *parent)
    : QObject(parent), m_service(service), m_db(db), m_settings(settings),
      m_roster(std::make_unique<MemberRepository>(db)),
      m_journal(std::make_unique<ImportJournal>(db)), m_rows(settings.filePath, settings.csv)
{}

ImportPlanner::~ImportPlanner() = default;

void ImportPlanner::fail(const QString &error)
{
    if (m_stopped)
        return;
    m_stopped = true;
    for (const QPointer<ApiTask> &task : std::as_const(m_tasks)) {
        if (task)
            task->cancel();
    }
    QString ignored;
    if (m_runId != 0)
        m_journal->removeRun(m_runId, &ignored);
    m_runId = 0;
    Q_EMIT failed(error);
}

void ImportPlanner::failOnInput(const QString &error)
{
    if (!m_stopped)
        m_failure = Failure::Input;
    fail(error);
}

void ImportPlanner::failAtProvider(const QString &error, ApiErrorKind kind)
{
    if (!m_stopped) {
        m_failure = Failure::Provider;
        m_providerError = kind;
    }
    fail(error);
}

void ImportPlanner::cancel()
{
    fail(tr("The dry run was cancelled."));
}

bool ImportPlanner::openFile(QString *error)
{
    if (!m_rows.open(error))
        return false;
    m_format = m_rows.format();
    m_header = m_rows.header();
    return true;
}

bool ImportPlanner::prepareMapping(QString *error)
{
    const ColumnMapping &mapping = m_settings.mapping;
    if (mapping.columnCount() != m_header.size()) {
        *error = tr("%1 has %n column(s) now, not the %2 that were mapped: map them again.",
                    nullptr, int(m_header.size()))
                     .arg(m_settings.filePath, QString::number(mapping.columnCount()));
        return false;
    }
    const Provider provider = m_service->workspace().provider;
    if (const QStringList missing =
            ImportRequirements::missingFields(provider, mapping, emailsOnly());
        !missing.isEmpty()) {
        *error = missing.join(u' ');
        return false;
    }
    m_ignoredColumns = ImportRequirements::ignoredColumns(provider, mapping, m_header);
    return true;
}

void ImportPlanner::start()
{
    QString error;
    if (!openFile(&error) || !prepareMapping(&error))
        return QTimer::singleShot(0, this, [this, error] { failOnInput(error); });
    Q_EMIT progress(Phase::Preparing, 0, -1);
    // Roles, groups and the listing are each a round trip: asked for at once, they cost one.
    ++m_preparing;
    if (ImportRequirements::uses(m_service->workspace().provider, ImportField::Role)) {
        loadRoles();
        loadGroups();
    }
    refreshRoster();
    prepared();
}

void ImportPlanner::prepared()
{
    if (--m_preparing == 0 && !m_stopped)
        beginReading();
}

void ImportPlanner::loadRoles()
{
    ++m_preparing;
    m_tasks.append(m_service->roles([this](const Result<QList<NamedRef>> &roles) {
        if (m_stopped)
            return;
        if (!roles.ok())
            return failAtProvider(
                tr("Cannot read the community's roles: %1").arg(roles.error.message),
                roles.error.kind);
        for (const NamedRef &role : roles.value)
            m_roles.append(RoleChoice{role.id, role.name});
        prepared();
    }));
}

void ImportPlanner::loadGroups()
{
    ++m_preparing;
    m_tasks.append(m_service->groups([this](const Result<QList<NamedRef>> &groups) {
        if (m_stopped)
            return;
        if (!groups.ok())
            return failAtProvider(
                tr("Cannot read the community's groups: %1").arg(groups.error.message),
                groups.error.kind);
        for (const NamedRef &group : groups.value) {
            m_groupIds.insert(group.name.toCaseFolded(), group.id);
            m_groupIds.insert(group.id.toCaseFolded(), group.id);
            m_groupNames.insert(group.id, group.name);
        }
        prepared();
    }));
}

void ImportPlanner::refreshRoster()
{
    if (!m_service->capabilities().supports(MemberOperation::List))
        return;
    ++m_preparing;
    m_tasks.append(m_service->sync([this](const Result<SyncSummary> &synced) {
        if (m_stopped)
            return;
        if (!synced.ok())
            return failAtProvider(
                tr("Cannot read the community's members to compare the file with: %1")
                    .arg(synced.error.message),
                synced.error.kind);
        m_listingComplete = synced.value.complete;
        m_whyIncomplete = synced.value.whyIncomplete;
        prepared();
    }));
}

void ImportPlanner::beginReading()
{
    ImportRunInfo run;
    run.workspaceId = m_service->workspace().id;
    const QFileInfo info(m_settings.filePath);
    run.filePath = info.absoluteFilePath();
    run.fileSize = info.size();
    run.fileModified = info.lastModified().toUTC();
    run.header = m_header;
    ImportSettings settings = m_settings;
    // The format as detected, so that a resumed run reads the file exactly so.
    settings.csv = m_format.toOptions();
    run.settings = settings.toJson();
    run.planComplete = false;
    QString error;
    const std::optional<qint64> id = m_journal->createRun(run, &error);
    if (!id)
        return fail(error);
    m_runId = *id;
    m_rows.startValidating(m_service->workspace().provider, m_settings.mapping, m_roles);
    m_rows.setEmailsOnly(emailsOnly());
    // A million addresses would take ~56 MB in memory: on disk, the peak stays flat. Where no
    // temporary file can be made, they stay in memory.
    m_emailLines = std::make_unique<SqliteEmailLines>();
    if (m_emailLines->open(&error))
        m_rows.setEmailStore(m_emailLines.get());
    else
        m_emailLines.reset();
    readSlice();
}

void ImportPlanner::readSlice()
{
    if (m_stopped)
        return;
    m_readingDone = !m_rows.readSlice([this](const ValidatedRow &row) {
        if (row.outcome == ValidatedRow::Outcome::Valid)
            return planValidRow(row);
        ImportRowEntry entry;
        entry.line = row.line();
        entry.cells = row.record.fields();
        entry.state = ImportRowState::Done;
        if (row.outcome == ValidatedRow::Outcome::Blank) {
            entry.plan = ImportPlan::Blank;
            entry.outcome = ImportOutcome::Skipped;
            entry.error = tr("The row is empty.");
        } else {
            entry.plan = ImportPlan::Invalid;
            entry.outcome = ImportOutcome::Failed;
            entry.error = row.errorText();
            // A member whose row is wrong is still in the file: a mirror keeps them.
            entry.email = EmailCheck::normalized(
                row.record.field(m_settings.mapping.columnOf(ImportField::Email)));
        }
        keep(std::move(entry));
    });
    if (m_emailLines && !m_emailLines->error().isEmpty())
        return fail(tr("Cannot keep the file's emails for finding duplicates: %1")
                        .arg(m_emailLines->error()));
    if (!flush())
        return;
    Q_EMIT progress(Phase::Reading, m_rows.bytePosition(), m_rows.totalBytes());
    if (!m_readingDone)
        return QTimer::singleShot(0, this, &ImportPlanner::readSlice);
    if (const std::optional<QString> stopped = m_rows.stopReason())
        return failOnInput(*stopped);
    m_lookupsTotal = qint64(m_toLookUp.size());
    lookUpMore();
}

bool ImportPlanner::emailsOnly() const
{
    return !ImportSettings::createsMembers(m_settings.mode);
}

bool ImportPlanner::wouldCreate(const MemberDraft &draft) const
{
    return ImportSettings::createsMembers(m_settings.mode) &&
           RowDecision::wantedState(draft, m_settings.mode) != MemberStatus::Deactivated;
}

void ImportPlanner::planNotAMember(ImportRowEntry &entry, const MemberDraft &draft) const
{
    if (wouldCreate(draft)) {
        entry.plan = ImportPlan::Create;
        entry.change = RowChange::creation().toJson();
        return;
    }
    entry.state = ImportRowState::Done;
    if (ImportSettings::createsMembers(m_settings.mode)) {
        entry.plan = ImportPlan::Unchanged;
        entry.outcome = ImportOutcome::Skipped;
        entry.error = tr("%1 is not a member: there is nobody to deactivate.").arg(draft.email);
        return;
    }
    // A list of members to deactivate or reactivate names someone who is not one: a typo, or
    // the wrong list. Reported with the failed rows.
    entry.plan = ImportPlan::Invalid;
    entry.outcome = ImportOutcome::Failed;
    entry.error = tr("%1 is not a member of %2.").arg(draft.email, m_service->workspace().name);
}

void ImportPlanner::planValidRow(const ValidatedRow &row)
{
    ++m_validRows;
    MemberDraft draft = m_rows.draft(row);
    ImportRowEntry entry;
    entry.line = row.line();
    entry.email = draft.email;
    entry.cells = row.record.fields();
    if (!resolveGroups(entry, draft))
        return keep(std::move(entry));
    MemberRecord stored;
    QString error;
    switch (m_roster->findByEmail(m_service->workspace().id, draft.email, &stored, &error)) {
    case MemberRepository::Lookup::Found:
        decide(entry, draft, stored);
        return keep(std::move(entry));
    case MemberRepository::Lookup::Failed:
        return fail(error);
    case MemberRepository::Lookup::NotFound:
        break;
    }
    // Where the provider lists, the roster is complete. Where it cannot, only a look-up tells
    // whether the member is there, which only a dry run shown to the user needs: a run sends
    // the create, and the provider's "exists already" leads to the one look-up (ImportRunner).
    // A row that would not create its member is always looked up.
    const bool creates = wouldCreate(draft);
    if ((!m_lookUpUnknownRows && creates) ||
        m_service->capabilities().supports(MemberOperation::List)) {
        planNotAMember(entry, draft);
        return keep(std::move(entry));
    }
    m_toLookUp.push_back({std::move(entry), draft});
}

bool ImportPlanner::resolveGroups(ImportRowEntry &entry, MemberDraft &draft) const
{
    QStringList unknown;
    for (const QString &group : std::as_const(draft.groups)) {
        const QString id = m_groupIds.value(group.toCaseFolded());
        (id.isEmpty() ? unknown : draft.groupIds) << (id.isEmpty() ? group : id);
    }
    if (!unknown.isEmpty()) {
        entry.plan = ImportPlan::Invalid;
        entry.state = ImportRowState::Done;
        entry.outcome = ImportOutcome::Failed;
        QStringList quoted;
        for (const QString &name : std::as_const(unknown))
            quoted << tr("“%1”", "a group's name in quotes").arg(name);
        entry.error = tr("the community has no group named %1", nullptr, int(unknown.size()))
                          .arg(QLocale().createSeparatedList(quoted));
        return false;
    }
    entry.draft = DraftJson::toJson(draft);
    return true;
}

void ImportPlanner::decide(ImportRowEntry &entry, const MemberDraft &draft,
                           const MemberRecord &stored) const
{
    RowDecision::decide(draft, stored, m_settings.mode, m_service->capabilities(), m_groupNames)
        .into(entry);
}

void ImportPlanner::keep(ImportRowEntry entry)
{
    m_batch.append(std::move(entry));
    if (m_batch.size() >= BatchSize)
        flush();
}

bool ImportPlanner::flush()
{
    if (m_batch.isEmpty() || m_stopped)
        return !m_stopped;
    QString error;
    if (!m_journal->addRows(m_runId, m_batch, &error)) {
        fail(error);
        return false;
    }
    m_batch.clear();
    return true;
}

void ImportPlanner::lookUpMore()
{
    if (m_stopped)
        return;
    while (!m_toLookUp.empty() && m_lookupsInFlight < LookupsInFlight) {
        auto pending = std::make_shared<Pending>(std::move(m_toLookUp.front()));
        m_toLookUp.pop_front();
        ++m_lookupsInFlight;
        m_tasks.append(m_service->lookup(
            pending->draft.email,
            [this, pending](const Result<std::optional<MemberRecord>> &found) {
                if (m_stopped)
                    return;
                --m_lookupsInFlight;
                ++m_lookupsDone;
                if (found.ok() && found.value)
                    decide(pending->entry, pending->draft, *found.value);
                else if (found.ok() || wouldCreate(pending->draft))
                    planNotAMember(pending->entry, pending->draft); // a failed look-up: the
                                                                    // create call will tell
                else
                    return failAtProvider(
                        tr("Cannot look up %1: %2").arg(pending->draft.email, found.error.message),
                        found.error.kind);
                keep(std::move(pending->entry));
                Q_EMIT progress(Phase::LookingUp, m_lookupsDone, m_lookupsTotal);
                lookUpMore();
            }));
    }
    m_tasks.removeIf([](const QPointer<ApiTask> &task) { return task.isNull(); });
    if (m_toLookUp.empty() && m_lookupsInFlight == 0)
        finishPlanning();
}

bool ImportPlanner::planAbsentMembers()
{
    const Capabilities &can = m_service->capabilities();
    QString note;
    if (m_validRows == 0)
        note = tr("The file has no valid rows: a mirror deactivates nobody.");
    else if (can.supports(MemberOperation::List) && !m_listingComplete)
        note = tr("The members' listing was not complete, so Roster cannot tell who the file "
                  "lacks: a mirror deactivates nobody. %1")
                   .arg(m_whyIncomplete);
    if (!note.isEmpty())
        return keepNote(note.trimmed());
    if (!flush())
        return false;
    QString error;
    const QString workspaceId = m_service->workspace().id;
    const std::optional<QStringList> absent =
        m_journal->membersOutsideRun(m_runId, workspaceId, &error);
    if (!absent) {
        fail(error);
        return false;
    }
    qint64 line = ImportRowEntry::FirstOutsideLine;
    for (const QString &email : *absent) {
        MemberRecord stored;
        if (m_roster->findByEmail(workspaceId, email, &stored, &error) !=
            MemberRepository::Lookup::Found) {
            fail(error);
            return false;
        }
        ImportRowEntry entry;
        entry.line = line++;
        entry.email = email;
        // The row the file lacks, as its columns would hold it: the failed-rows file names them.
        entry.cells = QStringList(m_header.size(), QString());
        if (const qsizetype column = m_settings.mapping.columnOf(ImportField::Email); column >= 0)
            entry.cells[column] = email;
        entry.draft = DraftJson::ofEmail(email);
        const RowDecision decision = stored.isAdmin
                                         ? RowDecision{ImportPlan::Unchanged,
                                                       tr("%1 is an admin of the community: a "
                                                          "mirror never deactivates an admin.")
                                                           .arg(email),
                                                       {}}
                                         : RowDecision::absent(stored, can);
        decision.into(entry);
        keep(std::move(entry));
    }
    if (!can.supports(MemberOperation::List))
        note = tr("%1 cannot list its members: only those Roster has seen can be compared with "
                  "the file.")
                   .arg(providerDisplayName(can.provider));
    return note.isEmpty() || keepNote(note);
}

bool ImportPlanner::keepNote(const QString &note)
{
    QString error;
    if (m_journal->setRunNote(m_runId, note, &error))
        return true;
    fail(error);
    return false;
}

void ImportPlanner::finishPlanning()
{
    if (m_settings.mode == ImportSettings::Mode::Mirror && !planAbsentMembers())
        return;
    if (!flush())
        return;
    QString error;
    if (!m_journal->completePlan(m_runId, &error))
        return fail(error);
    // The file's checksum for the import history, read off the event loop; then the plan is in.
    RunChecksum::record(m_db, m_runId, this, [this] {
        if (m_stopped)
            return;
        m_stopped = true;
        Q_EMIT finished(m_runId);
    });
}
