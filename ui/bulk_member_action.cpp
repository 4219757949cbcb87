#include "bulk_member_action.h"

#include "email_address.h"
#include "email_check.h"
#include "member_service.h"

#include <QPointer>
#include <QSet>
#include <QTimer>

BulkMemberAction::BulkMemberAction(MemberService *service, MemberAction action,
                                   const QStringList &emails, QObject *parent)
    : QObject(parent), m_service(service), m_action(action)
{
    QSet<QString> seen;
    for (const QString &email : emails) {
        const QString address = EmailCheck::normalized(email);
        if (!address.isEmpty() && !seen.contains(address)) {
            seen.insert(address);
            m_emails << address;
        }
    }
}

BulkMemberAction::~BulkMemberAction()
{
    const QList<ApiTask *> tasks = m_inFlight.keys();
    m_inFlight.clear();
    for (ApiTask *task : tasks)
        task->cancel();
}

void BulkMemberAction::start()
{
    if (m_running || m_started)
        return;
    run(m_emails);
}

void BulkMemberAction::retryFailed()
{
    if (m_running || m_failures.isEmpty())
        return;
    QStringList failed;
    for (const BulkFailure &failure : std::as_const(m_failures))
        failed << failure.email;
    run(failed);
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
    const QList<ApiTask *> tasks = m_inFlight.keys();
    for (ApiTask *task : tasks)
        task->cancel();
    if (m_inFlight.isEmpty())
        QTimer::singleShot(0, this, &BulkMemberAction::startMore);
}

void BulkMemberAction::startMore()
{
    if (!m_running)
        return;
    while (!m_cancelled && m_service && m_inFlight.size() < m_maxInFlight &&
           m_next < m_emails.size())
        startOne(m_emails.at(m_next++));
    if (m_inFlight.isEmpty() && (m_cancelled || !m_service || m_next >= m_emails.size())) {
        m_running = false;
        Q_EMIT finished();
    }
}

void BulkMemberAction::startOne(const QString &email)
{
    QPointer<BulkMemberAction> self(this);
    auto done = [self, email](const Result<MemberRecord> &result) {
        if (self)
            self->onResult(email, result);
    };
    ApiTask *task = m_action == MemberAction::Deactivate ? m_service->deactivate(email, done)
                                                         : m_service->reactivate(email, done);
    m_inFlight.insert(task, email);
    // The callback runs before finished(); a task cancelled between two calls ends without it.
    connect(task, &ApiTask::finished, this, [this, task] { endOne(task); });
}

void BulkMemberAction::onResult(const QString &email, const Result<MemberRecord> &result)
{
    ApiTask *task = nullptr;
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        if (it.value() == email)
            task = it.key();
    }
    if (!task)
        return;
    m_inFlight.remove(task);
    if (result.ok()) {
        ++m_succeeded;
        Q_EMIT memberChanged(result.value);
    } else if (result.error.kind == ApiErrorKind::Cancelled) {
        ++m_interrupted;
    } else {
        m_failures.append({email, result.error});
        Q_EMIT memberFailed(email, result.error.message);
    }
    Q_EMIT progressChanged(finishedCount(), total());
    // The next call starts on the next turn, once this task has ended.
    QTimer::singleShot(0, this, &BulkMemberAction::startMore);
}

void BulkMemberAction::endOne(ApiTask *task)
{
    if (!m_inFlight.contains(task))
        return;
    m_inFlight.remove(task);
    ++m_interrupted;
    Q_EMIT progressChanged(finishedCount(), total());
    QTimer::singleShot(0, this, &BulkMemberAction::startMore);
}
