// roster-cli: Roster's core from the command line. See `roster-cli --help`.
#include "cli_app.h"
#include "process_hardening.h"
#include "shutdown_signals.h"
#include "translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    ProcessHardening::disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("roster-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Roster"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROSTER_VERSION));

    Translations translations;
    translations.install(QLocale());
    CliApp cli(stdout, stderr);
    ShutdownSignals signals;
    QObject::connect(&signals, &ShutdownSignals::shutdownRequested, &cli, &CliApp::interrupt);
    if (const std::optional<int> code = cli.start(QCoreApplication::arguments()))
        return *code;
    return QCoreApplication::exec();
}
