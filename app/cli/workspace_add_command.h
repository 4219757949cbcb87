#pragma once

#include "cli_command.h"
#include "workspace.h"

// roster-cli workspace add NAME --provider P [--url URL] [--community-url URL]
//   [--business-id ID] [--rate-limit N] [--key-stdin]: the workspace in the workspaces file, its
//   key in the keychain.
class WorkspaceAddCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    void declare(QCommandLineParser &parser) override;
    void run(const QCommandLineParser &parser) override;

private:
    void save(const Workspace &workspace, bool keyStored);
};
