#include "workspace_list_command.h"

#include "cli_context.h"
#include "cli_output.h"
#include "workspace_json.h"
#include "workspace_store.h"

using namespace Qt::StringLiterals;

void WorkspaceListCommand::declare(QCommandLineParser &parser)
{
    parser.addOption({u"json"_s, tr("Print the workspaces as a JSON array.")});
}

void WorkspaceListCommand::run(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return fail(ExitUsage, tr("workspace list takes no arguments besides its options."));
    QString error;
    WorkspaceStore *workspaces = m_context.workspaces(&error);
    if (!workspaces)
        return fail(ExitFailure, error);
    if (out().jsonWanted()) {
        QJsonArray array;
        for (const Workspace &workspace : workspaces->workspaces())
            array.append(WorkspaceJson::toJson(workspace));
        out().json(array);
        return finish(ExitOk);
    }
    QList<QStringList> rows;
    for (const Workspace &workspace : workspaces->workspaces()) {
        rows.append({workspace.name, providerId(workspace.provider),
                     workspace.apiBaseUrl.toString(), QString::number(workspace.requestBudget)});
    }
    out().table({tr("NAME"), tr("PROVIDER"), tr("API ADDRESS"), tr("REQUESTS/S")}, rows);
    finish(ExitOk);
}
