#pragma once

#include "http_job.h"

#include <functional>

// Each request and answer of the sessions that carry it, for an admin who needs to show what a
// provider really answered (roster-cli --trace-http, ROSTER_TRACE_HTTP=1 for the window): the
// method, the URL's path and query, the status, the headers and the body. The key, bearer
// tokens, login links, one-time codes and generated passwords are redacted.
class HttpTrace
{
public:
    using Sink = std::function<void(const QString &text)>;

    explicit HttpTrace(Sink sink) : m_sink(std::move(sink)) {}
    // Writes to standard error.
    static HttpTrace toStandardError();
    // ROSTER_TRACE_HTTP=1 (or any value but 0) in the environment.
    static bool wantedByEnvironment();

    void request(const HttpCall &call, int attempt, const SecretRedactor &redactor) const;
    void answer(const HttpCall &call, const HttpResult &result, const QString &failure,
                const SecretRedactor &redactor) const;

    // `body` with every secret removed: the values of fields that carry one (login_url, url,
    // password, token, code, ...) in JSON, then whatever `redactor` knows; at most `limit`
    // characters of it, with how many more there were.
    static QString redactedBody(const QByteArray &body, const SecretRedactor &redactor,
                                qsizetype limit);

private:
    Sink m_sink;
};
