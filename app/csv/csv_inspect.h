#pragma once

#include "csv_format.h"

#include <QCoreApplication>

class QIODevice;

// `roster-cli csv inspect FILE --json`: what the reader makes of a file, as one JSON document
// written as it is read (memory does not grow with the file; errors beyond 1 MiB of JSON wait in
// a temporary file):
//
//   {"encoding": "UTF-8", "bom": false, "delimiter": ",", "hasHeader": true,
//    "header": ["Email", "Name"],
//    "records": [
//   {"Email": "a@example.com", "Name": "Ada"},
//   ...],
//    "errors": [{"line": 7, "message": "Line 7: 3 fields, but the header has 2."}, ...]}
//
// Every value is a string. Keys are reader.header(): the header's names made unique
// (csvUniqueHeaderNames), or "column1".. without a header. Every record is listed, bad ones too,
// with the fields as read: a field past the header's count gets the key "columnN" (N its
// 1-based position), and a short record just has fewer keys; its error is in "errors". "line"
// is the line of the problem; errors of the header come first, a ReadFailed error last.
class CsvInspect
{
    Q_DECLARE_TR_FUNCTIONS(CsvInspect)
public:
    // Writes the document for `input` (from its current position) to `output`. `maxRecords` < 0
    // lists every record. False, with `*error`, when the input cannot be read or the output cannot
    // be written; a read failure mid-file still ends the document properly (and returns false).
    static bool writeJson(QIODevice *input, QIODevice *output, const CsvOptions &options,
                          QString *error, qint64 maxRecords = -1);
};
