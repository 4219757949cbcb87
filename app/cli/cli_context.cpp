#include "cli_context.h"

#include "api_session.h"
#include "http_trace.h"
#include "key_provider.h"
#include "key_store.h"
#include "roster_database.h"
#include "session_keys.h"
#include "workspace_opener.h"
#include "workspace_store.h"

#include <QNetworkAccessManager>

CliContext::CliContext(CliOutput &output) : m_output(output) {}

// Services and tasks go before the network manager, the pacers and the database they use.
CliContext::~CliContext()
{
    m_opener.reset();
    m_keyProvider.reset();
    m_keyStore.reset();
    m_pacers.reset();
    m_networks.clear();
    m_database.reset();
}

WorkspaceStore *CliContext::workspaces(QString *error)
{
    if (!m_workspaces) {
        auto store = std::make_unique<WorkspaceStore>();
        if (!store->load(error))
            return nullptr;
        m_workspaces = std::move(store);
    }
    return m_workspaces.get();
}

RosterDatabase *CliContext::database(QString *error)
{
    if (!m_database) {
        auto db = std::make_unique<RosterDatabase>(RosterDatabase::defaultPath());
        if (!db->open(error))
            return nullptr;
        m_database = std::move(db);
    }
    return m_database.get();
}

QList<QNetworkAccessManager *> CliContext::networks()
{
    if (m_networks.empty()) {
        for (int i = 0; i < 2; ++i)
            m_networks.push_back(std::make_unique<QNetworkAccessManager>());
    }
    QList<QNetworkAccessManager *> networks;
    for (const auto &network : m_networks)
        networks.append(network.get());
    return networks;
}

KeyStore &CliContext::keyStore()
{
    if (!m_keyStore)
        m_keyStore = std::make_unique<KeyStore>();
    return *m_keyStore;
}

SessionKeys &CliContext::sessionKeys()
{
    if (!m_sessionKeys)
        m_sessionKeys = std::make_unique<SessionKeys>();
    return *m_sessionKeys;
}

KeyProvider &CliContext::keyProvider()
{
    if (!m_keyProvider)
        m_keyProvider = std::make_unique<KeyProvider>(&keyStore(), &sessionKeys());
    return *m_keyProvider;
}

void CliContext::traceHttp()
{
    if (!m_trace)
        m_trace = std::make_unique<HttpTrace>(HttpTrace::toStandardError());
    if (m_opener)
        m_opener->setTrace(m_trace.get());
}

WorkspaceOpener *CliContext::opener(QString *error)
{
    if (!m_opener) {
        RosterDatabase *db = database(error);
        if (!db)
            return nullptr;
        m_pacers = std::make_unique<PacerRegistry>();
        m_opener =
            std::make_unique<WorkspaceOpener>(networks(), &keyProvider(), m_pacers.get(), *db);
        m_opener->setTrace(m_trace.get());
    }
    return m_opener.get();
}
