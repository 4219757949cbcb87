#include "workspace_test_command.h"

#include "api_task.h"
#include "cli_output.h"
#include "member_service.h"

void WorkspaceTestCommand::runWith(MemberService *service, const QCommandLineParser &)
{
    const Workspace workspace = service->workspace();
    out().progress(tr("Calling %1 at %2…").arg(where(workspace), workspace.apiBaseUrl.toString()));
    track(service->testConnection([this, workspace](const Result<bool> &tested) {
        if (!tested.ok())
            return failWith(tested.error);
        out().line(tr("%1 answers at %2 and accepts the key.")
                       .arg(where(workspace), workspace.apiBaseUrl.toString()));
        finish(ExitOk);
    }));
}
