#include "roster_startup.h"

#include "app_icon.h"
#include "demo_environment.h"
#include "demo_session.h"
#include "main_window.h"
#include "roster_context.h"
#include "run_log.h"
#include "session_keys.h"
#include "translations.h"
#include "workspace_store.h"

#include <QApplication>
#include <QCommandLineParser>
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

int runRoster(QApplication &app)
{
    QApplication::setWindowIcon(AppIcon::icon());
    Translations translations;
    translations.install(QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "The admin console for passwordless communities on Heartbeat, Forward and "
                "Beam.gg."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        u"demo"_s, QCoreApplication::translate("main", "Start on the built-in demo sandbox: "
                                                       "three demo communities, nothing of "
                                                       "yours touched."));
    const QCommandLineOption demoPort(
        u"demo-port"_s,
        QCoreApplication::translate("main", "The demo sandbox's port on 127.0.0.1 (default: a "
                                            "free one)."),
        QCoreApplication::translate("main", "PORT"), u"0"_s);
    parser.addOption(demo);
    parser.addOption(demoPort);
    parser.process(app);

    std::unique_ptr<DemoEnvironment> demoEnvironment;
    RosterPaths paths = RosterPaths::usersOwn();
    if (parser.isSet(demo)) {
        bool ok = false;
        const uint port = parser.value(demoPort).toUInt(&ok);
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
