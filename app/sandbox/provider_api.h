#pragma once

#include "route_table.h"

#include <functional>
#include <optional>

class LinkRegistry;
struct SandboxState;

// One emulated provider: its routes under /<name>, how it reads the API key and how it shapes
// errors. The sandbox applies rate limiting, fault injection and authentication before a route
// with RouteTable::Access::ApiKey runs.
class ProviderApi
{
public:
    struct Context
    {
        SandboxState *state = nullptr;
        LinkRegistry *links = nullptr;
        std::function<QString()> publicBaseUrl; // e.g. http://127.0.0.1:7678
        std::function<void()> stateChanged;
    };

    ProviderApi(const QString &name, const Context &context) : m_name(name), m_context(context) {}
    virtual ~ProviderApi() = default;
    ProviderApi(const ProviderApi &) = delete;
    ProviderApi &operator=(const ProviderApi &) = delete;

    const QString &name() const { return m_name; }
    const RouteTable &routes() const { return m_routes; }

    // The credential the request presents, empty when none.
    virtual QByteArray presentedKey(const ApiRequest &request) const = 0;
    virtual QString unauthorizedMessage(const ApiRequest &request) const = 0;
    virtual ApiResponse error(int status, const QString &message) const = 0;
    // Adds the provider's own figures to GET /_sandbox/stats.
    virtual void addStats(QJsonObject &) const {}

protected:
    QString publicUrl(const QString &subpath) const
    {
        return m_context.publicBaseUrl() + u'/' + m_name + subpath;
    }
    SandboxState &state() const { return *m_context.state; }
    // Redeems the one-time code in the query item `parameter` of a request that opens a login
    // link. Answers the member id, or fills `refusal` with the 404 or 410 page.
    std::optional<QString> redeemLink(const ApiRequest &request, const QString &parameter,
                                      ApiResponse *refusal) const;
    LinkRegistry &links() const { return *m_context.links; }
    void markChanged() const { m_context.stateChanged(); }

    RouteTable m_routes;

private:
    QString m_name;
    Context m_context;
};

QByteArray bearerToken(const ApiRequest &request);
QString reasonPhrase(int status);
