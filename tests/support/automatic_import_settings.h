#pragma once

#include "import_settings.h"
#include "validated_row_reader.h"

// Settings that import `path` with its columns mapped as their names say
// (ColumnMapping::automatic), as the wizard and `roster-cli import` without --map map them. A file
// that cannot be read gets no mapping, and the planner says why.
inline ImportSettings
automaticImportSettings(const QString &path,
                        ImportSettings::Mode mode = ImportSettings::Mode::CreateOnly)
{
    ImportSettings settings;
    settings.filePath = path;
    settings.mode = mode;
    ValidatedRowReader file(path, settings.csv);
    QString error;
    if (file.open(&error))
        settings.mapping = ColumnMapping::automatic(file.header());
    return settings;
}
