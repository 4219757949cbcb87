#include "forward_user_query.h"

#include "json_fields.h"

using namespace Qt::StringLiterals;

namespace {
const QStringList UserTypes = {u"BUSINESS"_s, u"INDIVIDUAL"_s};
// Keeps page * size far from overflowing.
constexpr qint64 LargestPage = 1'000'000'000;

std::optional<QString> filter(const QUrlQuery &query, const QString &name)
{
    if (!query.hasQueryItem(name))
        return std::nullopt;
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

// A whole number of at least `min`, or `fallback` when absent; records the problem otherwise.
std::optional<qint64> wholeNumber(const QUrlQuery &query, const QString &name, qint64 fallback,
                                  qint64 min, QJsonObject *argumentErrors)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok) {
        argumentErrors->insert(name, u"must be a whole number"_s);
        return std::nullopt;
    }
    if (value < min) {
        argumentErrors->insert(name, u"must be greater than or equal to %1"_s.arg(min));
        return std::nullopt;
    }
    return value;
}
} // namespace

std::optional<ForwardUserQuery> ForwardUserQuery::parse(const QUrlQuery &query, int firstPage,
                                                        QJsonObject *argumentErrors)
{
    ForwardUserQuery parsed;
    parsed.type = query.queryItemValue(u"type"_s, QUrl::FullyDecoded);
    if (!query.hasQueryItem(u"type"_s))
        argumentErrors->insert(u"type"_s, u"must not be null"_s);
    else if (!UserTypes.contains(parsed.type))
        argumentErrors->insert(u"type"_s, u"must be one of %1"_s.arg(UserTypes.join(u", "_s)));
    parsed.email = filter(query, u"email"_s);
    if (parsed.email)
        parsed.email = normalizedEmail(*parsed.email);
    parsed.businessId = filter(query, u"business_id"_s);
    const std::optional<qint64> page =
        wholeNumber(query, u"page"_s, firstPage, firstPage, argumentErrors);
    const std::optional<qint64> size =
        wholeNumber(query, u"size"_s, DefaultSize, 1, argumentErrors);
    if (!argumentErrors->isEmpty())
        return std::nullopt;
    parsed.page = std::min(*page, LargestPage);
    parsed.size = int(std::min<qint64>(*size, MaxSize));
    return parsed;
}

bool ForwardUserQuery::matches(const ForwardMember &member) const
{
    return member.type == type && (!email || member.email == *email) &&
           (!businessId || member.businessId == *businessId);
}
