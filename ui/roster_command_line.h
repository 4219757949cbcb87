#pragma once

#include <QCommandLineParser>

class QCoreApplication;

// roster's options (--demo, --demo-port, --help, --version). --help and --version are answered
// without a display: main() runs them on a QCoreApplication, before a QApplication would need
// one.
class RosterCommandLine
{
public:
    RosterCommandLine();

    // Whether the arguments ask for help or the version, which end the process once printed.
    // Not --help-all: it lists the window's own Qt options, which need a QApplication.
    static bool asksForHelpOrVersion(int argc, char *argv[]);
    // Prints help or the version and exits, or exits 1 on an unknown option, as
    // QCommandLineParser::process() does.
    void process(const QCoreApplication &app) { m_parser.process(app); }

    bool demo() const { return m_parser.isSet(m_demo); }
    QString demoPort() const { return m_parser.value(m_demoPort); }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_demo;
    QCommandLineOption m_demoPort;
};
