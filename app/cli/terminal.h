#pragma once

#include <cstdio>

// What roster-cli asks of the terminal: POSIX in terminal_posix.cpp, Windows' console in
// terminal_windows.cpp.
namespace Terminal {

// Whether `stream` (stdin, stdout, stderr) is a terminal, not a file or a pipe.
bool isTerminal(std::FILE *stream);

// While it lives, what is typed on standard input is not echoed, when standard input is a
// terminal; the echo comes back as it was when it goes.
class EchoOff
{
public:
    EchoOff();
    ~EchoOff();
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_changed = false;
    unsigned long m_saved = 0; // the console mode on Windows; the termios flags on POSIX
};

} // namespace Terminal
