#pragma once

#include "api_error.h"
#include "request_pacer.h"
#include "secret_redactor.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

class HttpTrace;
class QNetworkAccessManager;
class QNetworkReply;

using RawHeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpCall
{
    QByteArray method;
    QUrl url;
    RawHeaderList headers; // including the provider's authentication header
    QByteArray body;
    // Safe to send twice: reads, and writes that set a state. Creates and link requests are not.
    bool idempotent = false;
};

struct RetryPolicy
{
    int maxAttempts = 4;             // for network errors, timeouts and 5xx
    int maxRateLimitedAttempts = 12; // a 429 was refused, not carried out: always safe to resend
    qint64 backoffBaseMs = 250;
    qint64 backoffCapMs = 8000;
    int timeoutMs = 30000;
};

// Where the body of a 2xx answer goes as it arrives, instead of into HttpResult::body (a
// listing of a million members). HttpResult::body then keeps only its first bytes, for error
// messages and the trace.
struct BodySink
{
    // The first bytes are about to come; `expectedBytes` is the Content-Length, or -1. Once
    // this ran the body is the sink's: the job is never sent again (see HttpJob).
    std::function<void(qint64 expectedBytes)> begin;
    // More of the body. False refuses it: the job stops reading and ends with BadResponse.
    std::function<bool(QByteArrayView bytes)> write;
    // Optional: false while the sink cannot take more; the job then takes nothing further from
    // the reply until HttpJob::resumeBody(). The reply is given a bounded read buffer: once it
    // is full, Qt stops reading the socket and the server waits.
    std::function<bool()> ready;
};

struct HttpResult
{
    QString request; // "GET https://host/path", without the query: names the endpoint in errors
    int status = 0;
    QByteArray body;          // with a BodySink: the first bytes only
    qint64 streamedBytes = 0; // how many bytes went to the BodySink
    RawHeaderList headers;
    ApiError error;
    int attempts = 0;

    QByteArray header(QByteArrayView name) const;
};

// One HTTP call, paced with its API key's pacer. Resends after 429 (the pause honours
// Retry-After), and after network errors, timeouts and 5xx only when the call is idempotent or
// the request provably never left. Otherwise the error says its outcome is unknown.
// Emits finished() once, then deletes itself later.
//
// With a BodySink, a 2xx answer's body goes to the sink as it arrives. A call whose body has
// begun to reach the sink is never sent again: a failure after that ends the job with the
// error (the sink holds part of a body, and the caller starts over if it wants to).
class HttpJob : public QObject
{
    Q_OBJECT
public:
    HttpJob(QNetworkAccessManager *network, RequestPacer *pacer, HttpCall call,
            const RetryPolicy &policy, const SecretRedactor &redactor, QObject *parent = nullptr);
    ~HttpJob() override;

    // Every request and answer of this job goes to `trace` too; not owned.
    void setTrace(const HttpTrace *trace) { m_trace = trace; }
    void start();
    void cancel();
    // Before start().
    void setBodySink(BodySink sink) { m_sink = std::move(sink); }
    // The sink is ready again after saying it was not: reading goes on.
    void resumeBody();
    const HttpResult &result() const { return m_result; }
    const HttpCall &call() const { return m_call; }

Q_SIGNALS:
    void finished();

private:
    void enqueue(bool urgent);
    void send();
    void replyFinished();
    void stopReply();
    void pumpBody();
    void handleReply();
    void retryLater(qint64 delayMs);
    static QString networkErrorText(QNetworkReply::NetworkError error, const QString &qtText);
    void finish(const ApiError &error);
    QString describe() const;

    QNetworkAccessManager *m_network;
    QPointer<RequestPacer> m_pacer;
    HttpCall m_call;
    RetryPolicy m_policy;
    SecretRedactor m_redactor;
    const HttpTrace *m_trace = nullptr;
    QPointer<QNetworkReply> m_reply;
    HttpResult m_result;
    quint64 m_ticket = 0;
    int m_failedAttempts = 0;
    int m_rateLimitedAttempts = 0;
    BodySink m_sink;
    bool m_bodyBegun = false;   // this attempt's body reached the sink
    bool m_sinkRefused = false; // the sink could not read the body
    bool m_replyDone = false;   // Qt finished the reply; what it holds still goes to the sink
    bool m_cancelled = false;
    bool m_finished = false;
};
