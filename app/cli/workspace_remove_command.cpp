#include "workspace_remove_command.h"

#include "cli_context.h"
#include "cli_output.h"
#include "key_store.h"
#include "member_repository.h"
#include "roster_database.h"
#include "workspace_store.h"

using namespace Qt::StringLiterals;

void WorkspaceRemoveCommand::declare(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"name"_s, tr("The workspace to remove."), tr("NAME"));
}

void WorkspaceRemoveCommand::run(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return fail(ExitUsage, tr("Give the workspace's name, once."));
    QString error;
    WorkspaceStore *workspaces = m_context.workspaces(&error);
    if (!workspaces)
        return fail(ExitFailure, error);
    if (!workspaces->findByName(args.first()))
        return fail(ExitUsage, tr("There is no workspace \"%1\".").arg(args.first()));
    const std::optional<Workspace> removed = workspaces->removeByName(args.first(), &error);
    if (!removed)
        return fail(ExitFailure, error);
    if (RosterDatabase *db = m_context.database(&error)) {
        if (!MemberRepository(*db).removeWorkspace(removed->id, &error))
            out().warning(error);
    } else {
        out().warning(error);
    }
    m_context.keyStore().deleteKey(removed->id, [this, removed](const KeyResult &deleted) {
        if (!deleted.ok) {
            return fail(ExitAuth, tr("Removed workspace \"%1\", but not its API key: %2")
                                      .arg(removed->name, deleted.message));
        }
        out().line(tr("Removed workspace \"%1\" and its API key.").arg(removed->name));
        finish(ExitOk);
    });
}
