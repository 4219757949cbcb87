#include "demo_session.h"

#include "demo_environment.h"
#include "run_log.h"
#include "session_keys.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace DemoSession {

RosterPaths paths(const DemoEnvironment &demo)
{
    return {demo.workspacesFile(), demo.databaseFile(), demo.workspacesFile() + u".ini"_s, true};
}

void giveKeys(RosterContext &context, const DemoEnvironment &demo)
{
    for (const Workspace &workspace : demo.workspaces())
        context.sessionKeys().setKey(workspace.id, demo.key());
    context.log().addSecret(demo.key().toUtf8());
    context.log().info(
        QCoreApplication::translate("DemoSession", "Demo sandbox at %1.").arg(demo.baseUrl()));
}

} // namespace DemoSession
