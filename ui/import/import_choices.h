#pragma once

#include "column_mapping.h"
#include "csv_format.h"
#include "csv_record.h"
#include "import_settings.h"
#include "role_choice.h"

#include <QList>
#include <QStringList>

// What the user has chosen so far in the import wizard, shared by its pages: each page reads
// what the pages before it settled and adds its own.
struct ImportChoices
{
    QString filePath;
    // The format page's choices; every option is set once that page was shown.
    CsvOptions csv;
    // The file as `csv` reads it: its format, column names and first records (for samples).
    CsvFormat format;
    QStringList header;
    QList<CsvRecord> sample;
    ColumnMapping mapping;
    // Heartbeat: the community's roles, which rows name and the role constant picks from.
    QList<RoleChoice> roles;
    ImportSettings::Mode mode = ImportSettings::Mode::CreateOnly;
    bool pending = false;
    bool introduce = false; // Heartbeat: post each new member's bio as an introduction thread
    // The dry run's run in the journal, once planned (or the run being resumed).
    qint64 runId = 0;

    // The engine's settings for these choices: the format fixed as shown, the mapping as made.
    ImportSettings settings() const;
};
