#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <optional>

// The transport rule for every address a workspace names: https://, or plain http:// only to this
// machine (127.0.0.0/8, ::1, localhost), where the sandbox and the demo mode listen.
class WorkspaceUrl
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceUrl)
public:
    // Why `url` is not acceptable as the field called `field` (already translated, e.g. "API
    // address"), or nothing when it is. An empty URL is a problem too: check emptiness first
    // where the field is optional.
    static std::optional<QString> problem(const QUrl &url, const QString &field);

    // True for "localhost", any 127.x.y.z, "::1" and "::ffff:127.x.y.z", as QUrl::host() gives
    // them (QUrl already turns "127.1" or "[0:0:0:0:0:0:0:1]" into their canonical forms).
    static bool isLoopbackHost(const QString &host);
};
