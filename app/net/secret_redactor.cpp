#include "secret_redactor.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

void SecretRedactor::addSecret(const QByteArray &secret)
{
    const QString text = QString::fromUtf8(secret).trimmed();
    if (text.size() < 4 || m_secrets.contains(text))
        return;
    if (m_secrets.size() >= MaxSecrets)
        m_secrets.removeAt(1); // the oldest after the key
    m_secrets.append(text);
}

QString SecretRedactor::redact(QString text) const
{
    for (const QString &secret : m_secrets)
        text.replace(secret, Mask);
    static const QRegularExpression bearer(uR"((?i)\bbearer\s+[^\s"',;]+)"_s);
    static const QRegularExpression apiKeyHeader(uR"((?i)\bx-api-key\s*[:=]\s*[^\s"',;]+)"_s);
    static const QRegularExpression urlQuery(
        uR"((\b[a-z][a-z0-9+.-]*://[^\s"'<>?#]*)[?#][^\s"'<>]*)"_s,
        QRegularExpression::CaseInsensitiveOption);
    text.replace(bearer, u"Bearer "_s + Mask);
    text.replace(apiKeyHeader, u"x-api-key: "_s + Mask);
    text.replace(urlQuery, u"\\1?"_s + Mask);
    return text;
}
