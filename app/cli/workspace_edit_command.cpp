#include "workspace_edit_command.h"

#include "cli_context.h"
#include "cli_output.h"
#include "key_input.h"
#include "key_store.h"
#include "workspace_options.h"
#include "workspace_store.h"

using namespace Qt::StringLiterals;

void WorkspaceEditCommand::declare(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"name"_s, tr("The workspace to change."), tr("NAME"));
    WorkspaceOptions::declare(parser, false);
}

void WorkspaceEditCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return fail(ExitUsage, tr("Give the workspace's name, once."));
    QString error;
    WorkspaceStore *workspaces = m_context.workspaces(&error);
    if (!workspaces)
        return fail(ExitFailure, error);
    std::optional<Workspace> workspace = workspaces->findByName(args.first());
    if (!workspace)
        return fail(ExitUsage, tr("There is no workspace \"%1\".").arg(args.first()));
    if (const std::optional<QString> problem = WorkspaceOptions::apply(parser, *workspace))
        return fail(ExitUsage, *problem);
    if (!parser.isSet(u"key-stdin"_s))
        return save(*workspace, false);
    const std::optional<QString> key = KeyInput::readStdin(&error);
    if (!key)
        return fail(ExitUsage, error);
    m_context.keyStore().writeKey(workspace->id, *key,
                                  [this, changed = *workspace](const KeyResult &stored) {
                                      if (!stored.ok)
                                          return fail(ExitAuth, stored.message);
                                      save(changed, true);
                                  });
}

void WorkspaceEditCommand::save(const Workspace &workspace, bool keyChanged)
{
    QString error;
    WorkspaceStore *workspaces = m_context.workspaces(&error);
    if (!workspaces || !workspaces->update(workspace, &error))
        return fail(ExitFailure, error);
    out().line(keyChanged ? tr("Saved workspace \"%1\" and its new API key.").arg(workspace.name)
                          : tr("Saved workspace \"%1\".").arg(workspace.name));
    finish(ExitOk);
}
