#pragma once

#include "service_command.h"

// roster-cli members export FILE --workspace NAME [--status S]: the local roster as CSV for a
// spreadsheet, cells that would run as formulas neutralised.
class MembersExportCommand : public ServiceCommand
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
