#include "sandbox.h"

#include "beam_api.h"
#include "forward_api.h"
#include "heartbeat_api.h"
#include "json_fields.h"

#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

QString firstSegment(const QString &path)
{
    const qsizetype end = path.indexOf(u'/', 1);
    return path.mid(1, end < 0 ? -1 : end - 1);
}

void addRateLimitHeaders(ApiResponse &response, const RateLimiter::Decision &decision)
{
    response.headers.append({"x-ratelimit-limit", QByteArray::number(decision.limit)});
    response.headers.append({"x-ratelimit-remaining", QByteArray::number(decision.remaining)});
    response.headers.append({"x-ratelimit-reset", QByteArray::number(decision.resetEpochSeconds)});
}
} // namespace

Sandbox::Sandbox(const SandboxConfig &config, SandboxState state, QObject *parent)
    : QObject(parent), m_config(config), m_state(std::move(state)), m_links(config.linkTtlMs),
      m_rateLimiter(config.rateLimit)
{
    const ProviderApi::Context context{&m_state, &m_links, [this] { return m_publicBaseUrl; },
                                       [this] { Q_EMIT stateChanged(); }};
    m_providers.push_back(std::make_unique<HeartbeatApi>(context, config.heartbeatListsInactive));
    m_providers.push_back(std::make_unique<ForwardApi>(context, config.forwardFirstPage));
    m_providers.push_back(std::make_unique<BeamApi>(context));
}

Sandbox::~Sandbox() = default;

ProviderApi *Sandbox::providerFor(const QString &path) const
{
    const QString name = firstSegment(path);
    for (const auto &provider : m_providers) {
        if (provider->name() == name)
            return provider.get();
    }
    return nullptr;
}

ApiResponse Sandbox::handle(const ApiRequest &request)
{
    if (request.path.startsWith(u"/_sandbox/"_s) || request.path == u"/")
        return handleInternal(request);
    ProviderApi *provider = providerFor(request.path);
    if (!provider) {
        count(u"none"_s, u"unknown"_s, 404);
        return ApiResponse::json(404, QJsonObject{{u"error"_s, u"Not Found"_s},
                                                  {u"message"_s, u"No provider at this path"_s}});
    }
    QString endpoint;
    ApiResponse response = handleProvider(*provider, request, &endpoint);
    count(provider->name(), endpoint, response.status);
    return response;
}

ApiResponse Sandbox::handleProvider(ProviderApi &provider, const ApiRequest &request,
                                    QString *endpoint)
{
    const QString subpath = request.path.mid(provider.name().size() + 1);
    const RouteTable::Match match = provider.routes().match(request.method, subpath);
    *endpoint = match.route ? QString::fromLatin1(match.route->method) + u' ' + match.route->pattern
                            : u"unknown"_s;
    if (match.route && match.route->access == RouteTable::Access::Public)
        return match.route->handler(request, match.params);

    const QByteArray key = provider.presentedKey(request);
    const RateLimiter::Decision decision = m_rateLimiter.take(key);
    auto withHeaders = [&](ApiResponse response) {
        if (m_rateLimiter.enabled())
            addRateLimitHeaders(response, decision);
        return response;
    };
    if (!decision.allowed) {
        ApiResponse response = provider.error(
            429, u"Rate limit exceeded: %1 requests per second per API key"_s.arg(decision.limit));
        response.headers.append({"Retry-After", QByteArray::number(decision.retryAfterSeconds)});
        return withHeaders(std::move(response));
    }
    if (m_config.failRate > 0 && QRandomGenerator::global()->generateDouble() < m_config.failRate)
        return withHeaders(provider.error(503, u"Service temporarily unavailable"_s));
    if (key.isEmpty() || !constantTimeEquals(key, m_config.apiKey))
        return withHeaders(provider.error(401, provider.unauthorizedMessage(request)));
    if (match.kind == RouteTable::Match::Kind::MethodNotAllowed) {
        ApiResponse response = provider.error(
            405, u"Method %1 is not allowed here"_s.arg(QString::fromLatin1(request.method)));
        response.headers.append({"Allow", match.allowedMethods.join(", ")});
        return withHeaders(std::move(response));
    }
    if (match.kind == RouteTable::Match::Kind::NotFound)
        return withHeaders(provider.error(404, u"Not found: %1"_s.arg(subpath)));
    if (match.route->input == RouteTable::Input::JsonObject) {
        QString problem;
        const std::optional<QJsonObject> body = JsonBody::parse(request.body, &problem);
        if (!body)
            return withHeaders(provider.error(400, problem));
        ApiRequest withJson = request;
        withJson.json = *body;
        return withHeaders(match.route->handler(withJson, match.params));
    }
    return withHeaders(match.route->handler(request, match.params));
}

ApiResponse Sandbox::handleInternal(const ApiRequest &request)
{
    if (request.method != "GET")
        return ApiResponse::json(405, QJsonObject{{u"error"_s, u"Method Not Allowed"_s}});
    if (request.path == u"/_sandbox/state")
        return ApiResponse::streamed(200, m_state.toJsonStream());
    if (request.path == u"/_sandbox/stats")
        return ApiResponse::json(200, stats());
    if (request.path == u"/") {
        const QString base = m_publicBaseUrl;
        return ApiResponse::html(
            200, u"Roster sandbox"_s,
            u"<p>Local emulation of three community provider APIs.</p>\n<ul>\n"
            u"<li>Heartbeat API: <code>%1/heartbeat/v0</code> (Bearer key); community login "
            u"page: <a href=\"%1/heartbeat/community\">%1/heartbeat/community</a></li>\n"
            u"<li>Forward portal API: <code>%1/forward</code>, and again under "
            u"<code>%1/forward/v1</code> (x-api-key)</li>\n"
            u"<li>Beam.gg Users API: <code>%1/beam</code> (Bearer key)</li>\n"
            u"<li><a href=\"%1/_sandbox/state\">state</a> and "
            u"<a href=\"%1/_sandbox/stats\">statistics</a></li>\n</ul>"_s.arg(base));
    }
    return ApiResponse::json(404, QJsonObject{{u"error"_s, u"Not Found"_s}});
}

void Sandbox::count(const QString &provider, const QString &endpoint, int status)
{
    ++m_requestCounts[provider][endpoint][status];
}

void Sandbox::recordDroppedConnection(const QString &path)
{
    const ProviderApi *provider = providerFor(path);
    ++m_droppedConnections[provider ? provider->name() : u"none"_s];
}

QJsonObject Sandbox::stats() const
{
    qint64 total = 0;
    qint64 rateLimited = 0;
    QJsonObject providers;
    for (auto provider = m_requestCounts.cbegin(); provider != m_requestCounts.cend(); ++provider) {
        QJsonObject endpoints;
        for (auto endpoint = provider->cbegin(); endpoint != provider->cend(); ++endpoint) {
            QJsonObject statuses;
            for (auto status = endpoint->cbegin(); status != endpoint->cend(); ++status) {
                statuses.insert(QString::number(status.key()), status.value());
                total += status.value();
                if (status.key() == 429)
                    rateLimited += status.value();
            }
            endpoints.insert(endpoint.key(), statuses);
        }
        providers.insert(provider.key(), endpoints);
    }
    QJsonObject dropped;
    for (auto it = m_droppedConnections.cbegin(); it != m_droppedConnections.cend(); ++it)
        dropped.insert(it.key(), it.value());
    QJsonObject stats{{u"total"_s, total},
                      {u"rateLimited"_s, rateLimited},
                      {u"outstandingLinks"_s, m_links.outstanding()},
                      {u"providers"_s, providers},
                      {u"droppedConnections"_s, dropped}};
    for (const auto &provider : m_providers)
        provider->addStats(stats);
    return stats;
}
