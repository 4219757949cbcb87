#pragma once

#include "cli_command.h"
#include "workspace.h"

// roster-cli workspace edit NAME [--name NEW] [--url URL] [--community-url URL]
//   [--business-id ID] [--rate-limit N] [--key-stdin]
class WorkspaceEditCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    void declare(QCommandLineParser &parser) override;
    void run(const QCommandLineParser &parser) override;

private:
    void save(const Workspace &workspace, bool keyChanged);
};
