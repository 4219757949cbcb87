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

    HttpJob *createJob(HttpCall call);
    const QByteArray &apiKey() const { return m_apiKey; }
    RequestPacer *pacer() const { return m_pacer; }
    SecretRedactor &redactor() { return m_redactor; }
    RetryPolicy &retryPolicy() { return m_policy; }

private:
    QNetworkAccessManager *m_network;
    QPointer<RequestPacer> m_pacer;
    QByteArray m_apiKey;
    SecretRedactor m_redactor;
    RetryPolicy m_policy;
};
