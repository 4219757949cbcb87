#pragma once

#include <QStringView>

namespace DraftText {

// QStringView::trimmed(), without the call when there is nothing to trim (nearly always).
inline QStringView trim(QStringView text)
{
    if (text.isEmpty() || (!text.front().isSpace() && !text.back().isSpace()))
        return text;
    return text.trimmed();
}

} // namespace DraftText
