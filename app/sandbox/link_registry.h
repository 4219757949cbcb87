#pragma once

#include <QHash>
#include <QString>
#include <functional>

// One-time login links: unguessable codes (128 bits from the system CSPRNG) that can be redeemed
// once within their lifetime. Kept in memory only: a restart invalidates every outstanding link.
class LinkRegistry
{
public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch

    enum class Outcome
    {
        Redeemed,
        Gone,
        Unknown
    };
    struct Redemption
    {
        Outcome outcome = Outcome::Unknown;
        QString provider;
        QString memberId;
    };

    explicit LinkRegistry(qint64 lifetimeMs, Clock clock = {});

    QString issue(const QString &provider, const QString &memberId);
    Redemption redeem(const QString &provider, const QString &code);
    qsizetype outstanding() const;

    static QString newCode();

private:
    struct Entry
    {
        QString provider;
        QString memberId;
        qint64 expiresAtMs = 0;
        bool used = false;
    };

    void forgetStale(qint64 nowMs);

    qint64 m_lifetimeMs;
    Clock m_clock;
    QHash<QString, Entry> m_links;
};
