#include "provider_json.h"

using namespace Qt::StringLiterals;

namespace ProviderJson {

QString idText(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        const qint64 whole = value.toInteger();
        return double(whole) == number ? QString::number(whole) : QString::number(number, 'g', 17);
    }
    return value.isString() ? value.toString().trimmed() : QString();
}

NamedRef ref(const QJsonValue &value, BareValue bare)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        return NamedRef{idText(object.value(u"id"_s)), object.value(u"name"_s).toString()};
    }
    if (value.isString() && bare == BareValue::IsName)
        return NamedRef{{}, value.toString()};
    return NamedRef{idText(value), {}};
}

std::optional<QJsonArray> listItems(const QJsonDocument &answer)
{
    if (answer.isArray())
        return answer.array();
    const QJsonObject object = answer.object();
    for (const QString &key : {u"data"_s, u"users"_s}) {
        const QJsonValue items = object.value(key);
        if (items.isArray())
            return items.toArray();
    }
    return std::nullopt;
}

QDateTime time(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

MemberStatus status(const QJsonValue &value)
{
    const QString word = value.toString().trimmed().toLower();
    if (word == u"active")
        return MemberStatus::Active;
    if (word == u"pending" || word == u"invited")
        return MemberStatus::Pending;
    if (word == u"inactive" || word == u"deactivated" || word == u"disabled" ||
        word == u"suspended")
        return MemberStatus::Deactivated;
    return MemberStatus::Unknown;
}

bool refusesWrite(const QJsonDocument &answer)
{
    const QJsonValue success = answer.object().value(u"success"_s);
    return success.isBool() && !success.toBool();
}

} // namespace ProviderJson
