#include "provider.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QString providerId(Provider provider)
{
    switch (provider) {
    case Provider::Heartbeat:
        return u"heartbeat"_s;
    case Provider::Forward:
        return u"forward"_s;
    case Provider::Beam:
        return u"beam"_s;
    }
    return {};
}

std::optional<Provider> providerFromId(const QString &id)
{
    for (Provider provider : {Provider::Heartbeat, Provider::Forward, Provider::Beam}) {
        if (providerId(provider).compare(id.trimmed(), Qt::CaseInsensitive) == 0)
            return provider;
    }
    return std::nullopt;
}

QString providerDisplayName(Provider provider)
{
    switch (provider) {
    case Provider::Heartbeat:
        return QCoreApplication::translate("Provider", "Heartbeat");
    case Provider::Forward:
        return QCoreApplication::translate("Provider", "Forward");
    case Provider::Beam:
        return QCoreApplication::translate("Provider", "Beam.gg");
    }
    return {};
}
