#pragma once

#include "remote_member.h"
#include "service_command.h"

// roster-cli member add EMAIL --workspace NAME [--name ... --first-name ... --last-name ...
//   --role ... --group ... --bio ... --pending]
class MemberAddCommand : public ServiceCommand
{
    Q_OBJECT
public:
    using ServiceCommand::ServiceCommand;

protected:
    void declareOptions(QCommandLineParser &parser) override;
    std::optional<QString> checkUsage(const QCommandLineParser &parser) const override;
    void runWith(MemberService *service, const QCommandLineParser &parser) override;

private:
    void resolveGroups(MemberService *service, const QStringList &wanted);
    void create(MemberService *service);

    NewMember m_member;
};
