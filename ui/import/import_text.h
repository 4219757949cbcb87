#pragma once

#include "csv_format.h"
#include "import_journal.h"
#include "provider.h"

#include <QCoreApplication>

// The import wizard's words for the engine's values, translated.
class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(ImportText)
public:
    // "Create", "Update", ...: what the dry run plans for a row.
    static QString plan(ImportPlan plan);
    // The same, naming the provider where it matters: "Cannot deactivate on Beam.gg".
    static QString plan(ImportPlan plan, Provider provider);
    // "3 to create", "1 conflict", ...: a count of rows with one plan, for a sentence.
    static QString planCount(ImportPlan plan, qint64 count);
    // A row's line in its file, "12", or "—" for a member the file does not hold (a mirror's
    // deactivations, ImportRowEntry::FirstOutsideLine and after).
    static QString line(qint64 line);
    // "Created", "Updated", ...: what became of a row.
    static QString outcome(ImportOutcome outcome);
    // "about 40 s", "about 3 min 20 s", "about 2 h 5 min"; "unknown" for a negative figure.
    static QString duration(qint64 seconds);
    // "UTF-8", "Windows-1252 (Western)", ...
    static QString encoding(CsvEncoding encoding);
    // "Comma (,)", "Semicolon (;)", "Tab", "Vertical bar (|)", or the character itself.
    static QString delimiter(QChar delimiter);
    // "12.3 MB"-style size of a file, in the user's locale.
    static QString fileSize(qint64 bytes);
    // Rows sent at `rate` requests a second take about this long.
    static qint64 secondsAtRate(qint64 rows, double rate);
};
