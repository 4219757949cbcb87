// The CSV reader as the import drives it: the format detected from the bytes (encoding, BOM,
// delimiter, header) unless the first byte fixes part of it, every record read to the end; and
// the header uniquifier on names cut from the same bytes.
//
// Input: byte 0 chooses the chunk size (bits 0-1) and the options (bits 2-4); the rest is the
// file. Checks: the reader ends, the column names are never empty and never repeat (ignoring
// case), no record passes CsvLimits.
#include "csv_header.h"
#include "csv_reader.h"
#include "csv_record.h"

#include <QBuffer>
#include <QSet>
#include <cstdint>

namespace {
void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

void checkUniqueNames(const QStringList &names, qsizetype expectedCount)
{
    check(names.size() == expectedCount);
    QSet<QString> seen;
    for (const QString &name : names) {
        check(!name.isEmpty());
        const QString folded = name.toCaseFolded();
        check(!seen.contains(folded));
        seen.insert(folded);
    }
}

CsvOptions optionsFor(uint8_t choice)
{
    switch (choice % 8) {
    case 1:
        return {CsvEncoding::Utf16LE, std::nullopt, std::nullopt};
    case 2:
        return {CsvEncoding::Windows1252, QChar(u';'), std::nullopt};
    case 3:
        return {std::nullopt, QChar(u'\t'), false};
    case 4:
        return {std::nullopt, std::nullopt, true};
    case 5:
        return {CsvEncoding::Utf16BE, std::nullopt, std::nullopt};
    default:
        return {}; // detect everything, as an import does by default
    }
}

void readAll(const QByteArray &bytes, uint8_t selector)
{
    static constexpr qsizetype ChunkSizes[] = {0, 1, 7, 64};
    QByteArray copy = bytes;
    QBuffer device(&copy);
    device.open(QIODevice::ReadOnly);
    CsvReader reader(&device, optionsFor(selector >> 2));
    if (const qsizetype chunk = ChunkSizes[selector & 3])
        reader.setChunkSize(chunk);
    if (!reader.start())
        return;
    const QStringList &header = reader.header();
    checkUniqueNames(header, header.size());
    CsvRecord record;
    qint64 lastLine = 0;
    while (reader.readRecord(record)) {
        check(record.size() <= CsvLimits::MaxFieldCount);
        check(record.line() >= lastLine);
        lastLine = record.line();
        for (qsizetype i = 0; i < record.size(); ++i)
            check(record.field(i).size() <= CsvLimits::MaxFieldLength);
    }
}

void uniquify(const QByteArray &bytes)
{
    QStringList names;
    for (const QByteArray &part : bytes.split(','))
        names.append(QString::fromUtf8(part));
    checkUniqueNames(csvUniqueHeaderNames(names), names.size());
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    readAll(bytes, data[0]);
    uniquify(bytes);
    return 0;
}
