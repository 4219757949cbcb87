#pragma once

#include "http_client.h"

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

// A real roster-sandbox process on a free loopback port, stopped with SIGTERM when destroyed.
class SandboxProcess
{
public:
    static constexpr const char *DefaultKey = "test-key-0123456789";

    explicit SandboxProcess(const QStringList &extraArguments = {},
                            const QByteArray &apiKey = DefaultKey);
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // Starts the process and waits for its "listening on" line. On failure, error() says why.
    bool start();
    // Sends SIGTERM and waits; returns the exit code, or -1 if it did not exit cleanly.
    int terminate();

    quint16 port() const { return m_port; }
    QString baseUrl() const;
    QUrl url(const QString &pathAndQuery) const;
    QByteArray apiKey() const { return m_apiKey; }
    QString firstLine() const { return m_firstLine; }
    QString error() const { return m_error; }
    QProcess &process() { return m_process; }

    // GET /_sandbox/state, whole or one provider's part (e.g. "beam"), and GET /_sandbox/stats,
    // over an HttpClient of its own. A call that is not answered 200 warns; its object is empty.
    QJsonObject state();
    QJsonObject state(const QString &provider);
    QJsonObject stats();
    // stats()["outstandingLinks"], or -1 when the figure is missing.
    qint64 outstandingLinks();

    static QString executable();

private:
    QStringList m_arguments;
    QByteArray m_apiKey;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_firstLine;
    QString m_error;
    HttpClient m_http;

    QJsonObject sandboxJson(const QString &path);
};
