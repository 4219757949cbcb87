#pragma once

#include "csv_format.h"

#include <QByteArrayView>
#include <QChar>
#include <optional>

// Byte-level helpers for telling a CSV file's encoding.
namespace CsvEncodingDetection {

struct Bom
{
    CsvEncoding encoding;
    qsizetype length;
};
// The byte order mark that opens `bytes`: EF BB BF, FF FE or FE FF.
std::optional<Bom> detectBom(QByteArrayView bytes);

// UTF-16 without a byte order mark: in the first 4 KiB, at least a third of the code units have
// a zero high byte and almost none (under 2%) a zero low byte (ASCII-heavy text saved as UTF-16).
std::optional<CsvEncoding> guessUtf16WithoutBom(QByteArrayView bytes);

// How many bytes of `bytes` remain once a multi-byte sequence cut off at the end is set aside
// (for UTF-8: an incomplete sequence; for UTF-16: an odd byte or a lone high surrogate).
qsizetype completePrefixLength(QByteArrayView bytes, CsvEncoding encoding);

// Whether `bytes` are well-formed UTF-8 (no overlong forms, surrogates or code points past
// U+10FFFF); skips ASCII sixteen bytes at a time.
bool isValidUtf8(QByteArrayView bytes);

// Decodes UTF-8 to UTF-16 at `out` (room for bytes.size() code units), ASCII sixteen bytes at a
// time; each byte that does not belong to a well-formed sequence becomes U+FFFD and sets
// `*errors`. Returns the end of the output.
char16_t *decodeUtf8(QByteArrayView bytes, char16_t *out, bool *errors);

// Windows-1252 by table, for a Qt built without ICU: `out` must have room for bytes.size().
void decodeWindows1252(QByteArrayView bytes, QChar *out);

} // namespace CsvEncodingDetection
