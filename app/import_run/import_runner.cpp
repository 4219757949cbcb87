#include "import_runner.h"

#include "api_session.h"
#include "api_task.h"
#include "audit_source.h"
#include "draft_json.h"
#include "effective_changes.h"
#include "idempotency_key.h"
#include "import_settings.h"
#include "member_service.h"
#include "picture_loader.h"
#include "request_pacer.h"
#include "row_change.h"
#include "row_decision.h"

#include <QTimer>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 RateWindowMs = 5000;
} // namespace

ImportRunner::ImportRunner(MemberService *service, RosterDatabase &db, qint64 runId,
                           QObject *parent)
    : QObject(parent), m_service(service), m_db(db), m_journal(std::make_unique<ImportJournal>(db)),
      m_runId(runId)
{}

ImportRunner::~ImportRunner()
{
    for (const QPointer<ApiTask> &task : std::as_const(m_tasks)) {
        if (task)
            task->cancel();
    }
}

void ImportRunner::start()
{
    QString error;
    const std::optional<ImportRunInfo> run = m_journal->run(m_runId, &error);
    std::optional<QList<ImportRowEntry>> todo =
        m_journal->rows(m_runId, ImportRowState::Todo, &error);
    const std::optional<QList<ImportRowEntry>> sending =
        todo ? m_journal->rows(m_runId, ImportRowState::Sending, &error) : std::nullopt;
    if (!run || !todo || !sending)
        return QTimer::singleShot(0, this, [this, error] { stop(error); });
    if (const std::optional<ImportSettings> settings =
            ImportSettings::fromJson(run->settings, run->header, &error)) {
        m_mode = settings->mode;
        m_pending = settings->pending;
        m_introduce = settings->introduce;
    }
    QList<std::shared_ptr<Row>> rows;
    auto take = [this, &rows](const QList<ImportRowEntry> &entries) {
        for (const ImportRowEntry &entry : entries) {
            if (!importPlanSends(entry.plan) || !entry.draft)
                continue;
            auto row = std::make_shared<Row>();
            row->entry = entry;
            if (entry.state == ImportRowState::Sending && mayResendWithKey(entry))
                row->idempotencyKey = entry.idempotencyKey;
            else
                row->lookFirst = entry.state == ImportRowState::Sending;
            rows.append(row);
        }
    };
    take(*sending);
    take(*todo);
    std::sort(rows.begin(), rows.end(),
              [](const auto &a, const auto &b) { return a->entry.line < b->entry.line; });
    m_queue.assign(rows.cbegin(), rows.cend());
    m_total = rows.size();
    if (!m_journal->setRunState(m_runId, ImportRunState::Running, &error))
        return QTimer::singleShot(0, this, [this, error] { stop(error); });
    m_running = true;
    m_clock.start();
    Q_EMIT progress(0, m_total);
    if (m_queue.empty())
        return QTimer::singleShot(0, this, &ImportRunner::wrapUp);
    startMore();
}

void ImportRunner::pause()
{
    if (m_paused || !m_running)
        return;
    m_paused = true;
    Q_EMIT pausedChanged(true);
    if (m_inFlight == 0)
        QTimer::singleShot(0, this, [this] {
            if (m_paused && m_inFlight == 0)
                Q_EMIT idle();
        });
}

void ImportRunner::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    Q_EMIT pausedChanged(false);
    startMore();
}

void ImportRunner::cancel()
{
    if (m_cancelled || !m_running)
        return;
    m_cancelled = true;
    m_paused = false;
    startMore();
}

double ImportRunner::rowsPerSecond() const
{
    if (m_recentFinishes.size() < 2)
        return 0;
    const qint64 span = m_recentFinishes.back() - m_recentFinishes.front();
    return span > 0 ? double(m_recentFinishes.size() - 1) * 1000.0 / double(span) : 0;
}

qint64 ImportRunner::secondsLeft() const
{
    const RequestPacer *pacer = m_service->session()->pacer();
    const double rate = pacer ? pacer->effectiveRate() : 0;
    const qint64 left = m_total - m_finished;
    if (rate <= 0)
        return -1;
    return qint64(std::ceil(double(left) / rate));
}

bool ImportRunner::mayResendWithKey(const ImportRowEntry &entry) const
{
    return entry.plan == ImportPlan::Create && !entry.idempotencyKey.isEmpty() &&
           entry.sendingAt.isValid() && m_service->capabilities().honoursIdempotencyKeys() &&
           entry.sendingAt.msecsTo(QDateTime::currentDateTimeUtc()) <
               Capabilities::IdempotencyKeyTrustedMs;
}

void ImportRunner::startMore()
{
    while (!m_stopped && !m_paused && m_inFlight < MaxInFlight && !m_queue.empty()) {
        std::shared_ptr<Row> row = m_queue.front();
        m_queue.pop_front();
        ++m_inFlight;
        process(row);
    }
    if (!m_stopped && m_queue.empty() && m_inFlight == 0)
        wrapUp();
}

void ImportRunner::process(std::shared_ptr<Row> row)
{
    // A create found 'sending' may have landed: on a cancel, look instead of resending.
    if (m_cancelled && row->entry.state == ImportRowState::Sending)
        row->lookFirst = true;
    if (m_cancelled && !row->lookFirst)
        return finishRow(row, ImportOutcome::Skipped,
                         tr("The import was cancelled before this row was sent."));
    if (row->lookFirst)
        return lookUp(row);
    send(row);
}

AuditSourceScope ImportRunner::auditedAsThisRun()
{
    return AuditSourceScope(*m_service, AuditSource::importRun(m_runId));
}

void ImportRunner::track(ApiTask *task)
{
    m_tasks.removeIf([](const QPointer<ApiTask> &t) { return t.isNull(); });
    m_tasks.append(task);
}

void ImportRunner::lookUp(std::shared_ptr<Row> row)
{
    QPointer<ImportRunner> self(this);
    track(m_service->lookup(
        row->entry.email, [self, row](const Result<std::optional<MemberRecord>> &found) {
            if (!self || self->m_stopped)
                return;
            if (!found.ok())
                return self->onFailure(row, found.error);
            row->lookFirst = false;
            const ImportPlan plan = row->entry.plan;
            if (found.value && plan == ImportPlan::Create)
                return self->finishRow(row, ImportOutcome::Created, {}); // it landed before
            if (found.value && plan == ImportPlan::Deactivate &&
                memberIsInactive(found.value->status))
                return self->finishRow(row, ImportOutcome::Deactivated, {});
            if (!found.value && plan != ImportPlan::Create)
                return self->finishRow(row, ImportOutcome::Failed,
                                       tr("%1 is no longer a member.").arg(row->entry.email));
            if (self->m_cancelled)
                return self->finishRow(row, ImportOutcome::Skipped,
                                       tr("The import was cancelled before this row was sent."));
            self->send(row);
        }));
}

void ImportRunner::lookUpExisting(std::shared_ptr<Row> row, const ApiError &conflict)
{
    row->conflictLookedUp = true;
    QPointer<ImportRunner> self(this);
    track(m_service->lookup(
        row->entry.email, [self, row, conflict](const Result<std::optional<MemberRecord>> &found) {
            if (!self || self->m_stopped)
                return;
            if (!found.ok())
                return self->onFailure(row, found.error);
            if (!found.value)
                return self->finishRow(row, ImportOutcome::Failed, conflict.message);
            const MemberDraft draft = DraftJson::fromJson(*row->entry.draft);
            const RowDecision decision = RowDecision::decide(draft, *found.value, self->m_mode,
                                                             self->m_service->capabilities());
            row->entry.plan = decision.plan;
            row->foundExisting = true;
            if (!decision.sends())
                return self->finishRow(row, ImportOutcome::Skipped, decision.note);
            if (self->m_cancelled)
                return self->finishRow(row, ImportOutcome::Skipped,
                                       tr("The import was cancelled before this row was sent."));
            self->send(row);
        }));
}

void ImportRunner::send(std::shared_ptr<Row> row)
{
    if (row->entry.plan == ImportPlan::Create && row->idempotencyKey.isEmpty())
        row->idempotencyKey = newIdempotencyKey();
    QString error;
    if (!m_journal->markSending(m_runId, row->entry.line, row->idempotencyKey, &error,
                                foundPlan(*row), changeNow(*row)))
        return stop(error);
    const MemberDraft draft = DraftJson::fromJson(*row->entry.draft);
    const QString email = row->entry.email;
    QPointer<ImportRunner> self(this);
    const AuditSourceScope source = auditedAsThisRun();
    switch (row->entry.plan) {
    case ImportPlan::Create: {
        NewMember member = DraftJson::newMember(draft, m_pending, m_introduce);
        member.idempotencyKey = row->idempotencyKey;
        return withPicture(row, member.picture, [this, self, row, member](const QString &picture) {
            NewMember withPicture = member;
            withPicture.picture = picture;
            const AuditSourceScope source = auditedAsThisRun();
            track(m_service->create(withPicture, [self, row](const Result<MemberRecord> &created) {
                if (!self || self->m_stopped)
                    return;
                if (!created.ok())
                    return self->onFailure(row, created.error);
                ++self->m_created;
                self->finishRow(row, ImportOutcome::Created, {});
            }));
        });
    }
    case ImportPlan::Reactivate:
        return track(
            m_service->reactivate(email, [self, row](const Result<MemberRecord> &reactivated) {
                if (!self || self->m_stopped)
                    return;
                if (!reactivated.ok())
                    return self->onFailure(row, reactivated.error);
                if (!ImportSettings::updatesFields(self->m_mode))
                    return self->finishRow(row, ImportOutcome::Reactivated, {});
                self->sendUpdate(row, reactivated.value, ImportOutcome::Reactivated);
            }));
    case ImportPlan::Deactivate:
        return deactivate(row);
    case ImportPlan::Update: {
        const std::optional<MemberRecord> stored = m_service->storedMember(email, &error);
        if (!stored)
            return finishRow(row, ImportOutcome::Failed,
                             error.isEmpty() ? tr("%1 is no longer a member.").arg(email) : error);
        return sendUpdate(row, *stored, ImportOutcome::Updated);
    }
    default:
        return finishRow(row, ImportOutcome::Skipped, {});
    }
}

std::optional<MemberChanges> ImportRunner::changesToSend(const Row &row,
                                                         const MemberRecord &stored) const
{
    if (m_mode != ImportSettings::Mode::Undo)
        return DraftJson::changes(DraftJson::fromJson(*row.entry.draft), stored,
                                  m_service->capabilities().editableFields());
    if (!row.entry.change)
        return std::nullopt;
    const MemberChanges changes =
        EffectiveChanges::against(RowChange::fromJson(*row.entry.change).after, stored);
    return changes.isEmpty() ? std::nullopt : std::optional(changes);
}

void ImportRunner::deactivate(std::shared_ptr<Row> row)
{
    // Only an undo changes fields before it deactivates: it puts back what a reactivation set.
    QString error;
    const std::optional<MemberRecord> stored =
        m_mode == ImportSettings::Mode::Undo ? m_service->storedMember(row->entry.email, &error)
                                             : std::nullopt;
    const std::optional<MemberChanges> changes =
        stored ? changesToSend(*row, *stored) : std::nullopt;
    QPointer<ImportRunner> self(this);
    auto deactivate = [self, row] {
        if (!self || self->m_stopped)
            return;
        const AuditSourceScope source = self->auditedAsThisRun();
        self->track(self->m_service->deactivate(
            row->entry.email, [self, row](const Result<MemberRecord> &deactivated) {
                if (!self || self->m_stopped)
                    return;
                if (!deactivated.ok())
                    return self->onFailure(row, deactivated.error);
                self->finishRow(row, ImportOutcome::Deactivated, {});
            }));
    };
    if (!changes)
        return deactivate();
    const AuditSourceScope source = auditedAsThisRun();
    track(m_service->update(row->entry.email, *changes,
                            [self, row, deactivate](const Result<MemberRecord> &updated) {
                                if (!self || self->m_stopped)
                                    return;
                                if (!updated.ok())
                                    return self->onFailure(row, updated.error);
                                deactivate();
                            }));
}

std::optional<QJsonObject> ImportRunner::changeNow(const Row &row) const
{
    // A create changes nobody yet; an undo's rows carry the change found when it was planned.
    const ImportPlan plan = row.entry.plan;
    if (plan == ImportPlan::Create || m_mode == ImportSettings::Mode::Undo)
        return std::nullopt;
    QString error;
    const std::optional<MemberRecord> stored = m_service->storedMember(row.entry.email, &error);
    if (!stored)
        return std::nullopt; // the plan's change stands; the send will tell whether they are there
    const std::optional<MemberChanges> changes =
        plan != ImportPlan::Deactivate && ImportSettings::updatesFields(m_mode)
            ? changesToSend(row, *stored)
            : std::nullopt;
    const std::optional<MemberStatus> state =
        plan == ImportPlan::Deactivate   ? std::optional(MemberStatus::Deactivated)
        : plan == ImportPlan::Reactivate ? std::optional(MemberStatus::Active)
                                         : std::nullopt;
    return RowChange::of(*stored, changes, state).toJson();
}

void ImportRunner::sendUpdate(std::shared_ptr<Row> row, const MemberRecord &stored,
                              ImportOutcome outcome)
{
    const std::optional<MemberChanges> changes = changesToSend(*row, stored);
    if (!changes) {
        if (row->foundExisting && outcome != ImportOutcome::Reactivated)
            row->entry.plan = ImportPlan::Unchanged;
        return finishRow(
            row, outcome == ImportOutcome::Reactivated ? outcome : ImportOutcome::Skipped,
            outcome == ImportOutcome::Reactivated
                ? QString()
                : tr("%1 is a member already, as the row has them.").arg(row->entry.email));
    }
    QPointer<ImportRunner> self(this);
    const QString picture = changes->picture.value_or(QString());
    withPicture(row, picture, [this, self, row, outcome, changes](const QString &dataUri) {
        MemberChanges sent = *changes;
        if (sent.picture)
            sent.picture = dataUri;
        const AuditSourceScope source = auditedAsThisRun();
        track(m_service->update(row->entry.email, sent,
                                [self, row, outcome](const Result<MemberRecord> &updated) {
                                    if (!self || self->m_stopped)
                                        return;
                                    if (!updated.ok())
                                        return self->onFailure(row, updated.error);
                                    self->finishRow(row, outcome, {});
                                }));
    });
}

void ImportRunner::withPicture(const std::shared_ptr<Row> &row, const QString &path,
                               std::function<void(const QString &dataUri)> send)
{
    if (path.isEmpty())
        return send(QString());
    PictureLoader::load(
        this, path,
        [this, row, send = std::move(send)](const QString &dataUri, const QString &error) {
            if (m_stopped)
                return;
            if (dataUri.isEmpty())
                return finishRow(row, ImportOutcome::Failed, error);
            send(dataUri);
        });
}

void ImportRunner::onFailure(const std::shared_ptr<Row> &row, const ApiError &error)
{
    if (error.kind == ApiErrorKind::Conflict && row->entry.plan == ImportPlan::Create &&
        !row->conflictLookedUp)
        return lookUpExisting(row, error);
    if (error.outcomeUnknown)
        return finishRow(row, ImportOutcome::Failed,
                         error.message + u' ' +
                             tr("The provider may have carried it out: retrying this row looks "
                                "the member up first."));
    finishRow(row, ImportOutcome::Failed, error.message);
}

void ImportRunner::finishRow(const std::shared_ptr<Row> &row, ImportOutcome outcome,
                             const QString &error)
{
    QString reason = error;
    if (reason.isEmpty() && row->foundExisting && outcome == ImportOutcome::Updated)
        reason = tr("%1 was a member already: updated instead of created.").arg(row->entry.email);
    else if (reason.isEmpty() && row->foundExisting && outcome == ImportOutcome::Reactivated)
        reason =
            tr("%1 was a member already: reactivated instead of created.").arg(row->entry.email);
    QString journalError;
    if (!m_journal->finishRow(m_runId, row->entry.line, outcome, reason, &journalError,
                              foundPlan(*row)))
        return stop(journalError);
    ++m_finished;
    if (outcome == ImportOutcome::Failed)
        ++m_failed;
    const qint64 now = m_clock.elapsed();
    m_recentFinishes.push_back(now);
    while (!m_recentFinishes.empty() && m_recentFinishes.front() < now - RateWindowMs)
        m_recentFinishes.pop_front();
    Q_EMIT rowFinished(row->entry.line, outcome, reason);
    Q_EMIT progress(m_finished, m_total);
    endOne();
}

std::optional<ImportPlan> ImportRunner::foundPlan(const Row &row)
{
    return row.foundExisting ? std::optional(row.entry.plan) : std::nullopt;
}

void ImportRunner::endOne()
{
    --m_inFlight;
    if (m_paused && m_inFlight == 0)
        Q_EMIT idle();
    // On the next turn: a long queue of rows that end without a request must not recurse.
    QTimer::singleShot(0, this, &ImportRunner::startMore);
}

void ImportRunner::wrapUp()
{
    if (!m_running || m_stopped)
        return;
    m_running = false;
    auto finish = [this] {
        QString error;
        if (!m_journal->setRunState(
                m_runId, m_cancelled ? ImportRunState::Cancelled : ImportRunState::Finished,
                &error))
            return stop(error);
        Q_EMIT finished();
    };
    // Heartbeat's creates answered no ids (see NewMember::readBack): one listing brings them.
    if (m_created > 0 && m_service->workspace().provider == Provider::Heartbeat &&
        m_service->capabilities().supports(MemberOperation::List)) {
        QPointer<ImportRunner> self(this);
        const AuditSourceScope source = auditedAsThisRun();
        track(m_service->sync([self, finish](const Result<SyncSummary> &) {
            if (self)
                finish();
        }));
        return;
    }
    finish();
}

void ImportRunner::stop(const QString &error)
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_running = false;
    Q_EMIT failed(error);
}
