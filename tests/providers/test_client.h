#pragma once

#include "api_session.h"
#include "api_task.h"
#include "remote_member.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <memory>

// A provider client under test, on a session of its own over `network` (a real manager talking
// to roster-sandbox, or a RecordedNetwork), and a way to run one of its operations to the end.
namespace TestClient {

// How soon a lost answer or a failed look-up is tried again.
struct Backoff
{
    int baseMs;
    int capMs;
};
// For a script that answers at once.
inline constexpr Backoff AtOnce{1, 2};
// For roster-sandbox: again at once, not after the default backoff.
inline constexpr Backoff Quick{20, 100};

template <typename Client, typename... Args>
std::unique_ptr<Client> make(QNetworkAccessManager *network, PacerRegistry &pacers,
                             const QByteArray &key, Backoff backoff, Args &&...args)
{
    auto *session = new ApiSession(network, pacers.pacerFor(key, 1000, 16), key);
    session->retryPolicy().backoffBaseMs = backoff.baseMs;
    session->retryPolicy().backoffCapMs = backoff.capMs;
    auto client = std::make_unique<Client>(session, std::forward<Args>(args)...);
    session->setParent(client.get());
    return client;
}

// Runs an operation to its end and answers its result; `start` takes the callback and answers
// the operation's task.
template <typename T, typename Start> Result<T> wait(Start start, int timeoutMs)
{
    std::optional<Result<T>> result;
    ApiTask *task = start([&result](const Result<T> &r) { result = r; });
    QSignalSpy finished(task, &ApiTask::finished);
    if (!finished.wait(timeoutMs))
        qFatal("operation did not finish");
    if (!result)
        qFatal("operation finished without calling back");
    return *result;
}

} // namespace TestClient
