#include "retry_timing.h"

#include <QLocale>
#include <QRandomGenerator>
#include <algorithm>

using namespace Qt::StringLiterals;

std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool numeric = false;
    const qint64 seconds = text.toLongLong(&numeric);
    if (numeric)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);

    // RFC 9110 IMF-fixdate, plus the obsolete RFC 850 and asctime forms it says to accept.
    const QString date = QString::fromLatin1(text).simplified();
    const QLocale c = QLocale::c();
    for (const QString &format :
         {u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s, u"dddd, dd-MMM-yy HH:mm:ss 'GMT'"_s,
          u"ddd MMM d HH:mm:ss yyyy"_s}) {
        QDateTime when = c.toDateTime(date, format);
        if (!when.isValid())
            continue;
        if (when.date().year() < 1970)
            when = when.addYears(100);
        when.setTimeSpec(Qt::UTC); // the text is GMT; reinterpret, do not convert
        return std::max<qint64>(0, now.msecsTo(when));
    }
    return std::nullopt;
}

qint64 fullJitterBackoffMs(int attempt, qint64 baseMs, qint64 capMs)
{
    const int exponent = std::clamp(attempt, 0, 30);
    const qint64 ceiling = std::min(capMs, baseMs << exponent);
    return QRandomGenerator::global()->bounded(ceiling + 1);
}
