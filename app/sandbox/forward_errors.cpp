#include "forward_errors.h"

#include "json_fields.h"

using namespace Qt::StringLiterals;

namespace {
QString javaStyleProblem(const FieldFailure &failure)
{
    switch (failure.problem) {
    case FieldProblem::Missing:
        return u"must not be null"_s;
    case FieldProblem::NotAString:
        return u"must be a string"_s;
    case FieldProblem::Blank:
        return u"must not be blank"_s;
    case FieldProblem::NotAnEmail:
        return u"must be a well-formed email address"_s;
    case FieldProblem::NotAStringArray:
        return u"must be an array of strings"_s;
    case FieldProblem::NotABoolean:
        return u"must be a boolean"_s;
    case FieldProblem::NotBase64:
        return u"must be base64 data"_s;
    case FieldProblem::Other:
        break;
    }
    return failure.message;
}
} // namespace

namespace ForwardErrors {
QString typeFor(int status)
{
    switch (status) {
    case 400:
        return u"INVALID_REQUEST"_s;
    case 401:
        return u"UNAUTHORIZED"_s;
    case 403:
        return u"FORBIDDEN"_s;
    case 404:
        return u"NOT_FOUND"_s;
    case 405:
        return u"METHOD_NOT_ALLOWED"_s;
    case 409:
        return u"CONFLICT"_s;
    case 422:
        return u"UNPROCESSABLE_ENTITY"_s;
    case 429:
        return u"TOO_MANY_REQUESTS"_s;
    case 503:
        return u"SERVICE_UNAVAILABLE"_s;
    default:
        return u"INTERNAL_ERROR"_s;
    }
}

QString codeFor(int status)
{
    switch (status) {
    case 400:
        return u"invalid_argument"_s;
    case 401:
        return u"invalid_api_key"_s;
    case 403:
        return u"forbidden"_s;
    case 404:
        return u"not_found"_s;
    case 405:
        return u"method_not_allowed"_s;
    case 409:
        return u"conflict"_s;
    case 422:
        return u"unprocessable"_s;
    case 429:
        return u"rate_limit_exceeded"_s;
    case 503:
        return u"service_unavailable"_s;
    default:
        return u"internal_error"_s;
    }
}

ApiResponse error(int status, const QString &message, const QJsonObject &argumentErrors)
{
    return error(status, codeFor(status), message, argumentErrors);
}

ApiResponse error(int status, const QString &code, const QString &message,
                  const QJsonObject &argumentErrors)
{
    return ApiResponse::json(status, QJsonObject{{u"type"_s, typeFor(status)},
                                                 {u"code"_s, code},
                                                 {u"argument_errors"_s, argumentErrors},
                                                 {u"message"_s, message}});
}

ApiResponse invalidRequest(const QJsonObject &argumentErrors)
{
    return error(400, u"Invalid request"_s, argumentErrors);
}

ApiResponse invalidRequest(const FieldReader &fields)
{
    return invalidRequest(argumentErrors(fields));
}

ApiResponse userNotFound(const QString &id)
{
    return error(404, u"user_not_found"_s, u"User %1 not found"_s.arg(id), {});
}

QJsonObject argumentErrors(const FieldReader &fields)
{
    QJsonObject errors;
    for (const FieldFailure &failure : fields.failures())
        errors.insert(failure.field, javaStyleProblem(failure));
    return errors;
}
} // namespace ForwardErrors
