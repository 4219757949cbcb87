#include "sandbox_host.h"

#include "fault_relay.h"
#include "link_registry.h"
#include "member_seeder.h"
#include "sandbox.h"
#include "sandbox_http_server.h"
#include "state_file.h"

#include <QTcpServer>

using namespace Qt::StringLiterals;

SandboxHost::SandboxHost(QObject *parent) : QObject(parent) {}

SandboxHost::~SandboxHost() = default;

QByteArray SandboxHost::randomApiKey()
{
    return "sbx_" + LinkRegistry::newCode().toLatin1();
}

QString SandboxHost::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

bool SandboxHost::start(const SandboxOptions &options, QString *error)
{
    SandboxState state = SandboxState::withDefaults();
    bool seeded = false;
    bool loaded = false; // a loaded state is not new, even without members: never reseed it
    if (!options.stateFile.isEmpty()) {
        m_stateFile = std::make_unique<StateFile>(options.stateFile);
        const StateFile::LoadResult result = m_stateFile->load(&state, error);
        if (result == StateFile::LoadResult::Failed)
            return false;
        loaded = result == StateFile::LoadResult::Loaded;
    }
    if (!loaded && options.members > 0) {
        MemberSeeder::seed(state, options.members);
        seeded = true;
    }

    m_apiKeyGenerated = options.apiKey.isEmpty();
    m_apiKey = m_apiKeyGenerated ? randomApiKey() : options.apiKey;
    const SandboxConfig config{m_apiKey,
                               options.rateLimit,
                               qint64(options.linkTtlSeconds) * 1000,
                               options.failRate,
                               options.heartbeatListsInactive,
                               options.forwardFirstPage};
    m_sandbox = std::make_unique<Sandbox>(config, std::move(state));
    if (m_stateFile) {
        m_stateFile->follow(m_sandbox.get());
        if (seeded && !m_stateFile->save(m_sandbox->state(), error))
            return false;
    }

    const FaultConfig faults{options.latencyMs, options.jitterMs, options.dropRate};
    // The HTTP server itself (Qt HttpServer 6.4) buffers a whole body before any handler sees it,
    // so it listens on a port of its own and every client comes through the relay's checks.
    auto *tcpServer = new QTcpServer;
    const quint16 serverPort = 0;
    if (!tcpServer->listen(QHostAddress::LocalHost, serverPort)) {
        *error = tr("cannot listen on 127.0.0.1:%1: %2")
                     .arg(QString::number(serverPort), tcpServer->errorString());
        delete tcpServer;
        return false;
    }
    m_server = std::make_unique<SandboxHttpServer>(m_sandbox.get());
    m_server->bind(tcpServer);
    m_port = tcpServer->serverPort();

    {
        Sandbox *sandbox = m_sandbox.get();
        m_relay = std::make_unique<FaultRelay>(faults, m_port, [sandbox](const QString &path) {
            sandbox->recordDroppedConnection(path);
        });
        QString relayError;
        if (!m_relay->listen(QHostAddress::LocalHost, options.port, &relayError)) {
            *error = tr("cannot listen on 127.0.0.1:%1: %2")
                         .arg(QString::number(options.port), relayError);
            return false;
        }
        m_port = m_relay->port();
    }
    m_sandbox->setPublicBaseUrl(baseUrl());
    return true;
}

bool SandboxHost::shutdown(QString *error)
{
    m_relay.reset();
    m_server.reset();
    return m_stateFile ? m_stateFile->flush(error) : true;
}
