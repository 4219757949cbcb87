#include "pacing_run.h"

#include "api_session.h"
#include "http_job.h"
#include "sandbox_process.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

PacingFigures runForwardCreates(const QList<ApiSession *> &sessions, const SandboxProcess &sandbox,
                                int count, const QString &prefix, int timeoutMs)
{
    PacingFigures figures;
    figures.jobs = count;
    QEventLoop loop;
    QElapsedTimer clock;
    int ended = 0;
    clock.start();
    for (int i = 0; i < count; ++i) {
        ApiSession &session = *sessions.at(i % sessions.size());
        const QString email = u"%1-%2@example.com"_s.arg(prefix).arg(i);
        HttpCall call;
        call.method = "POST"_ba;
        call.url = sandbox.url(u"/forward/users"_s);
        call.headers = {{"x-api-key"_ba, session.apiKey()}};
        call.body = QJsonDocument(QJsonObject{{u"first_name"_s, u"Pace"_s},
                                              {u"last_name"_s, u"Maker %1"_s.arg(i)},
                                              {u"email"_s, email}})
                        .toJson(QJsonDocument::Compact);
        call.idempotent = false;
        HttpJob *job = session.createJob(std::move(call));
        QObject::connect(job, &HttpJob::finished, &loop, [&, job, email] {
            const HttpResult &result = job->result();
            figures.totalAttempts += result.attempts;
            if (!result.error.isError() && result.status == 201) {
                ++figures.succeeded;
                figures.emails.append(email);
            } else {
                ++figures.failures[errorKindName(result.error.kind)];
            }
            if (++ended == count) {
                figures.elapsedMs = clock.elapsed();
                loop.quit();
            }
        });
        job->start();
    }
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (ended < count)
        loop.exec();
    figures.finished = ended == count;
    if (!figures.finished)
        figures.elapsedMs = clock.elapsed();
    return figures;
}
