#include "csv_preview.h"

#include <QFile>

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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvPreview preview;
        preview.errorString = tr("%1 cannot be opened: %2").arg(path, file.errorString());
        return preview;
    }
    return read(&file, options, maxRecords);
}
