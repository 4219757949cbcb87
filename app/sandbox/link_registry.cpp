#include "link_registry.h"

#include <QByteArray>
#include <QDateTime>
#include <QRandomGenerator>
#include <array>

namespace {
// Used and expired codes are remembered this long so that they answer 410 rather than 404.
constexpr qint64 GoneMemoryMs = 24 * 60 * 60 * 1000;
} // namespace

LinkRegistry::LinkRegistry(qint64 lifetimeMs, Clock clock)
    : m_lifetimeMs(lifetimeMs),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
{}

QString LinkRegistry::newCode()
{
    std::array<quint32, 4> words;
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), sizeof(words));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString LinkRegistry::issue(const QString &provider, const QString &memberId)
{
    const qint64 nowMs = m_clock();
    forgetStale(nowMs);
    QString code = newCode();
    while (m_links.contains(code))
        code = newCode();
    m_links.insert(code, Entry{provider, memberId, nowMs + m_lifetimeMs, false});
    return code;
}

LinkRegistry::Redemption LinkRegistry::redeem(const QString &provider, const QString &code)
{
    auto it = m_links.find(code);
    if (it == m_links.end() || it->provider != provider)
        return {};
    Redemption redemption{Outcome::Gone, it->provider, it->memberId};
    if (it->used || m_clock() >= it->expiresAtMs)
        return redemption;
    it->used = true;
    redemption.outcome = Outcome::Redeemed;
    return redemption;
}

qsizetype LinkRegistry::outstanding() const
{
    const qint64 nowMs = m_clock();
    return std::count_if(m_links.cbegin(), m_links.cend(), [nowMs](const Entry &entry) {
        return !entry.used && nowMs < entry.expiresAtMs;
    });
}

void LinkRegistry::forgetStale(qint64 nowMs)
{
    m_links.removeIf(
        [nowMs](const auto &item) { return nowMs >= item.value().expiresAtMs + GoneMemoryMs; });
}
