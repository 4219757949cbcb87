#pragma once

#include "api_message.h"

#include <QJsonObject>
#include <QString>

class FieldReader;

// Forward's error body (live): {"type", "code", "argument_errors": {field: problem}, "message"}.
// The values of type and code are guesses, one pair per status unless a caller names the code.
namespace ForwardErrors {
ApiResponse error(int status, const QString &message, const QJsonObject &argumentErrors = {});
ApiResponse error(int status, const QString &code, const QString &message,
                  const QJsonObject &argumentErrors);
// 400 "Invalid request" naming each field in argument_errors.
ApiResponse invalidRequest(const QJsonObject &argumentErrors);
ApiResponse invalidRequest(const FieldReader &fields);
ApiResponse userNotFound(const QString &id);

QString typeFor(int status);
QString codeFor(int status);
// Each field's problem worded like a Java service's bean validation.
QJsonObject argumentErrors(const FieldReader &fields);
} // namespace ForwardErrors
