#include "csv_encoding.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace CsvEncodingDetection {

namespace {
struct Utf8Sequence
{
    qsizetype length; // 0: not a well-formed sequence
    char32_t code;
};

// The sequence whose lead byte (0x80 or more) is at `p`, as RFC 3629 allows it: no overlong
// forms, no surrogates, nothing past U+10FFFF.
inline Utf8Sequence readSequence(const uchar *p, const uchar *end)
{
    const uchar c = *p;
    qsizetype continuation;
    uchar low = 0x80; // the range of the first continuation byte
    uchar high = 0xBF;
    char32_t code;
    if (c >= 0xC2 && c <= 0xDF) {
        continuation = 1;
        code = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        continuation = 2;
        low = c == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
        high = c == 0xED ? 0x9F : 0xBF; // no surrogates
        code = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        continuation = 3;
        low = c == 0xF0 ? 0x90 : 0x80;
        high = c == 0xF4 ? 0x8F : 0xBF; // nothing past U+10FFFF
        code = c & 0x07;
    } else {
        return {0, 0};
    }
    if (end - p <= continuation || p[1] < low || p[1] > high)
        return {0, 0};
    for (qsizetype k = 1; k <= continuation; ++k) {
        if (k > 1 && (p[k] & 0xC0) != 0x80)
            return {0, 0};
        code = (code << 6) | (p[k] & 0x3F);
    }
    return {continuation + 1, code};
}
} // namespace

std::optional<Bom> detectBom(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return Bom{CsvEncoding::Utf8, 3};
    if (bytes.startsWith("\xFF\xFE"))
        return Bom{CsvEncoding::Utf16LE, 2};
    if (bytes.startsWith("\xFE\xFF"))
        return Bom{CsvEncoding::Utf16BE, 2};
    return std::nullopt;
}

std::optional<CsvEncoding> guessUtf16WithoutBom(QByteArrayView bytes)
{
    const qsizetype units = std::min<qsizetype>(bytes.size(), 4096) / 2;
    if (units < 2)
        return std::nullopt;
    qsizetype zeroEven = 0; // zero byte at the even offset of a unit
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < units; ++i) {
        zeroEven += bytes[2 * i] == '\0';
        zeroOdd += bytes[2 * i + 1] == '\0';
    }
    const auto most = [units](qsizetype count) { return count * 3 >= units; };
    const auto almostNone = [units](qsizetype count) { return count * 50 < units; };
    if (most(zeroOdd) && almostNone(zeroEven))
        return CsvEncoding::Utf16LE;
    if (most(zeroEven) && almostNone(zeroOdd))
        return CsvEncoding::Utf16BE;
    return std::nullopt;
}

qsizetype completePrefixLength(QByteArrayView bytes, CsvEncoding encoding)
{
    const qsizetype size = bytes.size();
    switch (encoding) {
    case CsvEncoding::Windows1252:
        return size;
    case CsvEncoding::Utf16LE:
    case CsvEncoding::Utf16BE: {
        const qsizetype even = size & ~qsizetype(1);
        if (even < 2)
            return even;
        const bool le = encoding == CsvEncoding::Utf16LE;
        const uchar high = uchar(bytes[even - (le ? 1 : 2)]);
        return (high & 0xFC) == 0xD8 ? even - 2 : even; // a high surrogate waits for its pair
    }
    case CsvEncoding::Utf8:
        // Look back over at most three continuation bytes for the lead byte of the last sequence.
        for (qsizetype back = 1; back <= 4 && back <= size; ++back) {
            const uchar c = uchar(bytes[size - back]);
            if ((c & 0xC0) == 0x80)
                continue;
            const qsizetype needed = c < 0x80    ? 1
                                     : c >= 0xF0 ? 4
                                     : c >= 0xE0 ? 3
                                     : c >= 0xC0 ? 2
                                                 : 1;
            return needed > back ? size - back : size;
        }
        return size; // only continuation bytes: invalid anyway, let the decoder say so
    }
    return size;
}

bool isValidUtf8(QByteArrayView bytes)
{
    const uchar *p = reinterpret_cast<const uchar *>(bytes.data());
    const uchar *const end = p + bytes.size();
    while (p < end) {
#if defined(__SSE2__)
        while (end - p >= 16) {
            const int mask =
                _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p)));
            if (mask != 0) {
                p += __builtin_ctz(unsigned(mask)); // the first byte of 0x80 or more
                break;
            }
            p += 16;
        }
        if (p == end)
            break;
#endif
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const qsizetype length = readSequence(p, end).length;
        if (length == 0)
            return false;
        p += length;
    }
    return true;
}

char16_t *decodeUtf8(QByteArrayView bytes, char16_t *out, bool *errors)
{
    const uchar *p = reinterpret_cast<const uchar *>(bytes.data());
    const uchar *const end = p + bytes.size();
    while (p < end) {
#if defined(__SSE2__)
        while (end - p >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const int mask = _mm_movemask_epi8(v);
            const __m128i zero = _mm_setzero_si128();
            // Widen all sixteen; those up to the first non-ASCII byte count.
            _mm_storeu_si128(reinterpret_cast<__m128i *>(out), _mm_unpacklo_epi8(v, zero));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(out + 8), _mm_unpackhi_epi8(v, zero));
            const int ascii = mask == 0 ? 16 : __builtin_ctz(unsigned(mask));
            p += ascii;
            out += ascii;
            if (ascii < 16)
                break;
        }
        if (p == end)
            break;
#endif
        const uchar c = *p;
        if (c < 0x80) {
            *out++ = c;
            ++p;
            continue;
        }
        const auto [length, code] = readSequence(p, end);
        if (length == 0) {
            *out++ = u'\uFFFD';
            *errors = true;
            ++p;
            continue;
        }
        p += length;
        if (code >= 0x10000) {
            *out++ = QChar::highSurrogate(code);
            *out++ = QChar::lowSurrogate(code);
        } else {
            *out++ = char16_t(code);
        }
    }
    return out;
}

void decodeWindows1252(QByteArrayView bytes, QChar *out)
{
    static constexpr char16_t high[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    for (const char byte : bytes) {
        const uchar c = uchar(byte);
        *out++ = QChar(c >= 0x80 && c < 0xA0 ? high[c - 0x80] : char16_t(c));
    }
}

} // namespace CsvEncodingDetection
