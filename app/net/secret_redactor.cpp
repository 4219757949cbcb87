#include "secret_redactor.h"

#include "secret_wipe.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// Shorter base64 pieces could match ordinary text by chance.
constexpr qsizetype MinBase64Piece = 6;

// The base64 characters that only `secret` determines, when it starts `offset` bytes into an
// encoded stream: they appear whatever surrounds the secret.
QString base64Core(const QByteArray &secret, int offset, QByteArray::Base64Options options)
{
    const QByteArray encoded = QByteArray(QByteArray(offset, '\0') + secret).toBase64(options);
    const qsizetype first = (8 * offset + 5) / 6;
    const qsizetype end = 8 * (offset + secret.size()) / 6;
    return QString::fromLatin1(encoded.mid(first, end - first));
}

} // namespace

SecretRedactor::Forms SecretRedactor::formsOf(const QString &text)
{
    Forms forms;
    forms.text = text;
    const QByteArray utf8 = text.toUtf8();
    forms.anyCase << text;
    const QString percent = QString::fromLatin1(QUrl::toPercentEncoding(text));
    if (percent != text)
        forms.anyCase << percent;
    for (const auto alphabet : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        for (int offset = 0; offset < 3; ++offset) {
            const QString core = base64Core(utf8, offset, alphabet);
            if (core.size() >= MinBase64Piece && !forms.base64.contains(core))
                forms.base64 << core;
        }
    }
    return forms;
}

SecretRedactor::~SecretRedactor()
{
    if (!m_secrets.isDetached())
        return; // another copy still holds them
    for (Forms &secret : m_secrets) {
        SecretWipe::wipe(secret.text);
        for (QString &form : secret.anyCase)
            SecretWipe::wipe(form);
        for (QString &form : secret.base64)
            SecretWipe::wipe(form);
    }
}

void SecretRedactor::addSecret(const QByteArray &secret)
{
    const QString text = QString::fromUtf8(secret).trimmed();
    if (text.size() < 4)
        return;
    for (const Forms &known : std::as_const(m_secrets)) {
        if (known.text == text)
            return;
    }
    if (m_secrets.size() >= MaxSecrets)
        m_secrets.removeAt(1); // the oldest after the key
    m_secrets.append(formsOf(text));
}

QString SecretRedactor::redact(QString text) const
{
    for (const Forms &secret : m_secrets) {
        for (const QString &form : secret.anyCase)
            text.replace(form, Mask, Qt::CaseInsensitive);
    }
    for (const Forms &secret : m_secrets) {
        for (const QString &form : secret.base64)
            text.replace(form, Mask);
    }
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
