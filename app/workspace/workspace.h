#pragma once

#include "provider.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

// One community on one provider. Holds no secret: the API key lives in the OS keychain under
// `id` (see KeyStore), or for the current run only in SessionKeys.
struct Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
public:
    static constexpr int MaxNameLength = 100;
    static constexpr int MaxBusinessIdLength = 200;
    // Requests per second. Every provider documents 20/s or less; anything above this is a typo.
    static constexpr double MaxRequestBudget = 100;

    QString id;   // a UUID without braces, stable: the keychain entry's name
    QString name; // for people; unique among workspaces, ignoring case
    Provider provider = Provider::Heartbeat;
    QUrl apiBaseUrl;
    QUrl communityUrl; // Heartbeat only: where members ask for their magic link; may be empty
    // Forward only: the business whose members Roster lists, adds and finds; may be empty, and
    // then Roster reaches every member the key can.
    QString businessId;
    double requestBudget = defaultRequestBudget(Provider::Heartbeat);

    // A new workspace with a fresh id and the provider's default address and budget.
    static Workspace create(const QString &name, Provider provider);
    static QString newId();
    static bool isValidId(const QString &id);

    // https://api.heartbeat.chat/v0, https://api.beam.gg; empty for Forward, which has no
    // default host (every company runs its own portal).
    static QUrl defaultApiBaseUrl(Provider provider);
    // Heartbeat 10 (its guide says 20/s in one place and 10/s in another: the safer figure),
    // Forward 10, Beam 5.
    static double defaultRequestBudget(Provider provider);

    // Readable problems, each naming its field; empty when the workspace is valid.
    QStringList problems() const;
    bool isValid() const { return problems().isEmpty(); }

    bool operator==(const Workspace &other) const = default;
};
