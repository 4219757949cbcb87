#pragma once

#include "api_error.h"
#include "request_pacer.h"
#include "secret_redactor.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

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

struct HttpResult
{
    QString request; // "GET https://host/path", without the query: names the endpoint in errors
    int status = 0;
    QByteArray body;
    RawHeaderList headers;
    ApiError error;
    int attempts = 0;

    QByteArray header(QByteArrayView name) const;
};

// One HTTP call, paced with its API key's pacer. Resends after 429 (the pause honours
// Retry-After), and after network errors, timeouts and 5xx only when the call is idempotent or
// the request provably never left. Otherwise the error says its outcome is unknown.
// Emits finished() once, then deletes itself later.
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
    const HttpResult &result() const { return m_result; }
    const HttpCall &call() const { return m_call; }

Q_SIGNALS:
    void finished();

private:
    void enqueue(bool urgent);
    void send();
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
    bool m_cancelled = false;
    bool m_finished = false;
};
