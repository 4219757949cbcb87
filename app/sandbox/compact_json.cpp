#include "compact_json.h"

#include <algorithm>
#include <cstring>

namespace {
char hexDigit(unsigned value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

char *writeEscapedUnit(char *cursor, char16_t unit)
{
    *cursor++ = '\\';
    *cursor++ = 'u';
    *cursor++ = hexDigit((unit >> 12) & 0xf);
    *cursor++ = hexDigit((unit >> 8) & 0xf);
    *cursor++ = hexDigit((unit >> 4) & 0xf);
    *cursor++ = hexDigit(unit & 0xf);
    return cursor;
}

char *writeUtf8(char *cursor, char32_t code)
{
    if (code < 0x800) {
        *cursor++ = char(0xc0 | (code >> 6));
    } else if (code < 0x10000) {
        *cursor++ = char(0xe0 | (code >> 12));
        *cursor++ = char(0x80 | ((code >> 6) & 0x3f));
    } else {
        *cursor++ = char(0xf0 | (code >> 18));
        *cursor++ = char(0x80 | ((code >> 12) & 0x3f));
        *cursor++ = char(0x80 | ((code >> 6) & 0x3f));
    }
    *cursor++ = char(0x80 | (code & 0x3f));
    return cursor;
}

char escapeLetter(char16_t unit)
{
    switch (unit) {
    case u'"':
        return '"';
    case u'\\':
        return '\\';
    case u'\b':
        return 'b';
    case u'\f':
        return 'f';
    case u'\n':
        return 'n';
    case u'\r':
        return 'r';
    case u'\t':
        return 't';
    default:
        return 0;
    }
}
} // namespace

// Written through a cursor into room for the worst case (six bytes a unit), then cut to size:
// byte-by-byte appends cost more than the rest of a listing.
void CompactJson::appendString(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size() * 6 + 2);
    char *const begin = out.data() + start;
    char *cursor = begin;
    *cursor++ = '"';
    const char16_t *unit = text.utf16();
    const char16_t *const end = unit + text.size();
    while (unit != end) {
        const char16_t u = *unit++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *cursor++ = char(u);
            } else if (const char letter = escapeLetter(u)) {
                *cursor++ = '\\';
                *cursor++ = letter;
            } else {
                cursor = writeEscapedUnit(cursor, u);
            }
        } else if (QChar::isHighSurrogate(u) && unit != end && QChar::isLowSurrogate(*unit)) {
            cursor = writeUtf8(cursor, QChar::surrogateToUcs4(u, *unit++));
        } else if (QChar::isSurrogate(u)) {
            cursor = writeEscapedUnit(cursor, u);
        } else {
            cursor = writeUtf8(cursor, u);
        }
    }
    *cursor++ = '"';
    out.resize(start + (cursor - begin));
}

namespace {
// Days since 1970-01-01 to a civil date (proleptic Gregorian), after Howard Hinnant's algorithm.
void civilFromDays(qint64 days, qint64 *year, int *month, int *day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    *day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    *month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    *year = yearOfEra + era * 400 + (*month <= 2 ? 1 : 0);
}

char *writeDigits(char *cursor, qint64 value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        cursor[i] = char('0' + value % 10);
        value /= 10;
    }
    return cursor + width;
}
} // namespace

void CompactJson::appendIsoTime(QByteArray &out, const QDateTime &time)
{
    if (!time.isValid()) {
        out.append("\"\"");
        return;
    }
    const qint64 msecs = time.toMSecsSinceEpoch();
    constexpr qint64 MsecsPerDay = 86400000;
    const qint64 days = msecs >= 0 ? msecs / MsecsPerDay : (msecs - MsecsPerDay + 1) / MsecsPerDay;
    const qint64 inDay = msecs - days * MsecsPerDay;
    qint64 year = 0;
    int month = 0;
    int day = 0;
    civilFromDays(days, &year, &month, &day);
    if (year < 0 || year > 9999) { // rare: the way Qt writes such years is Qt's business
        appendString(out, time.toUTC().toString(Qt::ISODateWithMs));
        return;
    }
    char text[32];
    char *cursor = text;
    *cursor++ = '"';
    cursor = writeDigits(cursor, year, 4);
    *cursor++ = '-';
    cursor = writeDigits(cursor, month, 2);
    *cursor++ = '-';
    cursor = writeDigits(cursor, day, 2);
    *cursor++ = 'T';
    cursor = writeDigits(cursor, inDay / 3600000, 2);
    *cursor++ = ':';
    cursor = writeDigits(cursor, inDay / 60000 % 60, 2);
    *cursor++ = ':';
    cursor = writeDigits(cursor, inDay / 1000 % 60, 2);
    *cursor++ = '.';
    cursor = writeDigits(cursor, inDay % 1000, 3);
    *cursor++ = 'Z';
    *cursor++ = '"';
    out.append(text, cursor - text);
}

void CompactJson::appendKey(QByteArray &out, const char *key, bool first)
{
    char text[64];
    char *cursor = text;
    if (!first)
        *cursor++ = ',';
    *cursor++ = '"';
    const std::size_t length = std::min<std::size_t>(std::strlen(key), sizeof text - 4);
    std::memcpy(cursor, key, length);
    cursor += length;
    *cursor++ = '"';
    *cursor++ = ':';
    out.append(text, cursor - text);
}

void CompactJson::appendBool(QByteArray &out, bool value)
{
    out.append(value ? "true" : "false");
}

void CompactJson::appendIsoTimeOrNull(QByteArray &out, const QDateTime &time)
{
    if (time.isValid())
        appendIsoTime(out, time);
    else
        out.append("null");
}
