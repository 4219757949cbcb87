#pragma once

#include "cli_command.h"

// roster-cli workspace list [--json]
class WorkspaceListCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    void declare(QCommandLineParser &parser) override;
    void run(const QCommandLineParser &parser) override;
};
