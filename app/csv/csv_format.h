#pragma once

#include <QChar>
#include <QString>
#include <optional>

// The text encodings a CSV file can be read in.
enum class CsvEncoding
{
    Utf8,
    Utf16LE,
    Utf16BE,
    // Excel's "CSV" on Western Windows; bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D, which the code page
    // leaves undefined, read as the C1 controls U+0081... (as ICU and the WHATWG Encoding Standard
    // do).
    Windows1252
};

// "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252": the names printed by `csv inspect`.
QString csvEncodingName(CsvEncoding encoding);
// Accepts those names and common spellings ("utf8", "utf-16le", "cp1252", "windows1252"), in any
// case.
std::optional<CsvEncoding> csvEncodingFromName(QStringView name);

// The delimiters the sniffer chooses among, in order of preference on a tie.
inline constexpr char16_t CsvCandidateDelimiters[] = {u',', u';', u'\t', u'|'};
// A delimiter a caller may choose: any character but a double quote, CR, LF or NUL.
bool isUsableCsvDelimiter(QChar delimiter);
// "tab" for a tab, the character itself otherwise.
QString csvDelimiterName(QChar delimiter);
// Accepts "," ";" "|", "tab" or "\t" (the two characters), or any one usable character.
std::optional<QChar> csvDelimiterFromName(QStringView name);

// What the caller fixes before reading; whatever is left unset is detected from the file.
struct CsvOptions
{
    std::optional<CsvEncoding> encoding;
    std::optional<QChar> delimiter;
    std::optional<bool> hasHeader;
};

// The format a file is read with, as settled from the options and the detection.
struct CsvFormat
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    // A byte order mark of `encoding` opened the file (and was skipped).
    bool bom = false;
    QChar delimiter = u',';
    bool hasHeader = true;

    // The options that read a file again exactly so (for a preview after detection).
    CsvOptions toOptions() const { return {encoding, delimiter, hasHeader}; }
    friend bool operator==(const CsvFormat &, const CsvFormat &) = default;
};

// The bounds that keep a malformed file from using memory in proportion to its garbage. Lengths
// count UTF-16 code units (a character outside the BMP counts two).
namespace CsvLimits {
// Longer fields are cut to this length and their record reported (FieldTooLong).
inline constexpr qsizetype MaxFieldLength = qsizetype(1) << 20; // 1 MiB characters
// A record's fields together; past it the rest of the record is dropped (RecordTooLong).
inline constexpr qsizetype MaxRecordLength = qsizetype(4) << 20; // 4 Mi characters
// Excel's column limit; further fields are dropped (TooManyFields).
inline constexpr qsizetype MaxFieldCount = 16384;
} // namespace CsvLimits
