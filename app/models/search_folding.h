#pragma once

#include <QByteArray>
#include <QStringView>

// Text folded for search: what a support agent types matches what a provider stored regardless
// of case and accents. Folding is compatibility decomposition (NFKD), dropping the combining
// marks, then case folding, in UTF-8 (memchr and memmem run on it directly). A few Latin letters
// that do not decompose get their usual base letters: ß → ss, æ → ae, œ → oe, ø → o, đ → d,
// ł → l, ħ → h, ŧ → t, ı → i, þ → th. So "jose" finds "José", "SOREN" finds "Søren",
// "strasse" finds "Straße" and "ﬁnn" finds "Finn". Characters beyond the Basic Multilingual
// Plane are only case-folded.
//
// The table for the Basic Multilingual Plane is computed once per process on first use; after
// that ASCII costs a compare per character and the rest a table look-up.
namespace SearchFolding {

// Appends the folded form of `text` to `*out`.
void appendFolded(QStringView text, QByteArray *out);
QByteArray folded(QStringView text);

// Whether the byte before `offset` in folded text ends a word: start of the text, or an ASCII
// character that is neither a letter nor a digit (space, '.', '@', '-', '_', '+', ...).
inline bool isWordStart(const char *text, qsizetype offset)
{
    if (offset == 0)
        return true;
    const auto c = static_cast<unsigned char>(text[offset - 1]);
    return c < 0x80 && !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
}

} // namespace SearchFolding
