#include "csv_preview.h"

#include "csv_input_file.h"

CsvPreview CsvPreview::read(QIODevice *device, const CsvOptions &options, qsizetype maxRecords)
{
    CsvPreview preview;
    CsvReader reader(device, options);
    if (!reader.start()) {
        preview.errorString = reader.errorString();
        return preview;
    }
    preview.format = reader.format();
    preview.header = reader.header();
    preview.headerRecord = reader.headerRecord();
    CsvRecord record;
    while (preview.records.size() < maxRecords && reader.readRecord(record))
        preview.records.append(record.compacted());
    preview.complete = preview.records.size() < maxRecords || !reader.readRecord(record);
    preview.fatalError = reader.fatalError();
    return preview;
}

CsvPreview CsvPreview::readFile(const QString &path, const CsvOptions &options,
                                qsizetype maxRecords)
{
    // Not a FIFO or a device, which would block or never end; a file that changes while it is
    // read fails the preview.
    CsvInputFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvPreview preview;
        preview.errorString = CsvInputFile::problem(path).value_or(
            tr("%1 cannot be opened: %2").arg(path, file.errorString()));
        return preview;
    }
    CsvPreview preview = read(&file, options, maxRecords);
    if (file.changed()) {
        CsvPreview failed;
        failed.errorString = file.errorString();
        return failed;
    }
    return preview;
}
