#pragma once

#include "member_status.h"
#include "service_command.h"

// roster-cli member deactivate|reactivate EMAIL --workspace NAME
class MemberStateCommand : public ServiceCommand
{
    Q_OBJECT
public:
    MemberStateCommand(CliContext &context, MemberStatus target, QObject *parent = nullptr);

protected:
    void declareOptions(QCommandLineParser &parser) override;
    std::optional<QString> checkUsage(const QCommandLineParser &parser) const override;
    void runWith(MemberService *service, const QCommandLineParser &parser) override;
    bool changesMembers(const QCommandLineParser &) const override { return true; }

private:
    MemberStatus m_target;
};
