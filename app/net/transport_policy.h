#pragma once

#include <QNetworkRequest>
#include <QUrl>
#include <optional>

// How every call leaves Roster: HTTPS only, except plain HTTP to a loopback address (the
// sandbox); TLS errors are never ignored; no HTTP cache for calls that carry keys or links.
namespace TransportPolicy {
// Why the URL may not be used, or nothing when it may.
std::optional<QString> refusal(const QUrl &url);
bool isLoopbackHost(const QString &host);
void apply(QNetworkRequest &request, int timeoutMs);
} // namespace TransportPolicy
