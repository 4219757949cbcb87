#include "workspace_add_command.h"

#include "cli_context.h"
#include "cli_output.h"
#include "key_input.h"
#include "key_store.h"
#include "keychain_failure.h"
#include "workspace_options.h"
#include "workspace_store.h"

using namespace Qt::StringLiterals;

void WorkspaceAddCommand::declare(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"name"_s, tr("A name for the workspace."), tr("NAME"));
    WorkspaceOptions::declare(parser, true);
}

void WorkspaceAddCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return fail(ExitUsage, tr("Give the workspace's name, once."));
    const std::optional<Provider> provider = providerFromId(parser.value(u"provider"_s));
    if (!provider)
        return fail(ExitUsage, tr("Say which provider with --provider heartbeat, forward or "
                                  "beam."));
    Workspace workspace = Workspace::create(args.first(), *provider);
    if (const std::optional<QString> problem = WorkspaceOptions::apply(parser, workspace))
        return fail(ExitUsage, *problem);

    QString error;
    WorkspaceStore *workspaces = m_context.workspaces(&error);
    if (!workspaces)
        return fail(ExitFailure, error);
    if (workspaces->findByName(workspace.name))
        return fail(ExitUsage, tr("There is already a workspace \"%1\".").arg(workspace.name));

    std::optional<QString> key;
    if (parser.isSet(u"key-stdin"_s))
        key = KeyInput::readStdin(&error);
    else if (m_context.environmentKey())
        key = m_context.environmentKey();
    else if (KeyInput::stdinIsTerminal())
        key = KeyInput::askHidden(tr("API key for %1 (not shown): ").arg(workspace.name), &error);
    else
        error = tr("Give the workspace's API key with --key-stdin or ROSTER_API_KEY.");
    if (!key)
        return fail(ExitUsage, error);

    m_context.keyStore().writeKey(workspace.id, *key, [this, workspace](const KeyResult &stored) {
        if (stored.ok)
            return save(workspace, true);
        if (stored.error == KeyResult::Error::NoKeychain) {
            out().warning(stored.message);
            return save(workspace, false);
        }
        fail(ExitAuth, stored.message);
    });
}

void WorkspaceAddCommand::save(const Workspace &workspace, bool keyStored)
{
    QString error;
    WorkspaceStore *workspaces = m_context.workspaces(&error);
    if (!workspaces || !workspaces->add(workspace, &error)) {
        if (!keyStored)
            return fail(ExitFailure, error);
        // Take the key back out, so that no key is left without its workspace.
        return m_context.keyStore().deleteKey(
            workspace.id, [this, error](const KeyResult &) { fail(ExitFailure, error); });
    }
    out().line(tr("Added workspace \"%1\": %2 at %3.")
                   .arg(workspace.name, providerDisplayName(workspace.provider),
                        workspace.apiBaseUrl.toString()));
    if (!keyStored) {
        return fail(ExitAuth, tr("The workspace was added without its API key: give the key "
                                 "with --key-stdin or ROSTER_API_KEY each time you use it, or "
                                 "store it later with roster-cli workspace edit %1 --key-stdin "
                                 "once a keychain runs.")
                                  .arg(workspace.name));
    }
    out().line(tr("Its API key is in the keychain."));
    finish(ExitOk);
}
