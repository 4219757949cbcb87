#include "api_task.h"

#include "api_session.h"

#include <QTimer>

ApiTask::ApiTask(ApiSession *session) : QObject(session), m_session(session) {}

void ApiTask::cancel()
{
    if (m_cancelled || m_finished)
        return;
    m_cancelled = true;
    if (m_current) {
        m_current->cancel(); // its result reaches run()'s handler, which reports the cancel
        return;
    }
    QTimer::singleShot(0, this, [this] {
        if (m_onCancelled)
            m_onCancelled();
        finish();
    });
}

void ApiTask::run(HttpCall call, std::function<void(const HttpResult &)> next)
{
    run(std::move(call), BodySink{}, std::move(next));
}

void ApiTask::resumeBody()
{
    if (m_current)
        m_current->resumeBody();
}

void ApiTask::run(HttpCall call, BodySink sink, std::function<void(const HttpResult &)> next)
{
    if (m_cancelled) {
        // A cancelled task sends nothing more: a follow-up (a look before resending) gets the
        // cancel instead, on the next turn of the event loop.
        HttpResult cancelled;
        cancelled.error = ApiError::make(ApiErrorKind::Cancelled, tr("Cancelled."));
        QTimer::singleShot(0, this, [cancelled, next = std::move(next)] { next(cancelled); });
        return;
    }
    HttpJob *job = m_session->createJob(std::move(call));
    job->setBodySink(std::move(sink));
    m_current = job;
    connect(job, &HttpJob::finished, this, [this, job, next = std::move(next)] {
        m_current = nullptr;
        if (m_cancelled && job->result().error.kind == ApiErrorKind::Cancelled && m_onCancelled) {
            m_onCancelled();
            return finish();
        }
        next(job->result());
    });
    job->start();
}

void ApiTask::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}
