#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

class QCommandLineParser;

// Everything roster-sandbox can be told on its command line.
struct SandboxOptions
{
    static constexpr quint16 DefaultPort = 7678;

    quint16 port = DefaultPort;
    QByteArray apiKey; // empty: generate a random one
    int members = 0;   // seeded per provider when the state is new
    QString stateFile;
    double rateLimit = 20;
    int linkTtlSeconds = 15 * 60;
    int latencyMs = 0;
    int jitterMs = 0;
    double failRate = 0;
    double dropRate = 0;
    // Guesses where the live APIs are unknown, so that tests can run both ways.
    bool heartbeatListsInactive = true;
    int forwardFirstPage = 0;

    static void addTo(QCommandLineParser &parser);
    static std::optional<SandboxOptions> fromParser(const QCommandLineParser &parser,
                                                    QString *error);
};
