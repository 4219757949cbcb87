// roster: the Roster window. See `roster --help`.
#include "process_hardening.h"
#include "roster_startup.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    ProcessHardening::disableCoreDumps();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Roster"));
    QApplication::setOrganizationName(QStringLiteral("Roster"));
    QApplication::setApplicationVersion(QStringLiteral(ROSTER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("dev.roster.Roster"));
    return runRoster(app);
}
