#pragma once

#include "service_command.h"

// roster-cli workspace test NAME: one cheap call that proves the address and the key.
class WorkspaceTestCommand : public ServiceCommand
{
    Q_OBJECT
public:
    using ServiceCommand::ServiceCommand;

protected:
    bool workspaceIsArgument() const override { return true; }
    void declareOptions(QCommandLineParser &) override {}
    void runWith(MemberService *service, const QCommandLineParser &parser) override;
};
