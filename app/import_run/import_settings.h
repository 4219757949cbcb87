#pragma once

#include "column_mapping.h"
#include "csv_format.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <optional>

// How one import reads its file and what it may do, as the wizard or `roster-cli import` set it,
// kept with the run in the journal so that a resumed run does exactly the same.
struct ImportSettings
{
    Q_DECLARE_TR_FUNCTIONS(ImportSettings)
public:
    enum class Mode
    {
        CreateOnly,     // members already there are left as they are (a conflict)
        CreateOrUpdate, // members already there are updated, deactivated ones reactivated
        // As CreateOrUpdate, and members the file lacks are deactivated: the provider ends up
        // matching the file (needs a complete listing of the members)
        Mirror,
        Deactivate, // every row's member is deactivated (`members deactivate --from`)
        Reactivate, // every row's member is reactivated (`members reactivate --from`)
        // Puts back what run `undoesRun` changed (UndoPlanner): each row's change says how
        Undo
    };

    QString filePath;
    CsvOptions csv; // what the user fixed; the rest is detected
    // One entry per column of the file as `csv` reads it, and the constants.
    ColumnMapping mapping;
    Mode mode = Mode::CreateOnly;
    bool pending = false;   // Heartbeat: create pending members
    bool introduce = false; // Heartbeat: post each new member's bio as an introduction thread
    qint64 undoesRun = 0;   // Undo: the run it puts back

    // The mapping as "columns": [field id, or null for a skipped column, per column] and
    // "constants": {field id: value}.
    QJsonObject toJson() const;
    // `header`: the file's columns as the run read them, for settings written before the mapping
    // was kept typed, as MappingText's "map" (COLUMN=FIELD over the automatic mapping) and "set"
    // (FIELD=VALUE) lists.
    static std::optional<ImportSettings> fromJson(const QJsonObject &json,
                                                  const QStringList &header, QString *error);

    // Whether members already there are updated to match their rows.
    static constexpr bool updatesFields(Mode mode)
    {
        return mode == Mode::CreateOrUpdate || mode == Mode::Mirror;
    }
    // Whether rows not at the provider are created.
    static constexpr bool createsMembers(Mode mode)
    {
        return mode == Mode::CreateOnly || mode == Mode::CreateOrUpdate || mode == Mode::Mirror;
    }

    // "create", "upsert", "mirror", "deactivate", "reactivate", "undo"
    static QString modeId(Mode mode);
    static std::optional<Mode> modeFromId(QStringView id);
};
