#pragma once

#include "sandbox_process.h"
#include "workspace.h"

// A workspace at a running sandbox's address for `provider`: Heartbeat with its community page,
// Forward with the sandbox's business (so that it can list), and a budget that keeps tests
// quick unless `budget` says otherwise.
namespace SandboxWorkspace {

inline QUrl apiAddress(const SandboxProcess &sandbox, Provider provider)
{
    switch (provider) {
    case Provider::Heartbeat:
        return sandbox.url(QStringLiteral("/heartbeat/v0"));
    case Provider::Forward:
        return sandbox.url(QStringLiteral("/forward"));
    case Provider::Beam:
        return sandbox.url(QStringLiteral("/beam"));
    }
    return {};
}

inline Workspace make(const SandboxProcess &sandbox, Provider provider, const QString &name,
                      double budget = 50)
{
    Workspace workspace = Workspace::create(name, provider);
    workspace.apiBaseUrl = apiAddress(sandbox, provider);
    if (provider == Provider::Heartbeat)
        workspace.communityUrl = sandbox.url(QStringLiteral("/heartbeat/community"));
    if (provider == Provider::Forward)
        workspace.businessId = QStringLiteral("biz_sandbox");
    workspace.requestBudget = budget;
    return workspace;
}

} // namespace SandboxWorkspace
