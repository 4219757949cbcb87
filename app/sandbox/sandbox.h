#pragma once

#include "api_message.h"
#include "link_registry.h"
#include "rate_limiter.h"
#include "sandbox_state.h"

#include <QMap>
#include <QObject>
#include <memory>
#include <vector>

class ProviderApi;

struct SandboxConfig
{
    QByteArray apiKey;
    double rateLimit = 20; // requests per second per key; 0 = off
    qint64 linkTtlMs = 15 * 60 * 1000;
    double failRate = 0;                // share of API requests answered 503
    bool heartbeatListsInactive = true; // GET /heartbeat/v0/users lists pending and deactivated
    int forwardFirstPage = 0;           // the number of the first page of GET /forward/users
};

// The three emulated providers behind one request handler, independent of the HTTP transport.
// Per API request: rate limit (per presented key), injected 503s, authentication, then the route.
class Sandbox : public QObject
{
    Q_OBJECT
public:
    Sandbox(const SandboxConfig &config, SandboxState state, QObject *parent = nullptr);
    ~Sandbox() override;

    ApiResponse handle(const ApiRequest &request);

    void setPublicBaseUrl(const QString &baseUrl) { m_publicBaseUrl = baseUrl; }
    QString publicBaseUrl() const { return m_publicBaseUrl; }
    const SandboxState &state() const { return m_state; }
    const SandboxConfig &config() const { return m_config; }

    void recordDroppedConnection(const QString &path);
    QJsonObject stats() const;

Q_SIGNALS:
    void stateChanged();

private:
    ApiResponse handleInternal(const ApiRequest &request);
    ApiResponse handleProvider(ProviderApi &provider, const ApiRequest &request, QString *endpoint);
    ProviderApi *providerFor(const QString &path) const;
    void count(const QString &provider, const QString &endpoint, int status);

    SandboxConfig m_config;
    SandboxState m_state;
    LinkRegistry m_links;
    RateLimiter m_rateLimiter;
    QString m_publicBaseUrl;
    std::vector<std::unique_ptr<ProviderApi>> m_providers;

    // provider -> endpoint ("PUT /v0/users") -> status -> count
    QMap<QString, QMap<QString, QMap<int, qint64>>> m_requestCounts;
    QMap<QString, qint64> m_droppedConnections;
};
