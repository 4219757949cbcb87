#include "search_folding.h"

#include <QString>
#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace SearchFolding {
namespace {

// The folded form of each BMP character, in UTF-8, at most 7 bytes (the longest NFKD
// expansions are dropped past that: they are symbols, not letters, e.g. "ﷺ").
struct FoldedChar
{
    std::array<char, 7> bytes{};
    quint8 size = 0;
};

QString baseLetters(char16_t c)
{
    switch (c) {
    case u'ß':
    case u'ẞ':
        return u"ss"_s;
    case u'æ':
    case u'Æ':
        return u"ae"_s;
    case u'œ':
    case u'Œ':
        return u"oe"_s;
    case u'ø':
    case u'Ø':
        return u"o"_s;
    case u'đ':
    case u'Đ':
        return u"d"_s;
    case u'ł':
    case u'Ł':
        return u"l"_s;
    case u'ħ':
    case u'Ħ':
        return u"h"_s;
    case u'ŧ':
    case u'Ŧ':
        return u"t"_s;
    case u'ı':
        return u"i"_s;
    case u'þ':
    case u'Þ':
        return u"th"_s;
    default:
        break;
    }
    const QString decomposed = QString(QChar(c)).normalized(QString::NormalizationForm_KD);
    QString letters;
    letters.reserve(decomposed.size());
    for (QChar part : decomposed) {
        if (part.category() != QChar::Mark_NonSpacing && part.category() != QChar::Mark_Enclosing)
            letters.append(part);
    }
    return letters.toCaseFolded();
}

class FoldTable
{
public:
    FoldTable()
    {
        for (char32_t c = 0x80; c < 0x10000; ++c) {
            if (QChar::isSurrogate(c))
                continue;
            const QByteArray utf8 = baseLetters(char16_t(c)).toUtf8();
            FoldedChar &entry = m_table[c];
            if (utf8.size() <= qsizetype(entry.bytes.size())) {
                std::copy(utf8.begin(), utf8.end(), entry.bytes.begin());
                entry.size = quint8(utf8.size());
            }
        }
    }
    const FoldedChar &operator[](char16_t c) const { return m_table[c]; }

private:
    std::array<FoldedChar, 0x10000> m_table;
};

const FoldTable &table()
{
    static const auto instance = std::make_unique<FoldTable>();
    return *instance;
}

} // namespace

void appendFolded(QStringView text, QByteArray *out)
{
    const FoldTable *fold = nullptr;
    const char16_t *chars = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype size = text.size();
    // Written in place: at most 7 bytes a character (FoldedChar), 4 for a surrogate pair.
    const qsizetype start = out->size();
    out->resize(start + size * qsizetype(sizeof(FoldedChar::bytes)));
    char *to = out->data() + start;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = chars[i];
        if (c < 0x80) {
            *to++ = char(c >= u'A' && c <= u'Z' ? c + 0x20 : c);
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(chars[i + 1])) {
            const char32_t folded = QChar::toCaseFolded(QChar::surrogateToUcs4(c, chars[i + 1]));
            const char32_t units[1] = {folded};
            const QByteArray utf8 = QString::fromUcs4(units, 1).toUtf8();
            to = std::copy(utf8.cbegin(), utf8.cend(), to);
            ++i;
            continue;
        }
        if (!fold)
            fold = &table();
        const FoldedChar &entry = (*fold)[c];
        to = std::copy_n(entry.bytes.data(), entry.size, to);
    }
    out->truncate(to - out->constData());
}

QByteArray folded(QStringView text)
{
    QByteArray out;
    out.reserve(text.size());
    appendFolded(text, &out);
    return out;
}

} // namespace SearchFolding
