#include "json_fields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>

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

bool FieldReader::failed(const QString &name) const
{
    return std::any_of(m_failures.cbegin(), m_failures.cend(),
                       [&name](const FieldFailure &failure) { return failure.field == name; });
}

void FieldReader::fail(const QString &field, const QString &message, FieldProblem problem)
{
    if (!failed(field))
        m_failures.append(FieldFailure{field, problem, message});
}

QString FieldReader::requiredString(const QString &name, Whitespace whitespace)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined() || value.isNull()) {
        fail(name, u"%1 is required"_s.arg(name), FieldProblem::Missing);
        return {};
    }
    if (!value.isString()) {
        fail(name, u"%1 must be a string"_s.arg(name), FieldProblem::NotAString);
        return {};
    }
    const QString text =
        whitespace == Whitespace::Trim ? value.toString().trimmed() : value.toString();
    if (text.trimmed().isEmpty())
        fail(name, u"%1 must not be empty"_s.arg(name), FieldProblem::Blank);
    return text;
}

QString FieldReader::requiredEmail(const QString &name)
{
    const QString email = requiredString(name);
    if (!failed(name) && !isValidEmail(email))
        fail(name, u"%1 is not a valid email address"_s.arg(name), FieldProblem::NotAnEmail);
    return normalizedEmail(email);
}

QStringList FieldReader::requiredStringList(const QString &name)
{
    const std::optional<QStringList> list = optionalStringList(name);
    if (!list && !failed(name))
        fail(name, u"%1 is required"_s.arg(name), FieldProblem::Missing);
    return list.value_or(QStringList());
}

std::optional<QString> FieldReader::optionalString(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isString()) {
        fail(name, u"%1 must be a string"_s.arg(name), FieldProblem::NotAString);
        return std::nullopt;
    }
    return value.toString().trimmed();
}

std::optional<QString> FieldReader::optionalNonEmptyString(const QString &name)
{
    const std::optional<QString> text = optionalString(name);
    if (text && text->isEmpty())
        fail(name, u"%1 must not be empty"_s.arg(name), FieldProblem::Blank);
    return text;
}

std::optional<QString> FieldReader::optionalEmail(const QString &name)
{
    const std::optional<QString> email = optionalString(name);
    if (email && !isValidEmail(*email)) {
        fail(name, u"%1 is not a valid email address"_s.arg(name), FieldProblem::NotAnEmail);
        return std::nullopt;
    }
    return email ? std::optional<QString>(normalizedEmail(*email)) : std::nullopt;
}

std::optional<QStringList> FieldReader::optionalStringList(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined())
        return std::nullopt;
    const QJsonArray array = value.toArray();
    const bool allStrings =
        value.isArray() && std::all_of(array.cbegin(), array.cend(),
                                       [](const QJsonValue &item) { return item.isString(); });
    if (!allStrings) {
        fail(name, u"%1 must be an array of strings"_s.arg(name), FieldProblem::NotAStringArray);
        return std::nullopt;
    }
    QStringList list;
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

std::optional<bool> FieldReader::optionalBool(const QString &name)
{
    const QJsonValue value = m_object.value(name);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isBool()) {
        fail(name, u"%1 must be true or false"_s.arg(name), FieldProblem::NotABoolean);
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<QByteArray> FieldReader::optionalBase64(const QString &name)
{
    const std::optional<QString> text = optionalString(name);
    if (!text)
        return std::nullopt;
    if (text->isEmpty())
        return QByteArray();
    QString data = *text;
    if (data.startsWith(u"data:"_s) && data.contains(u','))
        data = data.mid(data.indexOf(u',') + 1);
    auto decoded =
        QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        fail(name, u"%1 must be base64-encoded image data"_s.arg(name), FieldProblem::NotBase64);
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
