#include "api_session.h"

#include "request_pacer.h"
#include "secret_wipe.h"

#include <QCryptographicHash>

RequestPacer *PacerRegistry::pacerFor(const QByteArray &apiKey, double budgetPerSecond,
                                      int maxConcurrent)
{
    const QByteArray fingerprint = QCryptographicHash::hash(apiKey, QCryptographicHash::Sha256);
    RequestPacer *&pacer = m_pacers[fingerprint];
    if (!pacer)
        pacer = new RequestPacer(budgetPerSecond, maxConcurrent, this);
    else if (pacer->budget() != budgetPerSecond)
        pacer->setBudget(budgetPerSecond);
    return pacer;
}

ApiSession::ApiSession(QNetworkAccessManager *network, RequestPacer *pacer,
                       const QByteArray &apiKey, QObject *parent)
    : QObject(parent), m_networks{network}, m_pacer(pacer), m_apiKey(apiKey)
{
    m_redactor.addSecret(apiKey);
}

ApiSession::~ApiSession()
{
    SecretWipe::wipe(m_apiKey);
}

void ApiSession::addNetwork(QNetworkAccessManager *network)
{
    m_networks.append(network);
}

HttpJob *ApiSession::createJob(HttpCall call)
{
    QNetworkAccessManager *network = m_networks.at(m_nextNetwork);
    m_nextNetwork = (m_nextNetwork + 1) % m_networks.size();
    auto *job = new HttpJob(network, m_pacer, std::move(call), m_policy, m_redactor, this);
    job->setTrace(m_trace);
    return job;
}
