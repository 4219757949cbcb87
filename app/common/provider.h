#pragma once

#include <QString>
#include <optional>

// The community platforms Roster speaks to.
enum class Provider
{
    Heartbeat,
    Forward,
    Beam
};

// "heartbeat", "forward", "beam": the names used in configuration and on the command line.
QString providerId(Provider provider);
std::optional<Provider> providerFromId(const QString &id);
// "Heartbeat", "Forward", "Beam.gg": for people.
QString providerDisplayName(Provider provider);
