#include "text_sort.h"

namespace TextSort {

int compareCodePoints(QStringView a, QStringView b)
{
    const qsizetype common = std::min(a.size(), b.size());
    const char16_t *x = reinterpret_cast<const char16_t *>(a.utf16());
    const char16_t *y = reinterpret_cast<const char16_t *>(b.utf16());
    for (qsizetype i = 0; i < common; ++i) {
        if (x[i] != y[i])
            return codePointOrder(x[i]) < codePointOrder(y[i]) ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : a.size() < b.size() ? -1 : 1;
}

Key chunkKey(QStringView text, qsizetype offset)
{
    quint64 high = 0;
    quint64 low = 0;
    const char16_t *units = reinterpret_cast<const char16_t *>(text.utf16());
    for (qsizetype i = 0; i < 8; ++i) {
        const qsizetype at = offset + i;
        const quint64 unit = at < text.size() ? std::max<quint64>(codePointOrder(units[at]), 1) : 0;
        if (i < 4)
            high = (high << 16) | unit;
        else
            low = (low << 16) | unit;
    }
    return {high, low};
}

} // namespace TextSort
