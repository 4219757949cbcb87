#include "display_text.h"

namespace {
bool needsEscape(char16_t c, bool keepNewlines)
{
    if (c == u'\t' || (keepNewlines && c == u'\n'))
        return false;
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

QString escape(const QString &text, bool keepNewlines)
{
    qsizetype first = 0;
    while (first < text.size() && !needsEscape(text.at(first).unicode(), keepNewlines))
        ++first;
    if (first == text.size())
        return text;
    QString result = text.left(first);
    result.reserve(text.size() + 8);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (!needsEscape(c, keepNewlines)) {
            result += QChar(c);
            continue;
        }
        static constexpr char hex[] = "0123456789abcdef";
        result += u"\\x";
        result += QLatin1Char(hex[c >> 4]);
        result += QLatin1Char(hex[c & 0xf]);
    }
    return result;
}
} // namespace

QString DisplayText::escaped(const QString &text)
{
    return escape(text, false);
}

QString DisplayText::escapedKeepingLines(const QString &text)
{
    return escape(text, true);
}

QVariant DisplayText::escapedForRole(const QVariant &value, int role)
{
    if (value.typeId() != QMetaType::QString)
        return value;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return escaped(value.toString());
    case Qt::ToolTipRole:
        return escapedKeepingLines(value.toString());
    default:
        return value;
    }
}
