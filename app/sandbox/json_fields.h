#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// Parses a request body that must be a JSON object.
struct JsonBody
{
    static std::optional<QJsonObject> parse(const QByteArray &body, QString *error);
};

// Reads typed fields from a JSON object and keeps the first problem, naming the field.
class FieldReader
{
public:
    explicit FieldReader(const QJsonObject &object) : m_object(object) {}

    enum class Whitespace
    {
        Trim,
        Keep
    };
    QString requiredString(const QString &name, Whitespace whitespace = Whitespace::Trim);
    QString requiredEmail(const QString &name);
    std::optional<QString> optionalString(const QString &name);
    // Absent is fine; present must be a string that is not blank.
    std::optional<QString> optionalNonEmptyString(const QString &name);
    std::optional<QString> optionalEmail(const QString &name);
    std::optional<QStringList> optionalStringList(const QString &name);
    std::optional<QByteArray> optionalBase64(const QString &name);

    bool ok() const { return m_field.isEmpty(); }
    QString field() const { return m_field; }
    QString message() const { return m_message; }
    void fail(const QString &field, const QString &message);

private:
    const QJsonObject m_object;
    QString m_field;
    QString m_message;
};

bool isValidEmail(const QString &email);
QString normalizedEmail(const QString &email);
