#pragma once

#include "csv_reader.h"

#include <QList>

// The first records of a file as a given format reads them: for the import wizard's live preview,
// redone each time the user changes the encoding, delimiter or header choice.
struct CsvPreview
{
    Q_DECLARE_TR_FUNCTIONS(CsvPreview)
public:
    CsvFormat format;
    QStringList header;
    CsvRecord headerRecord;
    QList<CsvRecord> records;
    // Every record was read: the preview is the whole file.
    bool complete = false;
    std::optional<CsvError> fatalError;
    // Set when the file could not be read at all; the rest is then empty.
    QString errorString;

    // Reads from the device's current position.
    static CsvPreview read(QIODevice *device, const CsvOptions &options, qsizetype maxRecords);
    // Through CsvInputFile: a path that is not a regular file, or a file that changed while it
    // was read, sets errorString.
    static CsvPreview readFile(const QString &path, const CsvOptions &options,
                               qsizetype maxRecords);
};
