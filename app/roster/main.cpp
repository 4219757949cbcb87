// roster: the Roster window. See `roster --help`.
#include "process_hardening.h"
#include "roster_command_line.h"
#include "roster_startup.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    ProcessHardening::disableCoreDumps();
    QCoreApplication::setApplicationName(QStringLiteral("Roster"));
    QCoreApplication::setOrganizationName(QStringLiteral("Roster"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROSTER_VERSION));
    if (RosterCommandLine::asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        return printHelpOrVersion(app);
    }
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("dev.roster.Roster"));
    return runRoster(app);
}
