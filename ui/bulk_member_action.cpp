#include "bulk_member_action.h"

#include "audit_source.h"
#include "email_check.h"
#include "member_service.h"

#include <QPointer>
#include <QSet>
#include <QTimer>

namespace {
QStringList distinctAddresses(const QStringList &emails)
{
    QStringList addresses;
    QSet<QString> seen;
    for (const QString &email : emails) {
        const QString address = EmailCheck::normalized(email);
        if (!address.isEmpty() && !seen.contains(address)) {
            seen.insert(address);
            addresses << address;
        }
    }
    return addresses;
}
} // namespace

BulkMemberAction::BulkMemberAction(MemberService *service, MemberAction action,
                                   const QStringList &emails, QObject *parent)
    : BulkMemberAction(service, action, NamedRef{}, emails, parent)
{}

BulkMemberAction::BulkMemberAction(MemberService *service, MemberAction action,
                                   const NamedRef &group, const QStringList &emails,
                                   QObject *parent)
    : QObject(parent), m_service(service), m_action(action), m_group(group),
      m_emails(distinctAddresses(emails))
{
    // A group takes one call at a time: its batches are large, and each reads the group back.
    if (isGroupAction(action))
        m_maxInFlight = 1;
}

BulkMemberAction::~BulkMemberAction()
{
    const QList<QPointer<ApiTask>> tasks = m_tasks.values();
    m_inFlight.clear();
    m_tasks.clear();
    for (const QPointer<ApiTask> &task : tasks) {
        if (task)
            task->cancel();
    }
}

void BulkMemberAction::holdWorkspaceLock(RosterDatabase &db)
{
    m_database = &db;
}

bool BulkMemberAction::start(QString *refusal)
{
    if (m_running || m_started)
        return false;
    if (!takeLock(total(), refusal))
        return false;
    run(m_emails);
    return true;
}

bool BulkMemberAction::retryFailed(QString *refusal)
{
    if (m_running || m_failures.isEmpty())
        return false;
    if (!takeLock(int(m_failures.size()), refusal))
        return false;
    QStringList failed;
    for (const BulkFailure &failure : std::as_const(m_failures))
        failed << failure.email;
    run(failed);
    return true;
}

bool BulkMemberAction::takeLock(int members, QString *refusal)
{
    if (!m_database || !m_service)
        return true;
    const Workspace &workspace = m_service->workspace();
    if (!m_lock)
        m_lock = std::make_unique<WorkspaceLock>(*m_database, workspace.id);
    WorkspaceLockHolder holder;
    QString error;
    const auto refuse = [refusal](const QString &why) {
        if (refusal)
            *refusal = why;
        return false;
    };
    switch (m_lock->tryTake(WorkspaceWork::BulkAction, lockSubject(members), &holder, &error)) {
    case WorkspaceLock::Outcome::Taken:
        return true;
    case WorkspaceLock::Outcome::Held:
        return refuse(refusalWhileHeld(holder, workspace.name));
    case WorkspaceLock::Outcome::Failed:
        break;
    }
    return refuse(error);
}

QString BulkMemberAction::refusalWhileHeld(const WorkspaceLockHolder &holder,
                                           const QString &workspaceName)
{
    return tr("%1 Nothing was sent: try again once it has ended.")
        .arg(holder.describe(workspaceName));
}

QString BulkMemberAction::lockSubject(int members) const
{
    switch (m_action) {
    case MemberAction::Deactivate:
        return tr("deactivating %n members", nullptr, members);
    case MemberAction::Reactivate:
        return tr("reactivating %n members", nullptr, members);
    case MemberAction::AddToGroup:
        return tr("adding %n members to %1", nullptr, members).arg(groupName());
    case MemberAction::RemoveFromGroup:
        break;
    }
    return tr("removing %n members from %1", nullptr, members).arg(groupName());
}

void BulkMemberAction::run(const QStringList &emails)
{
    m_started = true;
    m_running = true;
    m_cancelled = false;
    m_emails = emails;
    m_next = 0;
    m_succeeded = 0;
    m_interrupted = 0;
    m_failures.clear();
    Q_EMIT progressChanged(0, total());
    // An empty run, too, ends on the next turn and not inside start().
    QTimer::singleShot(0, this, &BulkMemberAction::startMore);
}

void BulkMemberAction::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    const QList<QPointer<ApiTask>> tasks = m_tasks.values();
    for (const QPointer<ApiTask> &task : tasks) {
        if (task)
            task->cancel();
    }
    if (m_inFlight.isEmpty())
        QTimer::singleShot(0, this, &BulkMemberAction::startMore);
}

void BulkMemberAction::startMore()
{
    if (!m_running)
        return;
    const qsizetype batchSize = isGroupAction(m_action) ? GroupBatch : 1;
    while (!m_cancelled && m_service && m_inFlight.size() < m_maxInFlight &&
           m_next < m_emails.size()) {
        const QStringList batch = m_emails.mid(m_next, batchSize);
        m_next += batch.size();
        startBatch(batch);
    }
    if (m_inFlight.isEmpty() && (m_cancelled || !m_service || m_next >= m_emails.size())) {
        m_running = false;
        if (m_lock)
            m_lock->release();
        Q_EMIT finished();
    }
}

void BulkMemberAction::startBatch(const QStringList &emails)
{
    const int batch = ++m_lastBatch;
    m_inFlight.insert(batch, emails);
    ApiTask *task = callFor(batch, emails);
    m_tasks.insert(batch, task);
    // The callback runs before finished(); a task cancelled between two calls ends without it.
    connect(task, &ApiTask::finished, this, [this, batch] { endBatch(batch); });
}

ApiTask *BulkMemberAction::callFor(int batch, const QStringList &emails)
{
    QPointer<BulkMemberAction> self(this);
    auto memberDone = [self, batch](const Result<MemberRecord> &result) {
        if (self)
            self->onMemberResult(batch, result);
    };
    auto groupDone = [self, batch](const Result<QStringList> &notAsAsked) {
        if (self)
            self->onGroupResult(batch, notAsAsked);
    };
    const AuditSourceScope source(*m_service, AuditSource::bulkAction());
    switch (m_action) {
    case MemberAction::Deactivate:
        return m_service->deactivate(emails.first(), memberDone);
    case MemberAction::Reactivate:
        return m_service->reactivate(emails.first(), memberDone);
    case MemberAction::AddToGroup:
        return m_service->addToGroup(m_group, emails, groupDone);
    case MemberAction::RemoveFromGroup:
        break;
    }
    return m_service->removeFromGroup(m_group, emails, groupDone);
}

void BulkMemberAction::onMemberResult(int batch, const Result<MemberRecord> &result)
{
    if (!m_inFlight.contains(batch))
        return;
    const QString email = m_inFlight.take(batch).value(0);
    m_tasks.remove(batch);
    if (result.ok()) {
        ++m_succeeded;
        m_succeededEmails << email;
        Q_EMIT memberChanged(result.value);
    } else if (result.error.kind == ApiErrorKind::Cancelled) {
        ++m_interrupted;
    } else {
        fail(email, result.error);
    }
    batchDone();
}

void BulkMemberAction::onGroupResult(int batch, const Result<QStringList> &notAsAsked)
{
    if (!m_inFlight.contains(batch))
        return;
    const QStringList emails = m_inFlight.take(batch);
    m_tasks.remove(batch);
    if (notAsAsked.error.kind == ApiErrorKind::Cancelled) {
        m_interrupted += int(emails.size());
        return batchDone();
    }
    const QString provider = providerDisplayName(m_service->workspace().provider);
    // Heartbeat skips addresses that are not members without a word: the group read back tells.
    const ApiError notDone =
        ApiError::make(ApiErrorKind::Validation,
                       m_action == MemberAction::AddToGroup
                           ? tr("%1 did not add them to %2: not a member of the community?")
                                 .arg(provider, groupName())
                           : tr("%1 still lists them in %2.").arg(provider, groupName()));
    for (const QString &email : emails) {
        if (!notAsAsked.ok())
            fail(email, notAsAsked.error);
        else if (notAsAsked.value.contains(email))
            fail(email, notDone);
        else {
            ++m_succeeded;
            m_succeededEmails << email;
        }
    }
    batchDone();
}

void BulkMemberAction::fail(const QString &email, const ApiError &error)
{
    m_failures.append({email, error});
    Q_EMIT memberFailed(email, error.message);
}

void BulkMemberAction::batchDone()
{
    Q_EMIT progressChanged(finishedCount(), total());
    // The next call starts on the next turn, once this task has ended.
    QTimer::singleShot(0, this, &BulkMemberAction::startMore);
}

void BulkMemberAction::endBatch(int batch)
{
    if (!m_inFlight.contains(batch))
        return;
    m_interrupted += int(m_inFlight.take(batch).size());
    m_tasks.remove(batch);
    batchDone();
}

MemberAction BulkMemberAction::inverse(MemberAction action)
{
    switch (action) {
    case MemberAction::Deactivate:
        return MemberAction::Reactivate;
    case MemberAction::Reactivate:
        return MemberAction::Deactivate;
    case MemberAction::AddToGroup:
        return MemberAction::RemoveFromGroup;
    case MemberAction::RemoveFromGroup:
        break;
    }
    return MemberAction::AddToGroup;
}
