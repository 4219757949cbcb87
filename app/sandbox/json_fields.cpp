#include "json_fields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

std::optional<QJsonObject> JsonBody::parse(const QByteArray &body, QString *error)
{
    if (body.trimmed().isEmpty()) {
        *error = u"request body must be a JSON object"_s;
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"request body is not valid JSON: %1 at offset %2"_s.arg(
            parseError.errorString(), QString::number(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = u"request body must be a JSON object"_s;
        return std::nullopt;
    }
    return document.object();
}

void FieldReader::fail(const QString &field, const QString &message)
{
    if (!ok())
        return;
    m_field = field;
    m_message = message;
}

QString FieldReader::requiredString(const QString &name, Whitespace whitespace)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        fail(name, u"%1 is required"_s.arg(name));
        return {};
    }
    if (!value.isString()) {
        fail(name, u"%1 must be a string"_s.arg(name));
        return {};
    }
    const QString text =
        whitespace == Whitespace::Trim ? value.toString().trimmed() : value.toString();
    if (text.trimmed().isEmpty())
        fail(name, u"%1 must not be empty"_s.arg(name));
    return text;
}

QString FieldReader::requiredEmail(const QString &name)
{
    const QString email = requiredString(name);
    if (ok() && !isValidEmail(email))
        fail(name, u"%1 is not a valid email address"_s.arg(name));
    return normalizedEmail(email);
}

std::optional<QString> FieldReader::optionalString(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isString()) {
        fail(name, u"%1 must be a string"_s.arg(name));
        return std::nullopt;
    }
    return value.toString().trimmed();
}

std::optional<QString> FieldReader::optionalNonEmptyString(const QString &name)
{
    const std::optional<QString> text = optionalString(name);
    if (text && text->isEmpty())
        fail(name, u"%1 must not be empty"_s.arg(name));
    return text;
}

std::optional<QString> FieldReader::optionalEmail(const QString &name)
{
    const std::optional<QString> email = optionalString(name);
    if (email && !isValidEmail(*email)) {
        fail(name, u"%1 is not a valid email address"_s.arg(name));
        return std::nullopt;
    }
    return email ? std::optional<QString>(normalizedEmail(*email)) : std::nullopt;
}

std::optional<QStringList> FieldReader::optionalStringList(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isArray()) {
        fail(name, u"%1 must be an array of strings"_s.arg(name));
        return std::nullopt;
    }
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString()) {
            fail(name, u"%1 must be an array of strings"_s.arg(name));
            return std::nullopt;
        }
        list.append(item.toString());
    }
    return list;
}

std::optional<QByteArray> FieldReader::optionalBase64(const QString &name)
{
    const std::optional<QString> text = optionalString(name);
    if (!text)
        return std::nullopt;
    QString data = *text;
    if (data.startsWith(u"data:"_s) && data.contains(u','))
        data = data.mid(data.indexOf(u',') + 1);
    auto decoded =
        QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        fail(name, u"%1 must be base64-encoded image data"_s.arg(name));
        return std::nullopt;
    }
    return decoded.decoded;
}

bool isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(uR"(^[^\s@]+@[^\s@]+\.[^\s@]+$)"_s);
    return email.size() <= 254 && pattern.match(email).hasMatch();
}

QString normalizedEmail(const QString &email)
{
    return email.trimmed().toLower();
}
