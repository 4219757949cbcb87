#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Removes secrets from text before it reaches a message, a log or the audit log: the API keys
// it was told about, bearer tokens, x-api-key headers, and the query of any URL (login links
// carry their one-time code there). A known secret is also found percent-encoded, in any letter
// case, and base64-encoded (standard or URL alphabet, padded or not, alone or inside a longer
// base64 text such as a Basic authorization).
class SecretRedactor
{
public:
    static inline const QString Mask = QStringLiteral("[redacted]");

    // The first secrets (the API key) stay; later ones (passwords, links) are kept while they
    // may still appear in an answer, the most recent MaxSecrets of them.
    static constexpr qsizetype MaxSecrets = 256;
    SecretRedactor() = default;
    SecretRedactor(const SecretRedactor &) = default;
    SecretRedactor &operator=(const SecretRedactor &) = default;
    ~SecretRedactor();
    void addSecret(const QByteArray &secret);
    QString redact(QString text) const;

private:
    struct Forms
    {
        QString text;
        QStringList anyCase; // the text itself and its percent-encoding
        QStringList base64;  // letter case matters in base64
    };
    static Forms formsOf(const QString &text);

    QList<Forms> m_secrets;
};
