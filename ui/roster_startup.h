#pragma once

#include <QStringList>

class QApplication;
class QCoreApplication;

// Everything `roster` does before and around its event loop: the command line (--demo), the
// translations of the user's locale, the context of the run (the user's files, or the demo's),
// the window. Returns the process's exit code.
int runRoster(QApplication &app);
// Prints `roster --help` or `roster --version` in the user's language, and exits: no display
// needed (see RosterCommandLine::asksForHelpOrVersion).
int printHelpOrVersion(QCoreApplication &app);
