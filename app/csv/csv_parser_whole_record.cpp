// CsvParser's fast path: a whole record at once, found sixteen characters at a time.
#include "csv_format.h"
#include "csv_parser.h"

#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#if defined(__GNUC__)
#define CSV_ALWAYS_INLINE __attribute__((always_inline))
#else
#define CSV_ALWAYS_INLINE
#endif

// A record that ends within `end`, without a line break or NUL inside quotes nor text after a
// closing quote, in one pass: finds its special characters sixteen at a time, copies it as it
// is, fields in place, then undoes doubled quotes. Returns where the next record starts; nullptr,
// having changed nothing that counts, for anything else (the state machine then reads it).
const char16_t *CsvParser::parseWholeRecord(const char16_t *start, const char16_t *end)
{
    const char16_t delimiter = m_delimiter;
    const char16_t *fieldStart = start;
    const char16_t *closingQuote = nullptr; // of the current field, when it is quoted
    const char16_t *skip = start;           // specials before this were dealt with
    bool inQuotes = false;
    bool anyDoubled = false;
    qsizetype fields = 0;
    const char16_t *recordEnd = nullptr;

    // Deals with one special character; false to give up on the record.
    const auto handle = [&](const char16_t *s) CSV_ALWAYS_INLINE {
        const char16_t c = *s;
        if (c >= 0x80 && c != delimiter)
            return true; // packed to a byte as zero, but no special character
        if (inQuotes) {
            if (c == delimiter)
                return true; // a quoted delimiter is text
            if (c != u'"' || s + 1 == end)
                return false;   // a line break or NUL inside quotes, or the chunk's end
            if (s[1] == u'"') { // a doubled quote
                anyDoubled = true;
                skip = s + 2;
                return true;
            }
            const char16_t next = s[1];
            if (next != delimiter && next != u'\n' && next != u'\r')
                return false; // text after the closing quote
            inQuotes = false;
            closingQuote = s;
            return true;
        }
        if (c == u'"') {
            if (s == fieldStart)
                inQuotes = true; // else a quote inside an unquoted field is text
            return true;
        }
        if (c == u'\0' || fields == CsvLimits::MaxFieldCount)
            return false;
        if (closingQuote)
            addBounds(fields++, fieldStart + 1 - start, closingQuote - start);
        else
            addBounds(fields++, fieldStart - start, s - start);
        closingQuote = nullptr;
        if (c == delimiter) {
            fieldStart = s + 1;
            return true;
        }
        recordEnd = s;
        return true;
    };

    const char16_t *p = start;
#if defined(__SSE2__)
    const __m128i vDelimiter = _mm_set1_epi8(char(delimiter < 0x80 ? delimiter : 0));
    const __m128i vQuote = _mm_set1_epi8('"');
    const __m128i vLf = _mm_set1_epi8('\n');
    const __m128i vCr = _mm_set1_epi8('\r');
    const __m128i vNul = _mm_setzero_si128();
    // Sixteen code units packed into bytes (signed saturation: 0x100..0x7FFF become 0xFF, none of
    // the specials, and 0x8000.. become 0, which handle() tells from a NUL); only for an ASCII
    // delimiter.
    while (delimiter < 0x80 && !recordEnd && end - p >= 16) {
        const __m128i low = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i high = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 8));
        const __m128i bytes = _mm_packus_epi16(low, high);
        const __m128i hits = _mm_or_si128(
            _mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(bytes, vDelimiter), _mm_cmpeq_epi8(bytes, vQuote)),
                _mm_or_si128(_mm_cmpeq_epi8(bytes, vLf), _mm_cmpeq_epi8(bytes, vCr))),
            _mm_cmpeq_epi8(bytes, vNul));
        unsigned mask = unsigned(_mm_movemask_epi8(hits));
        while (mask != 0) {
            const char16_t *s = p + __builtin_ctz(mask);
            mask &= mask - 1;
            if (s < skip)
                continue;
            if (!handle(s))
                return nullptr;
            if (recordEnd)
                break;
        }
        p += 16;
    }
#endif
    for (; !recordEnd && p < end; ++p) {
        const char16_t c = *p;
        if ((c != delimiter && c != u'"' && c != u'\n' && c != u'\r' && c != u'\0') || p < skip)
            continue;
        if (!handle(p))
            return nullptr;
    }
    if (!recordEnd)
        return nullptr;

    const qsizetype length = recordEnd - start;
    if (length > CsvLimits::MaxFieldLength)
        return nullptr;
    reserveText(length);
    std::memcpy(m_out, start, size_t(length) * sizeof(char16_t));
    // Undo doubled quotes, compacting each quoted field within its own place.
    for (qsizetype f = 0; anyDoubled && f < fields; ++f) {
        const qsizetype fieldBegin = m_bounds[2 * f];
        if (fieldBegin == 0 || start[fieldBegin - 1] != u'"')
            continue; // not a quoted field
        qsizetype write = fieldBegin;
        const qsizetype fieldEnd = m_bounds[2 * f + 1];
        for (qsizetype read = write; read < fieldEnd; ++read) {
            m_out[write++] = m_out[read];
            if (m_out[read] == u'"')
                ++read;
        }
        m_bounds[2 * f + 1] = write;
    }
    m_length = length;
    m_fieldCount = fields;
    m_fieldIndex = fields;
    endRecord(*recordEnd);
    return recordEnd + 1;
}
