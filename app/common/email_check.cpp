#include "email_check.h"

#include <QCoreApplication>
#include <algorithm>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {
constexpr qsizetype MaxLength = 254;
constexpr qsizetype MaxLocalLength = 64;
constexpr qsizetype MaxLabelLength = 63;

// What a character may be in an address.
enum Class : unsigned char
{
    Forbidden, // controls, spaces, ( ) < > [ ] \ , ; : "
    Dot,
    At,
    Local, // allowed before the @ only: ! # $ % & ' * + / = ? ^ _ ` { | } ~
    Label  // letters, digits and '-', and non-ASCII letters: allowed anywhere
};

struct ClassTable
{
    unsigned char classes[128] = {};
    constexpr ClassTable()
    {
        for (int c = 0x21; c < 0x7F; ++c)
            classes[c] = Local;
        for (const char c : "()<>[]\\,;:\"")
            classes[uchar(c)] = Forbidden;
        for (int c = 'a'; c <= 'z'; ++c)
            classes[c] = Label;
        for (int c = 'A'; c <= 'Z'; ++c)
            classes[c] = Label;
        for (int c = '0'; c <= '9'; ++c)
            classes[c] = Label;
        classes[uchar('-')] = Label;
        classes[uchar('.')] = Dot;
        classes[uchar('@')] = At;
    }
};
constexpr ClassTable Table;

inline Class classOf(char16_t c)
{
    if (c < 0x80)
        return Class(Table.classes[c]);
    if (c < 0xA0 || QChar::isSpace(char32_t(c))) // C1 controls, non-ASCII spaces
        return Forbidden;
    return Label; // internationalised addresses
}
bool isAsciiAlphanumeric(char16_t c)
{
    return (c >= u'0' && c <= u'9') || ((c | 0x20) >= u'a' && (c | 0x20) <= u'z');
}

// Calls `f(i)` for the index of each character of `text` that is not an ASCII letter or digit,
// in order, until `f` returns false; the letters and digits go by eight at a time.
template <typename F> void forEachSpecial(const char16_t *text, qsizetype size, F &&f)
{
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i caseBit = _mm_set1_epi16(0x20);
    const __m128i beforeA = _mm_set1_epi16(u'a' - 1);
    const __m128i afterZ = _mm_set1_epi16(u'z' + 1);
    const __m128i before0 = _mm_set1_epi16(u'0' - 1);
    const __m128i after9 = _mm_set1_epi16(u'9' + 1);
    // One bit per character of the eight at `block`, set for those that are not letters or
    // digits (the even bits of the byte mask).
    const auto specials = [&](qsizetype block) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + block));
        const __m128i lower = _mm_or_si128(v, caseBit); // units past 0x7FFF compare negative
        const __m128i letter =
            _mm_and_si128(_mm_cmpgt_epi16(lower, beforeA), _mm_cmplt_epi16(lower, afterZ));
        const __m128i digit =
            _mm_and_si128(_mm_cmpgt_epi16(v, before0), _mm_cmplt_epi16(v, after9));
        return ~unsigned(_mm_movemask_epi8(_mm_or_si128(letter, digit))) & 0x5555u;
    };
    const auto visit = [&](qsizetype block, unsigned special) {
        for (; special != 0; special &= special - 1) {
            if (!f(block + (__builtin_ctz(special) >> 1)))
                return false;
        }
        return true;
    };
    for (; i + 8 <= size; i += 8) {
        if (!visit(i, specials(i)))
            return;
    }
    if (i < size && size >= 8) { // the last eight again, without those already seen
        const qsizetype block = size - 8;
        visit(block, specials(block) & ~((1u << (2 * (i - block))) - 1));
        return;
    }
#endif
    for (; i < size; ++i) {
        if (!isAsciiAlphanumeric(text[i]) && !f(i))
            return;
    }
}
} // namespace

EmailCheck::Problem EmailCheck::check(QStringView email)
{
    const qsizetype size = email.size();
    if (size == 0)
        return Problem::Empty;
    if (size > MaxLength)
        return Problem::TooLong;
    const char16_t *const s = email.utf16();

    // Letters and digits are always right; every other character is looked at here, in order.
    Problem problem = Problem::None;
    qsizetype at = -1;
    bool misplacedDot = false;
    qsizetype labels = 0;
    qsizetype labelStart = 0;
    // A domain label ends (at a dot or the end): false if it is not a good one.
    const auto endLabel = [&](qsizetype end) {
        const qsizetype length = end - labelStart;
        if (length == 0 || length > MaxLabelLength || s[labelStart] == u'-' || s[end - 1] == u'-')
            return false;
        ++labels;
        labelStart = end + 1;
        return true;
    };
    forEachSpecial(s, size, [&](qsizetype i) {
        const Class c = classOf(s[i]);
        if (c == Forbidden) {
            problem = Problem::ForbiddenCharacter;
        } else if (c == At) {
            if (at >= 0)
                problem = Problem::SeveralAts;
            at = i;
            labelStart = i + 1;
        } else if (at < 0) { // the local part
            if (c == Dot)
                misplacedDot = misplacedDot || i == 0 || s[i - 1] == u'.';
        } else if (c == Local || (c == Dot && !endLabel(i))) {
            problem = Problem::BadDomain;
        }
        return problem == Problem::None;
    });
    if (problem == Problem::ForbiddenCharacter || problem == Problem::SeveralAts)
        return problem;
    if (at < 0)
        return Problem::NoAt;
    if (at == 0)
        return Problem::EmptyLocalPart;
    if (at > MaxLocalLength)
        return Problem::LocalPartTooLong;
    if (misplacedDot || s[at - 1] == u'.')
        return Problem::MisplacedDot;
    if (problem != Problem::None)
        return problem;
    // The last label: the top-level domain, of two characters or more and not all digits.
    const qsizetype tld = labelStart;
    if (!endLabel(size) || labels < 2 || size - tld < 2 ||
        std::all_of(s + tld, s + size, [](char16_t c) { return c >= u'0' && c <= u'9'; }))
        return Problem::BadDomain;
    return Problem::None;
}

QString EmailCheck::describe(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return QCoreApplication::translate("EmailCheck", "it is empty");
    case Problem::TooLong:
        return QCoreApplication::translate("EmailCheck", "it is longer than %1 characters")
            .arg(MaxLength);
    case Problem::NoAt:
        return QCoreApplication::translate("EmailCheck", "it has no @");
    case Problem::SeveralAts:
        return QCoreApplication::translate("EmailCheck", "it has more than one @");
    case Problem::EmptyLocalPart:
        return QCoreApplication::translate("EmailCheck", "nothing comes before the @");
    case Problem::LocalPartTooLong:
        return QCoreApplication::translate("EmailCheck",
                                           "the part before the @ is longer than %1 characters")
            .arg(MaxLocalLength);
    case Problem::ForbiddenCharacter:
        return QCoreApplication::translate("EmailCheck",
                                           "it holds a space or one of ( ) < > [ ] \\ , ; : \"");
    case Problem::MisplacedDot:
        return QCoreApplication::translate(
            "EmailCheck", "the part before the @ starts or ends with a dot, or has two in a row");
    case Problem::BadDomain:
        return QCoreApplication::translate(
            "EmailCheck", "the part after the @ is not a domain name such as example.com");
    }
    return {};
}

QString EmailCheck::normalized(QStringView email)
{
    const QStringView trimmed = email.trimmed();
    // Lower case keeps a character's length in UTF-16: QChar::toLower maps code point to code
    // point, and in Unicode's tables BMP to BMP and astral to astral (checked all the same).
    QString lower(trimmed.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(lower.data());
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const char16_t c = trimmed[i].unicode();
        if (c < 0x80) {
            out[i] = c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
        } else if (QChar::isHighSurrogate(c) && i + 1 < trimmed.size() &&
                   trimmed[i + 1].isLowSurrogate()) {
            const char32_t code =
                QChar::toLower(QChar::surrogateToUcs4(c, trimmed[i + 1].unicode()));
            if (!QChar::requiresSurrogates(code))
                return trimmed.toString().toLower();
            out[i] = QChar::highSurrogate(code);
            out[++i] = QChar::lowSurrogate(code);
        } else {
            const char32_t code = QChar::toLower(char32_t(c));
            if (QChar::requiresSurrogates(code))
                return trimmed.toString().toLower();
            out[i] = char16_t(code);
        }
    }
    return lower;
}
