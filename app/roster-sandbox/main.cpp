#include "process_hardening.h"
#include "sandbox_host.h"
#include "sandbox_options.h"
#include "shutdown_backstop.h"
#include "shutdown_signals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    ProcessHardening::disableCoreDumps();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"roster-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ROSTER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Emulates the Heartbeat, Forward and Beam.gg member APIs on 127.0.0.1."));
    parser.addHelpOption();
    parser.addVersionOption();
    SandboxOptions::addTo(parser);
    // process() would exit 1 on an unknown option or a missing value: a usage error exits 2.
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "roster-sandbox: %s\n", qUtf8Printable(parser.errorText()));
        return 2;
    }
    parser.process(app); // --help, --help-all, --version

    QString error;
    const std::optional<SandboxOptions> options = SandboxOptions::fromParser(parser, &error);
    if (!options) {
        std::fprintf(stderr, "roster-sandbox: %s\n", qUtf8Printable(error));
        return 2;
    }
    // Catch SIGTERM and SIGINT before announcing the port: a client may signal right after.
    ShutdownSignals signals;
    ShutdownBackstop backstop;
    SandboxHost host;
    if (!host.start(*options, &error)) {
        std::fprintf(stderr, "roster-sandbox: %s\n", qUtf8Printable(error));
        return 1;
    }
    std::printf("listening on %s\n", qUtf8Printable(host.baseUrl()));
    if (host.apiKeyGenerated())
        std::printf("api key: %s\n", host.apiKey().constData());
    std::fflush(stdout);

    QObject::connect(&signals, &ShutdownSignals::shutdownRequested, &app, [&] {
        backstop.handled();
        QString flushError;
        if (!host.shutdown(&flushError))
            std::fprintf(stderr, "roster-sandbox: %s\n", qUtf8Printable(flushError));
        app.exit(flushError.isEmpty() ? 0 : 1);
    });
    return app.exec();
}
