#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Removes secrets from text before it reaches a message, a log or the audit log: the API keys
// it was told about, bearer tokens, x-api-key headers, and the query of any URL (login links
// carry their one-time code there).
class SecretRedactor
{
public:
    static inline const QString Mask = QStringLiteral("[redacted]");

    // The first secrets (the API key) stay; later ones (passwords, links) are kept while they
    // may still appear in an answer, the most recent MaxSecrets of them.
    static constexpr qsizetype MaxSecrets = 256;
    void addSecret(const QByteArray &secret);
    QString redact(QString text) const;

private:
    QStringList m_secrets;
};
