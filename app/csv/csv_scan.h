#pragma once

// Finding the next character of interest in UTF-16 text, eight at a time where SSE2 is there (all
// x86-64), one at a time elsewhere.
#include <cstdint>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace CsvScan {

// The first of [p, end) equal to one of a, b, c, d, e (repeat a value to look for fewer); `end`
// if none.
inline const char16_t *findAny(const char16_t *p, const char16_t *end, char16_t a, char16_t b,
                               char16_t c, char16_t d, char16_t e)
{
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi16(short(a));
    const __m128i vb = _mm_set1_epi16(short(b));
    const __m128i vc = _mm_set1_epi16(short(c));
    const __m128i vd = _mm_set1_epi16(short(d));
    const __m128i ve = _mm_set1_epi16(short(e));
    while (end - p >= 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hit =
            _mm_or_si128(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(v, va), _mm_cmpeq_epi16(v, vb)),
                                      _mm_or_si128(_mm_cmpeq_epi16(v, vc), _mm_cmpeq_epi16(v, vd))),
                         _mm_cmpeq_epi16(v, ve));
        const int mask = _mm_movemask_epi8(hit);
        if (mask != 0)
            return p + (__builtin_ctz(unsigned(mask)) >> 1);
        p += 8;
    }
#endif
    for (; p < end; ++p) {
        const char16_t x = *p;
        if (x == a || x == b || x == c || x == d || x == e)
            return p;
    }
    return end;
}

} // namespace CsvScan
