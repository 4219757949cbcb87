#pragma once

#include "member_record.h"
#include "service_command.h"

// roster-cli member show EMAIL --workspace NAME [--local] [--json]: the member as the provider
// has it now (kept in the local roster), or as the local roster last saw it with --local.
class MemberShowCommand : public ServiceCommand
{
    Q_OBJECT
public:
    using ServiceCommand::ServiceCommand;

protected:
    void declareOptions(QCommandLineParser &parser) override;
    std::optional<QString> checkUsage(const QCommandLineParser &parser) const override;
    bool needsKey(const QCommandLineParser &parser) const override;
    void runWith(MemberService *service, const QCommandLineParser &parser) override;
    void runLocal(const Workspace &workspace, const QCommandLineParser &parser) override;

private:
    void show(const MemberRecord &member);
};
