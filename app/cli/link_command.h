#pragma once

#include "service_command.h"

// roster-cli link EMAIL --workspace NAME: prints the member's one-off login link on stdout, and
// only there. For Heartbeat, which issues none by API, the community page where the member asks
// for their own magic link.
class LinkCommand : public ServiceCommand
{
    Q_OBJECT
public:
    using ServiceCommand::ServiceCommand;

protected:
    void declareOptions(QCommandLineParser &parser) override;
    std::optional<QString> checkUsage(const QCommandLineParser &parser) const override;
    void runWith(MemberService *service, const QCommandLineParser &parser) override;
    bool changesMembers(const QCommandLineParser &) const override { return true; }
};
