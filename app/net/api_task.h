#pragma once

#include "http_job.h"

#include <QObject>
#include <QPointer>
#include <functional>

class ApiSession;

// One operation a caller asked for (create a member, get a link), made of one or more HTTP
// calls run one after another. The caller keeps the task to cancel it; the operation's
// callback runs before finished() is emitted, and the task then deletes itself.
class ApiTask : public QObject
{
    Q_OBJECT
public:
    explicit ApiTask(ApiSession *session);

    void cancel();
    bool isCancelled() const { return m_cancelled; }

    // Runs `call`; `next` gets its result, unless the task was cancelled meanwhile (then
    // `cancelled` runs instead).
    void run(HttpCall call, std::function<void(const HttpResult &)> next);
    // The same, with the body of a 2xx answer going to `sink` as it arrives (HttpJob).
    void run(HttpCall call, BodySink sink, std::function<void(const HttpResult &)> next);
    // The current call's sink is ready again after saying it was not.
    void resumeBody();
    void onCancelled(std::function<void()> cancelled) { m_onCancelled = std::move(cancelled); }
    void finish();

    ApiSession *session() const { return m_session; }

Q_SIGNALS:
    void finished();

private:
    ApiSession *m_session;
    QPointer<HttpJob> m_current;
    std::function<void()> m_onCancelled;
    bool m_cancelled = false;
    bool m_finished = false;
};
