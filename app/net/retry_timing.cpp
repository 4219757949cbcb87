#include "retry_timing.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringList>
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

    // RFC 9110 IMF-fixdate, plus the obsolete RFC 850 and asctime forms it says to accept. The
    // fields are read as GMT directly: parsed as local time first, a date in an hour that
    // daylight saving skips would shift. The weekday is not checked: read with a two-digit year
    // in the wrong century, it would not match and the date would be lost.
    static const QRegularExpression imfFixdate(
        uR"(^[A-Za-z]{3}, (\d{2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$)"_s);
    static const QRegularExpression rfc850(
        uR"(^[A-Za-z]{6,9}, (\d{2})-([A-Za-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$)"_s);
    static const QRegularExpression asctime(
        uR"(^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})$)"_s);
    static const QStringList months{u"Jan"_s, u"Feb"_s, u"Mar"_s, u"Apr"_s, u"May"_s, u"Jun"_s,
                                    u"Jul"_s, u"Aug"_s, u"Sep"_s, u"Oct"_s, u"Nov"_s, u"Dec"_s};
    const QString date = QString::fromLatin1(text).simplified();
    QRegularExpressionMatch match;
    int day = 0, month = 0, year = 0, clock = 0; // clock: index of the hours capture
    if ((match = imfFixdate.match(date)).hasMatch()) {
        day = match.captured(1).toInt();
        month = int(months.indexOf(match.captured(2))) + 1;
        year = match.captured(3).toInt();
        clock = 4;
    } else if ((match = rfc850.match(date)).hasMatch()) {
        day = match.captured(1).toInt();
        month = int(months.indexOf(match.captured(2))) + 1;
        // A two-digit year more than 50 years ahead is the latest such year in the past.
        year = now.date().year() / 100 * 100 + match.captured(3).toInt();
        if (year > now.date().year() + 50)
            year -= 100;
        clock = 4;
    } else if ((match = asctime.match(date)).hasMatch()) {
        month = int(months.indexOf(match.captured(1))) + 1;
        day = match.captured(2).toInt();
        year = match.captured(6).toInt();
        clock = 3;
    } else {
        return std::nullopt;
    }
    const QDate when(year, month, day);
    const QTime at(match.captured(clock).toInt(), match.captured(clock + 1).toInt(),
                   match.captured(clock + 2).toInt());
    if (month == 0 || !when.isValid() || !at.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(QDateTime(when, at, Qt::UTC)));
}

qint64 fullJitterBackoffMs(int attempt, qint64 baseMs, qint64 capMs)
{
    const int exponent = std::clamp(attempt, 0, 30);
    const qint64 ceiling = std::min(capMs, baseMs << exponent);
    return QRandomGenerator::global()->bounded(ceiling + 1);
}
