#pragma once

#include "service_command.h"

// roster-cli audit --workspace NAME [--member TEXT] [--action ACTION] [--user USER]
// [--since WHEN] [--until WHEN] [--limit N] [--json]: what Roster did to the workspace's members,
// newest first: when, the OS user, the source, the action, the member, the outcome and the
// changes, like the window's Workspace → History.
class AuditCommand : public ServiceCommand
{
    Q_OBJECT
public:
    using ServiceCommand::ServiceCommand;

protected:
    void declareOptions(QCommandLineParser &parser) override;
    std::optional<QString> checkUsage(const QCommandLineParser &parser) const override;
    bool needsKey(const QCommandLineParser &) const override { return false; }
    void runWith(MemberService *, const QCommandLineParser &) override {}
    void runLocal(const Workspace &workspace, const QCommandLineParser &parser) override;
};
