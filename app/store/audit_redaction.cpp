#include "audit_redaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
// Punctuation that ends a sentence rather than a URL: "failed at https://x/y." keeps its dot.
const QString TrailingPunctuation = u".,;:!?)]}>'\""_s;

QString redactUrl(QString url, QString *trailing)
{
    while (!url.isEmpty() && TrailingPunctuation.contains(url.back())) {
        trailing->prepend(url.back());
        url.chop(1);
    }
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return QCoreApplication::translate("AuditLog", "[link removed]");
    return parsed.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
}
} // namespace

QString redactAuditDetail(const QString &detail)
{
    static const QRegularExpression urlPattern(u"[A-Za-z][A-Za-z0-9+.-]*://\\S*"_s);
    QString redacted;
    qsizetype copiedUpTo = 0;
    QRegularExpressionMatchIterator matches = urlPattern.globalMatch(detail);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        QString trailing;
        redacted += QStringView(detail).mid(copiedUpTo, match.capturedStart() - copiedUpTo);
        redacted += redactUrl(match.captured(), &trailing);
        redacted += trailing;
        copiedUpTo = match.capturedEnd();
    }
    redacted += QStringView(detail).mid(copiedUpTo);
    redacted = redacted.trimmed();
    if (redacted.size() > MaxAuditDetailLength)
        redacted = redacted.left(MaxAuditDetailLength - 1) + QChar(0x2026); // …
    return redacted;
}
