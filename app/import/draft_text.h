#pragma once

#include <QStringView>

namespace DraftText {

// QStringView::trimmed(), without the call when both ends are visible ASCII (nearly always).
inline QStringView trim(QStringView text)
{
    const auto plain = [](QChar c) { return c.unicode() > u' ' && c.unicode() < 0x7F; };
    if (text.isEmpty() || (plain(text.front()) && plain(text.back())))
        return text;
    return text.trimmed();
}

} // namespace DraftText
