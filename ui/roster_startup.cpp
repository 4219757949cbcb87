#include "roster_startup.h"

#include "app_icon.h"
#include "demo_environment.h"
#include "demo_session.h"
#include "main_window.h"
#include "roster_command_line.h"
#include "roster_context.h"
#include "run_log.h"
#include "session_keys.h"
#include "translations.h"
#include "workspace_store.h"

#include <QApplication>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace {
// A failure before the window exists, said on stderr and in a message box.
int failAtStart(const QString &message)
{
    std::fprintf(stderr, "roster: %s\n", qUtf8Printable(message));
    QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("main", "Roster"), message,
                    QMessageBox::Close);
    box.exec(); // the only event loop there is at this point
    return 1;
}
} // namespace

int printHelpOrVersion(QCoreApplication &app)
{
    Translations translations;
    translations.install(QLocale());
    RosterCommandLine commandLine;
    commandLine.process(app);
    return 0;
}

int runRoster(QApplication &app)
{
    QApplication::setWindowIcon(AppIcon::icon());
    Translations translations;
    translations.install(QLocale());

    RosterCommandLine commandLine;
    commandLine.process(app);

    std::unique_ptr<DemoEnvironment> demoEnvironment;
    RosterPaths paths = RosterPaths::usersOwn();
    if (commandLine.demo()) {
        bool ok = false;
        const uint port = commandLine.demoPort().toUInt(&ok);
        if (!ok || port > 65535)
            return failAtStart(QCoreApplication::translate("main", "--demo-port is not a port."));
        demoEnvironment = std::make_unique<DemoEnvironment>();
        QString error;
        if (!demoEnvironment->start(quint16(port), &error))
            return failAtStart(error);
        paths = DemoSession::paths(*demoEnvironment);
    }

    RosterContext context(paths);
    context.log().installMessageHandler();
    QString error;
    if (!context.open(&error))
        return failAtStart(error);
    if (demoEnvironment)
        DemoSession::giveKeys(context, *demoEnvironment);
    QString keyError;
    if (const std::optional<QString> key = SessionKeys::takeKeyFromEnvironment(&keyError)) {
        context.log().addSecret(key->toUtf8());
        for (const Workspace &workspace : context.workspaces().workspaces())
            context.sessionKeys().setKey(workspace.id, *key);
    }

    MainWindow window(context);
    window.show();
    window.showInitialWorkspace();
    return QApplication::exec();
}
