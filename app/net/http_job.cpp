#include "http_job.h"

#include "http_trace.h"
#include "one_shot_body.h"
#include "rate_limit_headers.h"
#include "request_pacer.h"
#include "retry_timing.h"
#include "secret_wipe.h"
#include "transport_policy.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
// A streamed body: what Qt may hold unread (it stops reading the socket beyond it), the bytes
// handed to the sink at a time, and the first bytes kept for error messages and the trace.
constexpr qint64 StreamBufferBytes = 16 * 1024 * 1024;
constexpr qint64 StreamChunkBytes = 64 * 1024;
constexpr qsizetype StreamHeadBytes = 4096;

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}
} // namespace

QByteArray HttpResult::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpJob::HttpJob(QNetworkAccessManager *network, RequestPacer *pacer, HttpCall call,
                 const RetryPolicy &policy, const SecretRedactor &redactor, QObject *parent)
    : QObject(parent), m_network(network), m_pacer(pacer), m_call(std::move(call)),
      m_policy(policy), m_redactor(redactor)
{
    m_result.request = describe();
}

HttpJob::~HttpJob()
{
    // The authentication header holds the key; copies still in Qt's hands are left alone.
    if (m_call.headers.isDetached()) {
        for (auto &header : m_call.headers)
            SecretWipe::wipe(header.second);
    }
    // The pacer is shared by every session using the key and outlives this job: a queued start
    // must not run on a deleted job, and a slot in flight must be given back.
    if (m_pacer && m_ticket)
        m_pacer->withdraw(m_ticket);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        if (m_pacer)
            m_pacer->release();
    }
}

QString HttpJob::describe() const
{
    return QString::fromLatin1(m_call.method) + u' ' +
           m_call.url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
}

void HttpJob::start()
{
    if (const std::optional<QString> refused = TransportPolicy::refusal(m_call.url)) {
        // Finish on the next turn of the event loop, like every other outcome.
        QTimer::singleShot(0, this, [this, why = *refused] {
            finish(ApiError::make(ApiErrorKind::Insecure, why));
        });
        return;
    }
    enqueue(false);
}

void HttpJob::enqueue(bool urgent)
{
    if (!m_pacer)
        return finish(ApiError::make(ApiErrorKind::Cancelled, tr("The workspace was closed.")));
    m_ticket = m_pacer->submit([this] { send(); }, urgent);
}

void HttpJob::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply) {
        // handleReply() reports the cancel; abort() would finish the reply at once, inside
        // the caller's cancel(), so it waits for the next turn of the event loop.
        QTimer::singleShot(0, this, &HttpJob::stopReply);
        return;
    }
    if (m_pacer)
        m_pacer->withdraw(m_ticket);
    // Reported on the next turn of the event loop, never from inside the caller's cancel().
    QTimer::singleShot(
        0, this, [this] { finish(ApiError::make(ApiErrorKind::Cancelled, tr("Cancelled."))); });
}

void HttpJob::send()
{
    m_ticket = 0;
    if (m_cancelled) {
        m_pacer->release();
        return finish(ApiError::make(ApiErrorKind::Cancelled, tr("Cancelled.")));
    }
    QNetworkRequest request(m_call.url);
    TransportPolicy::apply(request, m_policy.timeoutMs);
    for (const auto &[name, value] : m_call.headers)
        request.setRawHeader(name, value);
    if (!m_call.body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("Accept", "application/json");
    ++m_result.attempts;
    if (m_trace)
        m_trace->request(m_call, m_result.attempts, m_redactor);
    // Whether to send a request again is this job's decision alone. Qt resends by itself after
    // a connection closes before the answer when it can rewind the body: a call that must not
    // be repeated gets a body that cannot be rewound.
    if (m_call.idempotent) {
        m_reply = m_network->sendCustomRequest(request, m_call.method, m_call.body);
    } else {
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_call.body.size());
        auto *body = new OneShotBody(m_call.body);
        m_reply = m_network->sendCustomRequest(request, m_call.method, body);
        body->setParent(m_reply);
    }
    m_bodyBegun = false;
    m_replyDone = false;
    if (m_sink.write) {
        // Qt 6.4 forgets a read buffer size set before the request reached its HTTP thread, and
        // then holds the whole answer: set it again once the answer begins.
        m_reply->setReadBufferSize(StreamBufferBytes);
        connect(m_reply, &QNetworkReply::metaDataChanged, m_reply,
                [reply = m_reply] { reply->setReadBufferSize(StreamBufferBytes); });
        connect(m_reply, &QNetworkReply::readyRead, this, &HttpJob::pumpBody);
    }
    connect(m_reply, &QNetworkReply::finished, this, &HttpJob::replyFinished);
}

void HttpJob::resumeBody()
{
    if (m_reply)
        pumpBody();
}

void HttpJob::pumpBody()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_sinkRefused || m_cancelled || !reply->isOpen())
        return;
    // Only a success's body is the sink's; an error's is read whole, as without a sink.
    if (!isSuccess(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()))
        return;
    while (reply->bytesAvailable() > 0) {
        if (m_sink.ready && !m_sink.ready())
            return;
        const QByteArray chunk = reply->read(StreamChunkBytes);
        if (chunk.isEmpty())
            break;
        if (!m_bodyBegun) {
            m_bodyBegun = true;
            m_result.body.clear();
            m_result.streamedBytes = 0;
            if (m_sink.begin) {
                const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
                m_sink.begin(length.isValid() ? length.toLongLong() : -1);
            }
        }
        if (m_result.body.size() < StreamHeadBytes)
            m_result.body.append(
                chunk.first(std::min(chunk.size(), StreamHeadBytes - m_result.body.size())));
        m_result.streamedBytes += chunk.size();
        if (!m_sink.write(chunk)) {
            m_sinkRefused = true;
            // Not inside the reply's own signal: handleReply() reports it.
            QTimer::singleShot(0, this, &HttpJob::stopReply);
            return;
        }
        // The sink's owner may have cancelled or resumed meanwhile.
        if (m_cancelled || m_reply != reply)
            return;
    }
    if (m_replyDone)
        handleReply();
}

void HttpJob::stopReply()
{
    if (!m_reply)
        return;
    // Qt finished the reply already: what it still holds for the sink is dropped.
    if (m_replyDone)
        return handleReply();
    m_reply->abort();
}

void HttpJob::replyFinished()
{
    // A streamed body is handed over first, as fast as the sink takes it.
    if (m_sink.write && !m_sinkRefused && !m_cancelled && m_reply->isOpen() &&
        m_reply->bytesAvailable() > 0 &&
        isSuccess(m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt())) {
        m_replyDone = true;
        return pumpBody();
    }
    handleReply();
}

void HttpJob::handleReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_pacer)
        m_pacer->release();

    m_result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool streamed = m_sink.write && isSuccess(m_result.status);
    if (!streamed)
        m_result.body = reply->isOpen() ? reply->readAll() : QByteArray();
    m_result.headers = reply->rawHeaderPairs();
    if (m_trace)
        m_trace->answer(m_call, m_result, reply->errorString(), m_redactor);
    const RateLimitHeaders rateLimit =
        RateLimitHeaders::read([this](QByteArrayView name) { return m_result.header(name); },
                               QDateTime::currentDateTimeUtc());
    if (m_pacer && rateLimit.any())
        m_pacer->observeRateLimit(rateLimit.limit, rateLimit.remaining, rateLimit.resetInMs);

    const QNetworkReply::NetworkError networkError = reply->error();
    const int status = m_result.status;
    // The sink has part of the body at most: the answer that was not read is no success.
    if (streamed && m_cancelled)
        return finish(ApiError::make(ApiErrorKind::Cancelled, tr("Cancelled.")));
    if (streamed && m_sinkRefused)
        return finish(ApiError::make(ApiErrorKind::BadResponse,
                                     tr("%1: the answer could not be read").arg(describe()),
                                     status));
    // A streamed body can break off after its 2xx status: that is no success.
    if (isSuccess(status) && (!streamed || networkError == QNetworkReply::NoError))
        return finish({});

    if (status == 429 && !m_cancelled) {
        const qint64 waitMs =
            parseRetryAfter(m_result.header("Retry-After"), QDateTime::currentDateTimeUtc())
                .value_or(fullJitterBackoffMs(m_rateLimitedAttempts, 1000, 30000));
        if (m_pacer)
            m_pacer->pauseFor(waitMs);
        if (++m_rateLimitedAttempts < m_policy.maxRateLimitedAttempts)
            return enqueue(true);
        return finish(ApiError::make(ApiErrorKind::RateLimited,
                                     tr("%1: still rate limited after %2 attempts")
                                         .arg(describe(), QString::number(m_rateLimitedAttempts)),
                                     status));
    }

    ApiError error;
    if (streamed) {
        error.kind = errorKindForNetworkError(networkError, m_cancelled);
        error.message = tr("%1: %2 after %3 bytes of the answer")
                            .arg(describe(), networkErrorText(networkError, reply->errorString()),
                                 QString::number(m_result.streamedBytes));
    } else if (status > 0) {
        error.kind = errorKindForHttpStatus(status);
        error.httpStatus = status;
        error.message = tr("%1 answered HTTP %2").arg(describe(), QString::number(status));
    } else {
        error.kind = errorKindForNetworkError(networkError, m_cancelled);
        error.message = error.kind == ApiErrorKind::Timeout
                            ? tr("%1: no answer within %2 s")
                                  .arg(describe(), QString::number(m_policy.timeoutMs / 1000.0))
                            : tr("%1: %2").arg(
                                  describe(), networkErrorText(networkError, reply->errorString()));
    }
    const bool neverSent = status == 0 && requestNeverSent(networkError);
    const bool transient = error.kind == ApiErrorKind::Network ||
                           error.kind == ApiErrorKind::Timeout ||
                           error.kind == ApiErrorKind::Server;
    if (transient && !m_cancelled && !m_bodyBegun && (m_call.idempotent || neverSent) &&
        ++m_failedAttempts < m_policy.maxAttempts)
        return retryLater(
            fullJitterBackoffMs(m_failedAttempts, m_policy.backoffBaseMs, m_policy.backoffCapMs));
    error.outcomeUnknown =
        !m_call.idempotent && !neverSent && (transient || error.kind == ApiErrorKind::Cancelled);
    finish(error);
}

QString HttpJob::networkErrorText(QNetworkReply::NetworkError error, const QString &qtText)
{
    // Qt's words for a connection that closed before the answer, on a call whose body it could
    // not rewind to send again, are "Unknown error".
    if (error == QNetworkReply::ContentReSendError)
        return tr("the connection closed before the answer came");
    return qtText;
}

void HttpJob::retryLater(qint64 delayMs)
{
    QTimer::singleShot(delayMs, this, [this] {
        if (m_cancelled)
            return finish(ApiError::make(ApiErrorKind::Cancelled, tr("Cancelled.")));
        enqueue(false);
    });
}

void HttpJob::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.error = error;
    m_result.error.message = m_redactor.redact(error.message);
    Q_EMIT finished();
    deleteLater();
}
