#include "workspace.h"

#include "workspace_url.h"

#include <QUuid>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

Workspace Workspace::create(const QString &name, Provider provider)
{
    Workspace workspace;
    workspace.id = newId();
    workspace.name = name.trimmed();
    workspace.provider = provider;
    workspace.apiBaseUrl = defaultApiBaseUrl(provider);
    workspace.requestBudget = defaultRequestBudget(provider);
    return workspace;
}

QString Workspace::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool Workspace::isValidId(const QString &id)
{
    const QUuid uuid = QUuid::fromString(id);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == id;
}

QUrl Workspace::defaultApiBaseUrl(Provider provider)
{
    switch (provider) {
    case Provider::Heartbeat:
        return QUrl(u"https://api.heartbeat.chat/v0"_s);
    case Provider::Beam:
        return QUrl(u"https://api.beam.gg"_s);
    case Provider::Forward:
        return {};
    }
    return {};
}

double Workspace::defaultRequestBudget(Provider provider)
{
    switch (provider) {
    case Provider::Heartbeat:
        return 10;
    case Provider::Forward:
        return 10;
    case Provider::Beam:
        return 5;
    }
    return 5;
}

QStringList Workspace::problems() const
{
    QStringList problems;
    if (!isValidId(id))
        problems << tr("Workspace id \"%1\" is not a UUID.").arg(id);

    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty())
        problems << tr("Name is empty.");
    else if (trimmedName.size() > MaxNameLength)
        problems << tr("Name is longer than %n characters.", nullptr, MaxNameLength);
    else if (std::any_of(name.cbegin(), name.cend(), [](QChar c) {
                 return c.isNonCharacter() || c.category() == QChar::Other_Control;
             }))
        problems << tr("Name contains a control character.");

    if (apiBaseUrl.isEmpty() && provider == Provider::Forward) {
        problems << tr("API address is missing: Forward has no default; give the address of "
                       "your Forward portal's API.");
    } else if (const auto problem = WorkspaceUrl::problem(apiBaseUrl, tr("API address"))) {
        problems << *problem;
    }

    if (!communityUrl.isEmpty()) {
        if (provider != Provider::Heartbeat) {
            problems << tr("Community address applies to Heartbeat only, not to %1.")
                            .arg(providerDisplayName(provider));
        } else if (const auto problem =
                       WorkspaceUrl::problem(communityUrl, tr("Community address"))) {
            problems << *problem;
        }
    }

    if (!businessId.isEmpty()) {
        if (provider != Provider::Forward) {
            problems << tr("Business ID applies to Forward only, not to %1.")
                            .arg(providerDisplayName(provider));
        } else if (businessId.size() > MaxBusinessIdLength) {
            problems << tr("Business ID is longer than %n characters.", nullptr,
                           MaxBusinessIdLength);
        } else if (std::any_of(businessId.cbegin(), businessId.cend(),
                               [](QChar c) { return !c.isPrint() || c.isSpace(); })) {
            problems << tr("Business ID contains a space or a control character.");
        }
    }

    if (!std::isfinite(requestBudget) || requestBudget <= 0) {
        problems << tr("Request budget must be more than 0 requests per second.");
    } else if (requestBudget > MaxRequestBudget) {
        problems << tr("Request budget of %1 requests per second is more than the limit of %2.")
                        .arg(requestBudget)
                        .arg(MaxRequestBudget);
    }
    return problems;
}
