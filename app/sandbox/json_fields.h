#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Parses a request body that must be a JSON object.
struct JsonBody
{
    static std::optional<QJsonObject> parse(const QByteArray &body, QString *error);
};

// What is wrong with one field, so that each provider can word it in its own style.
enum class FieldProblem
{
    Missing,
    NotAString,
    Blank,
    NotAnEmail,
    NotAStringArray,
    NotABoolean,
    NotBase64,
    Other // the message says it
};

struct FieldFailure
{
    QString field;
    FieldProblem problem = FieldProblem::Other;
    QString message; // names the field, e.g. "email is required"
};

// Reads typed fields from a JSON object and keeps every problem, at most one per field, in the
// order they were found.
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
    QStringList requiredStringList(const QString &name);
    std::optional<QString> optionalString(const QString &name);
    // Absent is fine; present must be a string that is not blank.
    std::optional<QString> optionalNonEmptyString(const QString &name);
    std::optional<QString> optionalEmail(const QString &name);
    std::optional<QStringList> optionalStringList(const QString &name);
    std::optional<bool> optionalBool(const QString &name);
    // Raw base64 or a data URI; an empty string reads as empty data.
    std::optional<QByteArray> optionalBase64(const QString &name);

    bool ok() const { return m_failures.isEmpty(); }
    bool failed(const QString &name) const;
    // The first problem found.
    QString field() const { return ok() ? QString() : m_failures.constFirst().field; }
    QString message() const { return ok() ? QString() : m_failures.constFirst().message; }
    const QList<FieldFailure> &failures() const { return m_failures; }
    void fail(const QString &field, const QString &message,
              FieldProblem problem = FieldProblem::Other);

private:
    const QJsonObject m_object;
    QList<FieldFailure> m_failures;
};

bool isValidEmail(const QString &email);
QString normalizedEmail(const QString &email);
