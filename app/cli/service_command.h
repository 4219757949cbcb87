#pragma once

#include "cli_command.h"
#include "workspace.h"

class MemberService;

// A command on one workspace's members (--workspace NAME): finds the workspace, gets its key (a
// key for this run from --key-stdin or ROSTER_API_KEY, else the keychain), opens its service,
// then runs runWith().
class ServiceCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    void declare(QCommandLineParser &parser) final;
    void run(const QCommandLineParser &parser) final;

protected:
    // True for commands that name the workspace as their first argument ("workspace test NAME")
    // rather than with --workspace.
    virtual bool workspaceIsArgument() const { return false; }
    virtual void declareOptions(QCommandLineParser &parser) = 0;
    // Called first, before anything is checked: for a command that reports every ending, also
    // a refusal of its command line (see CliCommand::finishing).
    virtual void beforeRun(const QCommandLineParser &) {}
    // Checks the command line before anything is asked of the keychain or the provider; answers
    // a readable problem, or nothing.
    virtual std::optional<QString> checkUsage(const QCommandLineParser &parser) const;
    virtual void runWith(MemberService *service, const QCommandLineParser &parser) = 0;
    // Whether the command can run on the local roster alone, without a key.
    virtual bool needsKey(const QCommandLineParser &) const { return true; }
    // Whether the command changes members at the provider (or writes the audit log) and then
    // records it in the local roster: such a command is refused, before anything is sent, while
    // a sync holds the roster's write lock.
    virtual bool changesMembers(const QCommandLineParser &) const { return false; }
    // For local commands: the workspace without a service.
    virtual void runLocal(const Workspace &, const QCommandLineParser &) {}

    // Says an operation succeeded, and warns when the local roster could not keep up.
    void connectStoreWarnings(MemberService *service);
    // The key for this run: from --key-stdin or ROSTER_API_KEY, into the session keys. False
    // (and finished) when --key-stdin gave none.
    bool takeKeyForThisRun(const Workspace &workspace, const QCommandLineParser &parser);
    // A short "Heartbeat (Acme)" for progress lines.
    static QString where(const Workspace &workspace);

private:
    MemberService *m_service = nullptr;
};
