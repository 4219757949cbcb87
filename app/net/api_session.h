#pragma once

#include "http_job.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

// Pacers by API key, so that every workspace and every window using one key shares one pace.
class PacerRegistry : public QObject
{
    Q_OBJECT
public:
    explicit PacerRegistry(QObject *parent = nullptr) : QObject(parent) {}
    RequestPacer *pacerFor(const QByteArray &apiKey, double budgetPerSecond, int maxConcurrent);

private:
    QHash<QByteArray, RequestPacer *> m_pacers; // by SHA-256 of the key
};

// What one workspace's calls share: the injected network manager, its key's pacer, the retry
// policy, and a redactor that knows the key.
class ApiSession : public QObject
{
    Q_OBJECT
public:
    ApiSession(QNetworkAccessManager *network, RequestPacer *pacer, const QByteArray &apiKey,
               QObject *parent = nullptr);
    ~ApiSession() override;

    // More managers for more connections: Qt 6.4 opens at most six HTTP/1.1 connections to a
    // host per manager, which at 300 ms a request caps a key at 20 requests a second. Jobs are
    // spread over the managers in turn. Not owned.
    void addNetwork(QNetworkAccessManager *network);
    int networkCount() const { return int(m_networks.size()); }

    // Every request and answer goes to `trace` too (--trace-http); not owned, may be null.
    void setTrace(const HttpTrace *trace) { m_trace = trace; }
    HttpJob *createJob(HttpCall call);
    const QByteArray &apiKey() const { return m_apiKey; }
    RequestPacer *pacer() const { return m_pacer; }
    SecretRedactor &redactor() { return m_redactor; }
    RetryPolicy &retryPolicy() { return m_policy; }

private:
    QList<QNetworkAccessManager *> m_networks;
    qsizetype m_nextNetwork = 0;
    QPointer<RequestPacer> m_pacer;
    QByteArray m_apiKey;
    SecretRedactor m_redactor;
    RetryPolicy m_policy;
    const HttpTrace *m_trace = nullptr;
};
