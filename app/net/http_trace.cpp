#include "http_trace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype TraceBodyLimit = 16 * 1024;

bool namesASecret(const QString &key)
{
    static const QStringList secretFields = {
        u"login_url"_s,     u"loginUrl"_s, u"url"_s,     u"magicLink"_s, u"password"_s,
        u"token"_s,         u"apiKey"_s,   u"api_key"_s, u"secret"_s,    u"access_token"_s,
        u"refresh_token"_s, u"sso_url"_s,  u"ssoUrl"_s,  u"link"_s,
    };
    return secretFields.contains(key, Qt::CaseInsensitive);
}

QJsonValue withoutSecrets(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = namesASecret(it.key()) && !it.value().isNull()
                             ? QJsonValue(SecretRedactor::Mask)
                             : withoutSecrets(it.value());
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = withoutSecrets(*it);
        return array;
    }
    return value;
}

QString headerLines(const RawHeaderList &headers)
{
    QString lines;
    for (const auto &[name, value] : headers)
        lines += u"  "_s + QString::fromLatin1(name) + u": "_s + QString::fromLatin1(value) + u'\n';
    return lines;
}

QString target(const QUrl &url)
{
    QString text = url.host() + (url.port() > 0 ? u':' + QString::number(url.port()) : QString()) +
                   url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        text += u'?' + url.query(QUrl::FullyEncoded);
    return text;
}
} // namespace

HttpTrace HttpTrace::toStandardError()
{
    return HttpTrace([](const QString &text) {
        std::fputs(text.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
    });
}

bool HttpTrace::wantedByEnvironment()
{
    const QByteArray value = qgetenv("ROSTER_TRACE_HTTP").trimmed();
    return !value.isEmpty() && value != "0";
}

QString HttpTrace::redactedBody(const QByteArray &body, const SecretRedactor &redactor,
                                qsizetype limit)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    QString text;
    if (error.error == QJsonParseError::NoError && (json.isObject() || json.isArray())) {
        const QJsonValue clean =
            withoutSecrets(json.isObject() ? QJsonValue(json.object()) : QJsonValue(json.array()));
        text = QString::fromUtf8(
            (clean.isObject() ? QJsonDocument(clean.toObject()) : QJsonDocument(clean.toArray()))
                .toJson(QJsonDocument::Compact));
    } else {
        text = QString::fromUtf8(body);
    }
    text = redactor.redact(text);
    if (text.size() > limit)
        return text.first(limit) + u"… (%1 more characters)"_s.arg(text.size() - limit);
    return text;
}

void HttpTrace::request(const HttpCall &call, int attempt, const SecretRedactor &redactor) const
{
    QString text = u"> %1 %2"_s.arg(QString::fromLatin1(call.method), target(call.url));
    if (attempt > 1)
        text += u" (attempt %1)"_s.arg(attempt);
    text += u'\n' + headerLines(call.headers);
    if (!call.body.isEmpty())
        text += u"  "_s + redactedBody(call.body, redactor, TraceBodyLimit) + u'\n';
    m_sink(redactor.redact(text));
}

void HttpTrace::answer(const HttpCall &call, const HttpResult &result, const QString &failure,
                       const SecretRedactor &redactor) const
{
    QString text = u"< %1 %2: "_s.arg(QString::fromLatin1(call.method), target(call.url));
    text += result.status > 0 ? u"HTTP %1"_s.arg(result.status) : failure;
    text += u'\n' + headerLines(result.headers);
    if (!result.body.isEmpty())
        text += u"  "_s + redactedBody(result.body, redactor, TraceBodyLimit) + u'\n';
    if (result.streamedBytes > result.body.size())
        text += u"  (read as a stream: %1 bytes, the first %2 shown)\n"_s.arg(
            QString::number(result.streamedBytes), QString::number(result.body.size()));
    m_sink(redactor.redact(text));
}
