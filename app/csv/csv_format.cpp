#include "csv_format.h"

using namespace Qt::StringLiterals;

QString csvEncodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return u"UTF-8"_s;
    case CsvEncoding::Utf16LE:
        return u"UTF-16LE"_s;
    case CsvEncoding::Utf16BE:
        return u"UTF-16BE"_s;
    case CsvEncoding::Windows1252:
        return u"windows-1252"_s;
    }
    return {};
}

std::optional<CsvEncoding> csvEncodingFromName(QStringView name)
{
    QString key = name.trimmed().toString().toLower();
    key.remove(u'-');
    key.remove(u'_');
    if (key == u"utf8")
        return CsvEncoding::Utf8;
    if (key == u"utf16le")
        return CsvEncoding::Utf16LE;
    if (key == u"utf16be")
        return CsvEncoding::Utf16BE;
    if (key == u"windows1252" || key == u"cp1252")
        return CsvEncoding::Windows1252;
    return std::nullopt;
}

bool isUsableCsvDelimiter(QChar delimiter)
{
    return delimiter != u'"' && delimiter != u'\r' && delimiter != u'\n' && delimiter != u'\0';
}

QString csvDelimiterName(QChar delimiter)
{
    return delimiter == u'\t' ? u"tab"_s : QString(delimiter);
}

std::optional<QChar> csvDelimiterFromName(QStringView name)
{
    if (name.compare(u"tab", Qt::CaseInsensitive) == 0 || name == u"\\t")
        return QChar(u'\t');
    if (name.size() == 1 && isUsableCsvDelimiter(name.front()))
        return name.front();
    return std::nullopt;
}
