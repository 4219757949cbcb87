#pragma once

#include "cli_output.h"

#include <QString>
#include <memory>
#include <optional>
#include <vector>

class HttpTrace;
class KeyProvider;
class KeyStore;
class PacerRegistry;
class QNetworkAccessManager;
class RosterDatabase;
class SessionKeys;
class WorkspaceOpener;
class WorkspaceStore;

// What roster-cli's commands share for one run, each part made when first asked for.
class CliContext
{
public:
    explicit CliContext(CliOutput &output);
    ~CliContext();
    Q_DISABLE_COPY_MOVE(CliContext)

    CliOutput &output() { return m_output; }

    // Every request and answer of this run to standard error (--trace-http, ROSTER_TRACE_HTTP).
    void traceHttp();

    // The key given in ROSTER_API_KEY, taken out of the environment at start, for this run only.
    void setEnvironmentKey(const std::optional<QString> &key) { m_environmentKey = key; }
    const std::optional<QString> &environmentKey() const { return m_environmentKey; }

    // The workspaces file, read on first use; nullptr with `*error` when it cannot be read.
    WorkspaceStore *workspaces(QString *error);
    // The local roster, opened on first use; nullptr with `*error` when it cannot be opened.
    RosterDatabase *database(QString *error);
    // Two managers, so that a key's requests may use twelve connections (see ApiSession).
    QList<QNetworkAccessManager *> networks();
    KeyStore &keyStore();
    SessionKeys &sessionKeys();
    KeyProvider &keyProvider();
    // Needs the local roster; nullptr with `*error` when it cannot be opened.
    WorkspaceOpener *opener(QString *error);

private:
    CliOutput &m_output;
    std::optional<QString> m_environmentKey;
    std::unique_ptr<WorkspaceStore> m_workspaces;
    std::unique_ptr<RosterDatabase> m_database;
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_networks;
    std::unique_ptr<KeyStore> m_keyStore;
    std::unique_ptr<SessionKeys> m_sessionKeys;
    std::unique_ptr<KeyProvider> m_keyProvider;
    std::unique_ptr<PacerRegistry> m_pacers;
    std::unique_ptr<HttpTrace> m_trace;
    std::unique_ptr<WorkspaceOpener> m_opener;
};
