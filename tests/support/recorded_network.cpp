#include "recorded_network.h"

#include <QTimer>

namespace {
QByteArray methodOf(QNetworkAccessManager::Operation operation, const QNetworkRequest &request)
{
    switch (operation) {
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    default:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    }
}

class RecordedReply : public QNetworkReply
{
public:
    RecordedReply(const QNetworkRequest &request, const QByteArray &method,
                  const RecordedNetwork::Answer &answer, QObject *parent)
        : QNetworkReply(parent), m_body(answer.body)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(QNetworkAccessManager::CustomOperation);
        setAttribute(QNetworkRequest::CustomVerbAttribute, method);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        QTimer::singleShot(0, this, [this, answer] {
            if (isFinished())
                return;
            if (answer.lost) {
                setError(answer.lostAs, answer.lostText);
                Q_EMIT errorOccurred(answer.lostAs);
            } else {
                setAttribute(QNetworkRequest::HttpStatusCodeAttribute, answer.status);
                for (const auto &[name, value] : answer.headers)
                    setRawHeader(name, value);
                if (answer.status >= 400) {
                    const NetworkError error = answer.status == 404 ? ContentNotFoundError
                                               : answer.status >= 500
                                                   ? InternalServerError
                                                   : ProtocolInvalidOperationError;
                    setError(error, QStringLiteral("HTTP %1").arg(answer.status));
                }
            }
            setFinished(true);
            Q_EMIT readyRead();
            Q_EMIT finished();
        });
    }

    void abort() override
    {
        if (isFinished())
            return;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        setFinished(true);
        Q_EMIT errorOccurred(OperationCanceledError);
        Q_EMIT finished();
    }
    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_offset + QNetworkReply::bytesAvailable();
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_offset);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        std::memcpy(data, m_body.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    QByteArray m_body;
    qint64 m_offset = 0;
};
} // namespace

QByteArray RecordedNetwork::Request::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString RecordedNetwork::Request::endpoint() const
{
    return QString::fromLatin1(method) + u' ' + url.path();
}

qsizetype RecordedNetwork::count(const QString &endpoint) const
{
    return std::count_if(m_requests.cbegin(), m_requests.cend(),
                         [&endpoint](const Request &r) { return r.endpoint() == endpoint; });
}

QNetworkReply *RecordedNetwork::createRequest(Operation operation, const QNetworkRequest &request,
                                              QIODevice *outgoingData)
{
    Request recorded;
    recorded.method = methodOf(operation, request);
    recorded.url = request.url();
    for (const QByteArray &name : request.rawHeaderList())
        recorded.headers.append({name, request.rawHeader(name)});
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    m_requests.append(recorded);
    return new RecordedReply(request, recorded.method, m_script(recorded), this);
}
