#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>
#include <string_view>
#include <type_traits>

// One text column of many rows, all its text in one buffer with a (start, length) pair per row:
// 8 bytes per row plus the text, where a QString costs 24 bytes plus a heap block (16-byte
// header, the text, a terminating zero, malloc's rounding). `Char` is char16_t for text shown
// as it is (UTF-16, copied from QString without conversion) and char for folded search text
// (UTF-8). A changed value is appended and the old text left until there is as much garbage as
// live text; then the buffer is rewritten.
template <typename Char> class TextColumn
{
    // QString and QByteArray grow with realloc(), which moves a large buffer by remapping its
    // pages instead of copying them: no moment with the old and the new buffer both in memory.
    using Buffer = std::conditional_t<std::is_same_v<Char, char16_t>, QString, QByteArray>;
    using BufferChar = std::conditional_t<std::is_same_v<Char, char16_t>, QChar, char>;

public:
    using View = std::basic_string_view<Char>;
    // Offsets are 32-bit: 4 billion characters is far beyond a roster held in memory. The
    // writes below return false, changing nothing, when they would pass it.
    static constexpr quint64 MaxCharacters = 0xFFFF'FFFFu;

    qsizetype rowCount() const { return m_spans.size(); }
    View at(qsizetype row) const
    {
        const Span span = m_spans.at(row);
        return View(data() + span.start, span.length);
    }

    void reserve(qsizetype rows, qsizetype characters)
    {
        m_spans.reserve(rows);
        m_text.reserve(characters);
    }
    bool hasRoomFor(qsizetype characters) const
    {
        return quint64(m_text.size()) + quint64(characters) <= MaxCharacters;
    }
    bool append(View text)
    {
        Span span;
        if (!store(text, &span))
            return false;
        m_spans.append(span);
        return true;
    }
    // Appends a row whose text `write(Buffer *)` appends to the end of the buffer, without a
    // copy in between; false, changing nothing, when it passes MaxCharacters.
    template <typename Write> bool appendWritten(const Write &write)
    {
        const qsizetype start = m_text.size();
        write(&m_text);
        const qsizetype length = m_text.size() - start;
        if (quint64(m_text.size()) > MaxCharacters) {
            m_text.truncate(start);
            return false;
        }
        m_spans.append(Span{quint32(start), quint32(length)});
        m_live += length;
        return true;
    }
    // The text of the last row appended, until the next change.
    View last() const { return at(m_spans.size() - 1); }
    bool replace(qsizetype row, View text)
    {
        if (at(row) == text)
            return true;
        const quint32 oldLength = m_spans.at(row).length;
        if (!store(text, &m_spans[row]))
            return false;
        m_live -= oldLength;
        compactIfWasteful();
        return true;
    }
    void remove(qsizetype row)
    {
        m_live -= m_spans.at(row).length;
        m_spans.remove(row);
        compactIfWasteful();
    }
    // The first row holding exactly `text`, or -1. A linear scan: cheaper, for look-ups after
    // single actions, than a hash of every row.
    qsizetype indexOf(View text) const
    {
        const Char *text0 = data();
        const auto length = quint32(text.size());
        for (qsizetype row = 0; row < m_spans.size(); ++row) {
            const Span span = m_spans.at(row);
            if (span.length == length && View(text0 + span.start, length) == text)
                return row;
        }
        return -1;
    }
    qsizetype bytesUsed() const
    {
        return m_text.size() * qsizetype(sizeof(Char)) + m_spans.size() * qsizetype(sizeof(Span));
    }
    qsizetype bytesAllocated() const
    {
        return m_text.capacity() * qsizetype(sizeof(Char)) +
               m_spans.capacity() * qsizetype(sizeof(Span));
    }

private:
    struct Span
    {
        quint32 start;
        quint32 length;
    };

    bool store(View text, Span *span)
    {
        if (quint64(m_text.size()) + quint64(text.size()) > MaxCharacters)
            return false;
        *span = Span{quint32(m_text.size()), quint32(text.size())};
        m_text.append(reinterpret_cast<const BufferChar *>(text.data()), qsizetype(text.size()));
        m_live += qsizetype(text.size());
        return true;
    }
    void compactIfWasteful()
    {
        const qsizetype wasted = m_text.size() - m_live;
        if (wasted < 4096 || wasted < m_live)
            return;
        Buffer text;
        text.reserve(m_live);
        for (Span &span : m_spans) {
            const auto start = quint32(text.size());
            text.append(m_text.constData() + span.start, span.length);
            span.start = start;
        }
        m_text = std::move(text);
    }

    const Char *data() const { return reinterpret_cast<const Char *>(m_text.constData()); }

    Buffer m_text;
    QList<Span> m_spans;
    qsizetype m_live = 0;
};

using Utf16Column = TextColumn<char16_t>;
using Utf8Column = TextColumn<char>;

// Appends UTF-8 `text` to `*out` as UTF-16: ASCII directly, the rest through Qt's decoder
// (malformed sequences become U+FFFD, as QString::fromUtf8() makes them).
void appendUtf8(std::string_view text, QString *out);

inline QStringView toStringView(std::u16string_view text)
{
    return QStringView(text.data(), qsizetype(text.size()));
}
inline std::u16string_view toU16View(QStringView text)
{
    return std::u16string_view(reinterpret_cast<const char16_t *>(text.utf16()),
                               size_t(text.size()));
}
