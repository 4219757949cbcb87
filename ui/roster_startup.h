#pragma once

#include <QStringList>

class QApplication;

// Everything `roster` does before and around its event loop: the command line (--demo), the
// translations of the user's locale, the context of the run (the user's files, or the demo's),
// the window. Returns the process's exit code.
int runRoster(QApplication &app);
