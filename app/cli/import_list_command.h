#pragma once

#include "service_command.h"

// roster-cli import list --workspace NAME [--limit N] [--json]: the workspace's import runs,
// newest first: when, who, the mode, the state (a dry run's plan waiting to be run, too), the
// file with its SHA-256, and the rows counted by plan or by outcome. RUN is the number
// `import --from-plan` and `import undo` take.
class ImportListCommand : public ServiceCommand
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
