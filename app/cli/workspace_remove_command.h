#pragma once

#include "cli_command.h"

// roster-cli workspace remove NAME: the workspace, its key in the keychain and its local
// roster go; the audit log keeps its history.
class WorkspaceRemoveCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    void declare(QCommandLineParser &parser) override;
    void run(const QCommandLineParser &parser) override;
};
