#include "email_index.h"

#include <QHashFunctions>
#include <cstring>

namespace {
constexpr size_t InitialSlots = 1024;

// UTF-8 of `text` into `out`, ASCII without a detour.
void toUtf8(QStringView text, QByteArray &out)
{
    out.resize(text.size());
    char *p = out.data();
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            out = text.toUtf8();
            return;
        }
        *p++ = char(c.unicode());
    }
}
} // namespace

EmailIndex::EmailIndex() : m_slots(InitialSlots), m_seed(QHashSeed::globalSeed()) {}

void EmailIndex::clear()
{
    m_text.clear();
    m_entries.clear();
    m_slots.assign(InitialSlots, Slot{0, 0});
}

QByteArrayView EmailIndex::textOf(const Entry &entry) const
{
    const char *start = m_text.data() + entry.offset;
    return QByteArrayView(start + 1, uchar(start[0]));
}

qint64 EmailIndex::insert(QStringView email, qint64 line)
{
    toUtf8(email, m_key);
    if (m_key.size() > 255)
        m_key.truncate(255); // longer is no valid email; keep the index's one-byte lengths
    const quint32 hash = quint32(qHash(QByteArrayView(m_key), m_seed));
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (slot.entry == 0) {
            const qint64 offset = qint64(m_text.size());
            m_text.push_back(char(uchar(m_key.size())));
            m_text.insert(m_text.end(), m_key.cbegin(), m_key.cend());
            m_entries.push_back({line, offset});
            slot = {quint32(m_entries.size()), hash};
            if (m_entries.size() * 2 > m_slots.size())
                grow();
            return 0;
        }
        if (slot.hash == hash) {
            const Entry &entry = m_entries[slot.entry - 1];
            if (textOf(entry) == QByteArrayView(m_key))
                return entry.line;
        }
    }
}

void EmailIndex::grow()
{
    std::vector<Slot> slots(m_slots.size() * 2);
    const size_t mask = slots.size() - 1;
    for (const Slot &slot : m_slots) {
        if (slot.entry == 0)
            continue;
        size_t i = slot.hash & mask;
        while (slots[i].entry != 0)
            i = (i + 1) & mask;
        slots[i] = slot;
    }
    m_slots.swap(slots);
}
