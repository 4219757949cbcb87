#pragma once

#include "cli_command.h"

// roster-cli csv inspect FILE [--json] [--encoding E] [--delimiter D] [--header|--no-header]:
// how Roster reads a CSV file, and its records.
class CsvInspectCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    void declare(QCommandLineParser &parser) override;
    void run(const QCommandLineParser &parser) override;
};
