#pragma once

#include "remote_member.h"
#include "service_command.h"

// roster-cli member add EMAIL --workspace NAME [--name ... --first-name ... --last-name ...
//   --role ... --group ... --pending --introduce] [the profile options: --bio, --status,
//   --linkedin, --twitter, --instagram, --picture]: only what the provider takes when it
//   creates a member (Capabilities::createFields()).
class MemberAddCommand : public ServiceCommand
{
    Q_OBJECT
public:
    using ServiceCommand::ServiceCommand;

protected:
    void declareOptions(QCommandLineParser &parser) override;
    std::optional<QString> checkUsage(const QCommandLineParser &parser) const override;
    void runWith(MemberService *service, const QCommandLineParser &parser) override;
    bool changesMembers(const QCommandLineParser &) const override { return true; }

private:
    std::optional<QString> takeNames(Provider provider);
    void resolveGroups(MemberService *service, const QStringList &wanted);
    void create(MemberService *service);

    NewMember m_member;
};
