#include "roster_command_line.h"

#include <QCoreApplication>
#include <cstring>

using namespace Qt::StringLiterals;

RosterCommandLine::RosterCommandLine()
    : m_demo(u"demo"_s,
             QCoreApplication::translate("main", "Start on the built-in demo sandbox: three demo "
                                                 "communities, nothing of yours touched.")),
      m_demoPort(u"demo-port"_s,
                 QCoreApplication::translate("main", "The demo sandbox's port on 127.0.0.1 "
                                                     "(default: a free one)."),
                 QCoreApplication::translate("main", "PORT"), u"0"_s)
{
    m_parser.setApplicationDescription(QCoreApplication::translate(
        "main", "The admin console for passwordless communities on Heartbeat, Forward and "
                "Beam.gg."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(m_demo);
    m_parser.addOption(m_demoPort);
}

bool RosterCommandLine::asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"--help", "-h", "-?", "--version", "-v"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}
