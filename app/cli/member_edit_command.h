#pragma once

#include "service_command.h"

// roster-cli member edit EMAIL --workspace NAME [--name ... --first-name ... --last-name ...
//   --email ... --bio ...]: changes only the fields given.
class MemberEditCommand : public ServiceCommand
{
    Q_OBJECT
public:
    using ServiceCommand::ServiceCommand;

protected:
    void declareOptions(QCommandLineParser &parser) override;
    std::optional<QString> checkUsage(const QCommandLineParser &parser) const override;
    void runWith(MemberService *service, const QCommandLineParser &parser) override;
};
