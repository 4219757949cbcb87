#include "email_index.h"

#include "zeroed_pages.h"

#include <QHashFunctions>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {
constexpr size_t InitialSlots = 1024;
constexpr size_t BlockSize = 1024 * 1024;
constexpr qsizetype MaxKeyLength = 255; // lengths are kept in one byte; valid emails are shorter
constexpr size_t EntryHead = sizeof(qint64) + 1;

// Writes the UTF-8 of `text` in lower case (EmailCheck::normalized()'s) at `out`, which has room
// for 3 bytes per code unit; returns its end. ASCII goes eight characters at a time.
char *writeLowerUtf8(QStringView text, char *out)
{
    const char16_t *const begin = text.utf16();
    const char16_t *const end = begin + text.size();
    const char16_t *p = begin;
    char *const outStart = out;
#if defined(__SSE2__)
    const __m128i nonAscii = _mm_set1_epi16(short(0xFF80));
    const __m128i beforeA = _mm_set1_epi16(u'A' - 1);
    const __m128i afterZ = _mm_set1_epi16(u'Z' + 1);
    const __m128i caseBit = _mm_set1_epi16(0x20);
#endif
    while (p < end) {
#if defined(__SSE2__)
        if (end - p >= 8) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
            const __m128i ascii = _mm_cmpeq_epi16(_mm_and_si128(v, nonAscii), _mm_setzero_si128());
            const unsigned mask = unsigned(_mm_movemask_epi8(ascii));
            // Lower-case the eight, then keep those before the first non-ASCII one.
            const __m128i upper =
                _mm_and_si128(_mm_cmpgt_epi16(v, beforeA), _mm_cmplt_epi16(v, afterZ));
            const __m128i lower = _mm_add_epi16(v, _mm_and_si128(upper, caseBit));
            _mm_storel_epi64(reinterpret_cast<__m128i *>(out), _mm_packus_epi16(lower, lower));
            const int ascii8 = mask == 0xFFFF ? 8 : __builtin_ctz(~mask) >> 1;
            p += ascii8;
            out += ascii8;
            if (ascii8 == 8)
                continue;
        } else if (out - outStart == p - begin && p - begin >= 8 - (end - p)) {
            // All ASCII so far, under eight left: the last eight again, overlapping.
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(end - 8));
            const __m128i ascii = _mm_cmpeq_epi16(_mm_and_si128(v, nonAscii), _mm_setzero_si128());
            if (_mm_movemask_epi8(ascii) == 0xFFFF) {
                const __m128i upper =
                    _mm_and_si128(_mm_cmpgt_epi16(v, beforeA), _mm_cmplt_epi16(v, afterZ));
                const __m128i lower = _mm_add_epi16(v, _mm_and_si128(upper, caseBit));
                char *last = outStart + (end - 8 - begin);
                _mm_storel_epi64(reinterpret_cast<__m128i *>(last), _mm_packus_epi16(lower, lower));
                return last + 8;
            }
        }
#endif
        char32_t c = *p++;
        if (c < 0x80) {
            *out++ = char(c >= u'A' && c <= u'Z' ? c + (u'a' - u'A') : c);
            continue;
        }
        if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p))
            c = QChar::surrogateToUcs4(char16_t(c), *p++);
        c = QChar::toLower(c);
        if (c < 0x800) {
            *out++ = char(0xC0 | (c >> 6));
        } else if (c < 0x10000) {
            *out++ = char(0xE0 | (c >> 12));
            *out++ = char(0x80 | ((c >> 6) & 0x3F));
        } else {
            *out++ = char(0xF0 | (c >> 18));
            *out++ = char(0x80 | ((c >> 12) & 0x3F));
            *out++ = char(0x80 | ((c >> 6) & 0x3F));
        }
        *out++ = char(0x80 | (c & 0x3F));
    }
    return out;
}
} // namespace

void EmailIndex::SlotMemory::operator()(Slot *slots) const
{
    ZeroedPages::release(slots, bytes);
}

// `count` free slots (zero bytes).
EmailIndex::SlotTable EmailIndex::allocateSlots(size_t count)
{
    size_t mappedBytes = 0;
    void *memory = ZeroedPages::allocate(count * sizeof(Slot), &mappedBytes);
    return SlotTable(static_cast<Slot *>(memory), SlotMemory{mappedBytes});
}

EmailIndex::EmailIndex() : m_seed(QHashSeed::globalSeed())
{
    clear();
}

void EmailIndex::clear()
{
    m_blocks.clear();
    m_blockUsed = BlockSize;
    m_count = 0;
    m_slots = allocateSlots(InitialSlots);
    m_slotCount = InitialSlots;
}

const char *EmailIndex::entryAt(quint32 entry) const
{
    const size_t position = size_t(entry - 1) * 4;
    return m_blocks[position / BlockSize].get() + position % BlockSize;
}

void EmailIndex::prepare(QStringView email)
{
    const qsizetype length = std::min(email.size(), MaxKeyLength);
    if (m_blockUsed + EntryHead + 3 * size_t(length) > BlockSize) {
        m_blocks.emplace_back(new char[BlockSize]);
        m_blockUsed = 0;
    }
    m_entry = m_blocks.back().get() + m_blockUsed;
    char *key = m_entry + EntryHead;
    m_keySize =
        std::min<size_t>(size_t(writeLowerUtf8(email.first(length), key) - key), MaxKeyLength);
    m_keyHash = quint32(qHash(QByteArrayView(key, qsizetype(m_keySize)), m_seed));
#if defined(__GNUC__) // GCC and Clang; MSVC goes without
    __builtin_prefetch(&m_slots[m_keyHash & (m_slotCount - 1)]);
#endif
}

qint64 EmailIndex::insertPrepared(qint64 line)
{
    const QByteArrayView key(m_entry + EntryHead, qsizetype(m_keySize));
    const size_t mask = m_slotCount - 1;
    for (size_t i = m_keyHash & mask;; i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (slot.entry == 0) { // new: keep the prepared entry
            std::memcpy(m_entry, &line, sizeof line);
            m_entry[sizeof line] = char(uchar(m_keySize));
            const size_t position = (m_blocks.size() - 1) * BlockSize + m_blockUsed;
            slot = {quint32(position / 4 + 1), m_keyHash};
            m_blockUsed += (EntryHead + m_keySize + 3) & ~size_t(3);
            if (++m_count * 2 > m_slotCount)
                grow();
            return 0;
        }
        if (slot.hash == m_keyHash) {
            const char *entry = entryAt(slot.entry);
            if (QByteArrayView(entry + EntryHead, uchar(entry[sizeof(qint64)])) == key) {
                qint64 first;
                std::memcpy(&first, entry, sizeof first);
                return first;
            }
        }
    }
}

void EmailIndex::grow()
{
    const size_t count = m_slotCount * 2;
    SlotTable slots = allocateSlots(count);
    const size_t mask = count - 1;
    for (size_t k = 0; k < m_slotCount; ++k) {
        const Slot &slot = m_slots[k];
        if (slot.entry == 0)
            continue;
        size_t i = slot.hash & mask;
        while (slots[i].entry != 0)
            i = (i + 1) & mask;
        slots[i] = slot;
    }
    m_slots = std::move(slots);
    m_slotCount = count;
}
