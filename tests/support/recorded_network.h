#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>
#include <functional>

// A network manager that answers from a script instead of a server: for the answers NOTES.md
// calls plausible that roster-sandbox does not give, and for faults at exact points. Every
// request is recorded. Answers come on the next turn of the event loop, like a real reply.
class RecordedNetwork : public QNetworkAccessManager
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QString path() const { return url.path(); }
        QString query(const QString &name) const
        {
            return QUrlQuery(url).queryItemValue(name, QUrl::FullyDecoded);
        }
        QByteArray header(QByteArrayView name) const;
        // "GET /v0/find/users"
        QString endpoint() const;
    };

    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        // Instead of an answer: the connection closes after the request was sent (its outcome
        // is unknown to the client).
        bool lost = false;
        // How Qt reports the lost answer.
        QNetworkReply::NetworkError lostAs = QNetworkReply::RemoteHostClosedError;
        QString lostText = QStringLiteral("Connection closed");

        static Answer json(int status, const QByteArray &body) { return {status, body, {}, false}; }
        static Answer lostAnswer() { return {0, {}, {}, true}; }
        static Answer lostAnswer(QNetworkReply::NetworkError error, const QString &text)
        {
            return {0, {}, {}, true, error, text};
        }
    };
    using Script = std::function<Answer(const Request &)>;

    explicit RecordedNetwork(Script script, QObject *parent = nullptr)
        : QNetworkAccessManager(parent), m_script(std::move(script))
    {}

    void setScript(Script script) { m_script = std::move(script); }
    const QList<Request> &requests() const { return m_requests; }
    // How many requests went to "METHOD /path" (the path without the query).
    qsizetype count(const QString &endpoint) const;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    Script m_script;
    QList<Request> m_requests;
};

// The base URL a client under test is given: loopback, so that plain HTTP is allowed.
inline QUrl recordedBase(const QString &path)
{
    return QUrl(QStringLiteral("http://127.0.0.1:9") + path);
}
