#pragma once

#include "sandbox_options.h"

#include <QObject>
#include <memory>

class FaultRelay;
class Sandbox;
class SandboxHttpServer;
class StateFile;

// Runs a sandbox on 127.0.0.1: loads or seeds its state, serves it over HTTP (behind the fault
// relay when latency, jitter or drops are asked for) and persists it. The roster-sandbox
// executable and Roster's demo mode both use it.
class SandboxHost : public QObject
{
    Q_OBJECT
public:
    explicit SandboxHost(QObject *parent = nullptr);
    ~SandboxHost() override;

    bool start(const SandboxOptions &options, QString *error);
    // Writes pending state changes to the state file, if there is one.
    bool shutdown(QString *error);

    quint16 port() const { return m_port; }
    QString baseUrl() const;
    QByteArray apiKey() const { return m_apiKey; }
    bool apiKeyGenerated() const { return m_apiKeyGenerated; }
    Sandbox *sandbox() const { return m_sandbox.get(); }

    static QByteArray randomApiKey();

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxHttpServer> m_server;
    std::unique_ptr<FaultRelay> m_relay;
    std::unique_ptr<StateFile> m_stateFile;
    QByteArray m_apiKey;
    bool m_apiKeyGenerated = false;
    quint16 m_port = 0;
};
