#pragma once

#include "service_command.h"

// roster-cli members sync --workspace NAME: the provider's full list replaces the local roster.
class MembersSyncCommand : public ServiceCommand
{
    Q_OBJECT
public:
    using ServiceCommand::ServiceCommand;

protected:
    void declareOptions(QCommandLineParser &parser) override;
    void runWith(MemberService *service, const QCommandLineParser &parser) override;
};
